import { DomainError } from '@libs/errors';

export const BirthRegistrationErrors = {
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'BIRTH.INVALID',
      'invalid',
      'Tờ khai đăng ký khai sinh chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
  notFound: (id: string): DomainError =>
    new DomainError('BIRTH.NOT_FOUND', 'not-found', `Không tìm thấy đăng ký khai sinh ${id}.`),
};
