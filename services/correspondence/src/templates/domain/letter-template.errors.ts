import { DomainError, FieldProblem } from '@libs/errors';

export const LetterTemplateErrors = {
  unknownKind: (kind: string): DomainError =>
    new DomainError('TEMPLATE.KIND_UNKNOWN', 'not-found', `Không có loại thư "${kind}".`),
  unknownCommune: (code: string): DomainError =>
    new DomainError('COMMUNE.UNKNOWN', 'not-found', `Không có xã, phường mã ${code}.`),
  invalid: (problems: FieldProblem[]): DomainError =>
    new DomainError(
      'TEMPLATE.INVALID',
      'invalid',
      `Mẫu thư chưa hợp lệ: ${problems.flatMap((problem) => problem.messages).join(' ')}`,
      problems,
    ),
  changedMeanwhile: (): DomainError =>
    new DomainError(
      'TEMPLATE.CHANGED_MEANWHILE',
      'conflict',
      'Mẫu thư vừa được người khác lưu phiên bản mới; vui lòng tải lại.',
    ),
};
