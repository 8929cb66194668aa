/**
 * Polls the consumer lag until it is zero: used by the rebuild command. Real time on
 * purpose: it waits for the broker and the consumer, not for the business clock.
 */
export async function waitUntilCaughtUp(
  lag: () => Promise<number>,
  options: { timeoutMs: number; intervalMs: number; onProgress?: (lag: number) => void },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const remaining = await lag();
    options.onProgress?.(remaining);
    if (remaining === 0) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`still ${remaining} records to process after ${options.timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
}
