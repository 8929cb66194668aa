import { NextFunction, Request, Response } from 'express';
import { currentCorrelation } from '@libs/observability';

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Body-parser failures (oversized or malformed JSON) answered in the common error shape. */
export function bodyParserErrorHandler(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  const failure = error as BodyParserError;
  if (failure?.type === 'entity.too.large') {
    response.status(413).json({
      statusCode: 413,
      code: 'REQUEST.TOO_LARGE',
      message: 'Nội dung gửi lên vượt quá dung lượng cho phép.',
      correlationId: currentCorrelation()?.correlationId,
    });
    return;
  }
  if (failure?.type === 'entity.parse.failed' || failure?.type === 'encoding.unsupported') {
    response.status(400).json({
      statusCode: 400,
      code: 'REQUEST.MALFORMED',
      message: 'Nội dung gửi lên không phải JSON hợp lệ.',
      correlationId: currentCorrelation()?.correlationId,
    });
    return;
  }
  next(error);
}
