import { NextFunction, Request, Response } from 'express';

import { FieldProblem } from '@libs/errors';
import { currentCorrelation } from '@libs/observability';

import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth';

interface BodyParserError {
  type?: string;
  status?: number;
  code?: string;
}

interface Refusal {
  status: number;
  code: string;
  message: string;
  errors?: FieldProblem[];
}

/** An error body-parser passes on with its own status and our `type`. */
class RefusedBodyError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
  ) {
    super(type);
  }
}

/**
 * Runs on the raw (already decompressed) body before it is decoded and parsed: refuses
 * charsets other than UTF-8 (RFC 8259 §8.1) and nesting that would exhaust the stack of
 * class-transformer and the validation pipe, before either ever sees it.
 */
export function verifyJsonBody(
  _request: unknown,
  _response: unknown,
  body: Buffer,
  charset: string | null,
): void {
  if (charset !== null && charset !== 'utf-8') {
    throw new RefusedBodyError('charset.unsupported', 415);
  }
  if (exceedsJsonDepth(body, MAX_JSON_DEPTH)) {
    throw new RefusedBodyError('entity.too.deep', 400);
  }
}

const CONTENT_ENCODINGS = 'identity, gzip, deflate, br';

const REFUSALS: Record<string, Refusal> = {
  'entity.too.large': {
    status: 413,
    code: 'REQUEST.TOO_LARGE',
    message: 'Nội dung gửi lên vượt quá dung lượng cho phép.',
  },
  'entity.parse.failed': {
    status: 400,
    code: 'REQUEST.MALFORMED',
    message: 'Nội dung gửi lên không phải JSON hợp lệ.',
  },
  'entity.too.deep': {
    status: 400,
    code: 'REQUEST.TOO_DEEP',
    message: 'Nội dung gửi lên lồng nhau quá nhiều cấp.',
    errors: [
      {
        field: 'body',
        messages: [`Dữ liệu JSON được lồng tối đa ${MAX_JSON_DEPTH} cấp đối tượng, mảng.`],
      },
    ],
  },
  'charset.unsupported': {
    status: 415,
    code: 'REQUEST.UNSUPPORTED_CHARSET',
    message: 'Nội dung gửi lên phải dùng bảng mã UTF-8.',
    errors: [{ field: 'Content-Type', messages: ['Chỉ chấp nhận charset=utf-8.'] }],
  },
  'encoding.unsupported': {
    status: 415,
    code: 'REQUEST.UNSUPPORTED_ENCODING',
    message: 'Kiểu nén nội dung gửi lên không được hỗ trợ.',
    errors: [{ field: 'Content-Encoding', messages: [`Chỉ chấp nhận ${CONTENT_ENCODINGS}.`] }],
  },
  'encoding.invalid': {
    status: 400,
    code: 'REQUEST.ENCODING_INVALID',
    message: 'Nội dung gửi lên không được nén đúng như khai báo.',
    errors: [
      {
        field: 'Content-Encoding',
        messages: ['Nội dung không giải nén được theo Content-Encoding đã khai báo.'],
      },
    ],
  },
};

const MALFORMED = REFUSALS['entity.parse.failed'];

/** What to answer for a body-parser failure; undefined for a fault of ours (5xx). */
export function bodyRefusal(error: unknown): Refusal | undefined {
  const failure = (error ?? {}) as BodyParserError;
  const known = failure.type !== undefined ? REFUSALS[failure.type] : undefined;
  if (known) {
    return known;
  }
  const status = failure.status ?? 500;
  if (status >= 500) {
    return undefined;
  }
  // zlib and brotli failures carry no body-parser type, only their own code
  if (failure.type === undefined && /^(Z_|ERR_)/.test(failure.code ?? '')) {
    return REFUSALS['encoding.invalid'];
  }
  return MALFORMED;
}

/**
 * Body-parser failures (oversized, malformed, too deep, another charset, a body not
 * compressed as declared) answered in the common error shape with a 4xx; nothing reaches a
 * handler, so nothing is stored, and nothing is logged as a fault of ours.
 */
export function bodyParserErrorHandler(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  const refusal = bodyRefusal(error);
  if (!refusal) {
    next(error);
    return;
  }
  response.status(refusal.status).json({
    statusCode: refusal.status,
    code: refusal.code,
    message: refusal.message,
    ...(refusal.errors ? { errors: refusal.errors } : {}),
    correlationId: currentCorrelation()?.correlationId,
  });
}
