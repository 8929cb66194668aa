import { IncomingHttpHeaders, OutgoingHttpHeaders, request } from 'node:http';

/** An HTTP answer as it came over the wire. */
export interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One HTTP request to a service listening on a loopback port, sent from a chosen loopback
 * address (all of 127.0.0.0/8 is local): a test can act as distinct clients, which supertest
 * cannot.
 */
export function requestFrom(options: {
  port: number;
  method: string;
  path: string;
  /** The client's address (default: the system's choice, 127.0.0.1). */
  from?: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer | undefined;
}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: options.port,
        method: options.method,
        path: options.path,
        ...(options.from ? { localAddress: options.from } : {}),
        ...(options.headers ? { headers: options.headers } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}
