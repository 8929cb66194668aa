import { DomainError } from '@libs/errors';

export const ProcedureErrors = {
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'PROCEDURE.INVALID',
      'invalid',
      'Thông tin thủ tục chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
};
