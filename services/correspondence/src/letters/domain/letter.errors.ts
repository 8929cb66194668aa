import { DomainError } from '@libs/errors';

export const LetterErrors = {
  notFound: (id: string): DomainError =>
    new DomainError('LETTER.NOT_FOUND', 'not-found', `Không tìm thấy thư ${id}.`),
};
