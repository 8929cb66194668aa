import { DomainError } from '@libs/errors';

export const DeadlineErrors = {
  notFound: (id: string): DomainError =>
    new DomainError('DEADLINE.NOT_FOUND', 'not-found', `Không tìm thấy thời hạn ${id}.`),
  notFoundForSubject: (subjectId: string): DomainError =>
    new DomainError(
      'DEADLINE.NOT_FOUND',
      'not-found',
      `Không có thời hạn nào được theo dõi cho hồ sơ, vụ việc ${subjectId}.`,
    ),
};
