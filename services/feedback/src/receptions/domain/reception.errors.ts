import { DomainError } from '@libs/errors';

export const ReceptionErrors = {
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'RECEPTION.INVALID',
      'invalid',
      'Biên bản tiếp công dân, đối thoại chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
  notFound: (id: string): DomainError =>
    new DomainError(
      'RECEPTION.NOT_FOUND',
      'not-found',
      `Không tìm thấy buổi tiếp công dân, đối thoại ${id}.`,
    ),
  issueNotFound: (number: number): DomainError =>
    new DomainError(
      'RECEPTION.ISSUE_NOT_FOUND',
      'not-found',
      `Buổi tiếp công dân, đối thoại không có vấn đề số ${number}.`,
    ),
};
