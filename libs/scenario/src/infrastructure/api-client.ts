/** An HTTP answer the runner did not expect: the request, its status and the error body. */
export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${url} answered ${status}: ${JSON.stringify(body)}`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    const body = this.body as { code?: unknown } | undefined;
    return typeof body?.code === 'string' ? body.code : undefined;
  }
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

const MAX_ATTEMPTS = 12;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * JSON over fetch. 429 and 503 (rate limit, store briefly away) are waited out as the
 * server's Retry-After says; a network error is retried with backoff. Other answers are
 * returned (2xx) or thrown as ApiError.
 */
export class ApiClient {
  /** Requests sent, for the progress line. */
  sent = 0;

  async request<T>(method: string, url: string, options: RequestOptions = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        this.sent++;
        response = await fetch(url, {
          method,
          headers: {
            accept: 'application/json',
            ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
            ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
            ...options.headers,
          },
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        });
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS) {
          throw error;
        }
        await sleep(Math.min(200 * 2 ** attempt, 5000));
        continue;
      }
      const text = await response.text();
      const body: unknown = text ? safeJson(text) : undefined;
      if ((response.status === 429 || response.status === 503) && attempt < MAX_ATTEMPTS * 5) {
        const seconds = Number(response.headers.get('retry-after'));
        await sleep(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 500);
        continue;
      }
      if (!response.ok) {
        throw new ApiError(method, url, response.status, body);
      }
      return body as T;
    }
  }

  get<T>(url: string, token?: string): Promise<T> {
    return this.request<T>('GET', url, token ? { token } : {});
  }

  post<T>(url: string, body: unknown, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('POST', url, { ...options, body });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Runs `work` over `items` with at most `limit` in flight; the first failure stops the rest. */
export async function forEachBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: unknown;
  const lane = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        await work(items[index], index);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure !== undefined) {
    throw failure instanceof Error ? failure : new Error('A request failed', { cause: failure });
  }
}
