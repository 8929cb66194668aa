import { Agent, request } from 'node:http';

export interface JsonReply {
  status: number;
  body: unknown;
}

/**
 * JSON over HTTP/1.1 with kept-alive connections (node:http, not fetch: the load generator
 * shares the two cores with what it measures, so it must cost little).
 */
export class JsonClient {
  private readonly agent: Agent;

  constructor(
    private readonly headers: Record<string, string> = {},
    maxSockets = 256,
    private readonly timeoutMs = 60_000,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<JsonReply> {
    return this.send('POST', url, JSON.stringify(body), headers);
  }

  get(url: string, headers: Record<string, string> = {}): Promise<JsonReply> {
    return this.send('GET', url, undefined, headers);
  }

  close(): void {
    this.agent.destroy();
  }

  private send(
    method: string,
    url: string,
    payload: string | undefined,
    headers: Record<string, string>,
  ): Promise<JsonReply> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            ...this.headers,
            ...headers,
            ...(payload !== undefined
              ? {
                  'content-type': 'application/json',
                  'content-length': String(Buffer.byteLength(payload)),
                }
              : {}),
          },
          timeout: this.timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            if (text && (response.headers['content-type'] ?? '').includes('json')) {
              try {
                body = JSON.parse(text) as unknown;
              } catch {
                body = text;
              }
            }
            resolve({ status: response.statusCode ?? 0, body });
          });
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${url} timed out`)));
      outgoing.on('error', reject);
      if (payload !== undefined) {
        outgoing.write(payload);
      }
      outgoing.end();
    });
  }
}

/** A field of a JSON object reply, checked to be a string. */
export function stringField(body: unknown, field: string): string {
  const value =
    typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)[field]
      : undefined;
  if (typeof value !== 'string') {
    throw new Error(`reply has no string ${field}: ${JSON.stringify(body).slice(0, 300)}`);
  }
  return value;
}

export interface ClosedLoopResult {
  clients: number;
  seconds: number;
  completed: number;
  failed: number;
  perSecond: number;
  latencyMs: LatencySummary;
  failures: Record<string, number>;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: number[]): LatencySummary {
  if (values.length === 0) {
    return { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const round = (value: number): number => Math.round(value * 10) / 10;
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
  };
}

/**
 * N clients, each sending its next request as soon as the last one answered, for a fixed
 * time: the throughput a server gives when it is the bottleneck.
 */
export async function closedLoop(
  clients: number,
  seconds: number,
  once: (client: number, sequence: number) => Promise<number>,
  expectedStatus: number[],
): Promise<ClosedLoopResult> {
  const until = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let completed = 0;
  let failed = 0;
  let sequence = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (Date.now() < until) {
        const at = performance.now();
        try {
          const status = await once(client, (sequence += 1));
          if (expectedStatus.includes(status)) {
            completed += 1;
            latencies.push(performance.now() - at);
          } else {
            failed += 1;
            failures[`HTTP ${status}`] = (failures[`HTTP ${status}`] ?? 0) + 1;
          }
        } catch (error) {
          failed += 1;
          const reason = error instanceof Error ? error.message.slice(0, 80) : String(error);
          failures[reason] = (failures[reason] ?? 0) + 1;
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  return {
    clients,
    seconds: Math.round(elapsed * 10) / 10,
    completed,
    failed,
    perSecond: Math.round((completed / elapsed) * 10) / 10,
    latencyMs: summarize(latencies),
    failures,
  };
}
