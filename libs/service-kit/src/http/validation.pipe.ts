import { ValidationError, ValidationPipe } from '@nestjs/common';

import { DomainError, FieldProblem } from '@libs/errors';

function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * Request bodies and queries: unknown fields are refused and named, and every failed
 * rule is reported per field, before any handler runs (so nothing is stored).
 */
export function createRequestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) =>
      new DomainError(
        'REQUEST.INVALID',
        'invalid',
        'Dữ liệu gửi lên không hợp lệ.',
        fieldProblems(errors),
      ),
  });
}
