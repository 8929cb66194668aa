/**
 * Polls until the check passes: the way to observe a real asynchronous system (a broker
 * delivering to another process). It bounds how long to look, it does not time behaviour.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  options: { timeoutMs?: number; intervalMs?: number; description?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) {
        return value;
      }
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
  throw new Error(
    `Timed out waiting for ${options.description ?? 'condition'}${lastError instanceof Error ? `: ${lastError.message}` : ''}`,
  );
}
