/** The services' one error shape (libs/service-kit HttpErrorFilter), as the browser gets it. */
export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  /** Messages per field path, e.g. `applicant.fullName`. */
  fields: Record<string, string[]>;
}

export type ApiResult<T> = { ok: true; status: number; body: T } | ({ ok: false } & ApiProblem);

export type Service =
  'intake' | 'deadline' | 'correspondence' | 'survey' | 'feedback' | 'reporting';

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  accessToken?: string;
  headers?: Record<string, string>;
}

function problemOf(status: number, body: unknown): ApiProblem {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const fields: Record<string, string[]> = {};
  if (Array.isArray(record.errors)) {
    for (const entry of record.errors as { field?: unknown; messages?: unknown }[]) {
      if (typeof entry.field === 'string' && Array.isArray(entry.messages)) {
        fields[entry.field] = entry.messages.filter((m): m is string => typeof m === 'string');
      }
    }
  }
  return {
    status,
    code: typeof record.code === 'string' ? record.code : 'HTTP.' + status,
    message: typeof record.message === 'string' ? record.message : '',
    fields,
  };
}

/**
 * One call to a service through the console's origin (/api/<service>/…). Network failures
 * come back as status 0, never as a thrown error, so every page has one path for problems.
 */
export async function callApi<T>(
  service: Service,
  path: string,
  request: ApiRequest = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (request.accessToken) {
    headers.authorization = `Bearer ${request.accessToken}`;
  }
  let response: Response;
  try {
    response = await fetch(`/api/${service}${path}`, {
      method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  } catch {
    return { ok: false, status: 0, code: 'NETWORK', message: '', fields: {} };
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  return response.ok
    ? { ok: true, status: response.status, body: body as T }
    : { ok: false, ...problemOf(response.status, body) };
}

export type FileResult = { ok: true; blob: Blob } | ({ ok: false } & ApiProblem);

/**
 * A file a service serves (a letter's PDF) through the console's origin, with the officer's
 * token: the browser cannot send the Authorization header from an <iframe>, so the page shows
 * the Blob through an object URL. Failures come back like callApi's.
 */
export async function fetchFile(
  service: Service,
  path: string,
  accept: string,
  accessToken?: string,
): Promise<FileResult> {
  let response: Response;
  try {
    response = await fetch(`/api/${service}${path}`, {
      headers: { accept, ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
    });
  } catch {
    return { ok: false, status: 0, code: 'NETWORK', message: '', fields: {} };
  }
  if (response.ok) {
    return { ok: true, blob: await response.blob() };
  }
  let body: unknown;
  try {
    body = (await response.json()) as unknown;
  } catch {
    body = undefined;
  }
  return { ok: false, ...problemOf(response.status, body) };
}
