import { DomainError } from '@libs/errors';

export const QuestionnaireErrors = {
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'QUESTIONNAIRE.INVALID',
      'invalid',
      'Phiếu khảo sát chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
  unknownCommune: (communeCode: string): DomainError =>
    new DomainError('QUESTIONNAIRE.INVALID', 'invalid', 'Phiếu khảo sát chưa hợp lệ.', [
      { field: 'communeCode', messages: [`Không có xã, phường mã ${communeCode}.`] },
    ]),
  notFound: (id: string): DomainError =>
    new DomainError('QUESTIONNAIRE.NOT_FOUND', 'not-found', `Không tìm thấy phiếu khảo sát ${id}.`),
  versionConflict: (): DomainError =>
    new DomainError(
      'QUESTIONNAIRE.VERSION_CONFLICT',
      'conflict',
      'Một phiên bản phiếu khảo sát khác vừa được ban hành; vui lòng tải lại và thử lại.',
    ),
};
