import { DomainError } from '@libs/errors';

export const BoxOpeningErrors = {
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'BOX_OPENING.INVALID',
      'invalid',
      'Biên bản mở hòm thư chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
  notFound: (id: string): DomainError =>
    new DomainError('BOX_OPENING.NOT_FOUND', 'not-found', `Không tìm thấy lần mở hòm thư ${id}.`),
};
