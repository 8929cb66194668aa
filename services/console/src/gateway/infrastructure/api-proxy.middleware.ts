import { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import { createProxyMiddleware, RequestHandler } from 'http-proxy-middleware';

import { Upstream } from '../domain/upstreams';

const logger = new Logger('ApiProxy');

/** The services' own error shape, for failures the console answers itself. */
function answerUnavailable(
  upstream: Upstream,
  error: NodeJS.ErrnoException,
  response: ServerResponse | Socket,
): void {
  logger.warn(`${upstream.name} did not answer: ${error.code ?? error.message}`);
  if (!(response instanceof ServerResponse) || response.headersSent) {
    response.destroy();
    return;
  }
  const timedOut = error.code === 'ETIMEDOUT' || error.code === 'ESOCKETTIMEDOUT';
  const statusCode = timedOut ? 504 : 502;
  response.writeHead(statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'retry-after': '5',
  });
  response.end(
    JSON.stringify({
      statusCode,
      code: timedOut ? 'UPSTREAM.TIMEOUT' : 'UPSTREAM.UNAVAILABLE',
      message: 'Hệ thống đang bận hoặc tạm ngừng, đề nghị thử lại sau ít phút.',
    }),
  );
}

/**
 * Passes /api/<service>/… to the service, unchanged but for the prefix (Express strips the
 * mount path). Bodies stream through unparsed; the caller's address travels in
 * X-Forwarded-For; the browser's Authorization header reaches the service, which verifies it.
 */
export function apiProxy(upstream: Upstream, timeoutMs: number): RequestHandler {
  return createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: upstream.target,
    changeOrigin: true,
    xfwd: true,
    proxyTimeout: timeoutMs,
    timeout: timeoutMs,
    on: {
      proxyReq: (proxyRequest: ClientRequest) => {
        // The console keeps no cookies; none of the browser's reach a service.
        proxyRequest.removeHeader('cookie');
      },
      error: (
        error: NodeJS.ErrnoException,
        _request: IncomingMessage,
        response: ServerResponse | Socket,
      ) => answerUnavailable(upstream, error, response),
    },
  });
}
