import type { Server } from 'node:http';

/**
 * Keeps idle kept-alive connections open for `idleMs`. The header timeout must stay above it:
 * a reused connection's next request is still reading its headers when the idle time ends.
 */
export function keepIdleConnections(server: Server, idleMs: number): void {
  server.keepAliveTimeout = idleMs;
  server.headersTimeout = idleMs + 1_000;
}
