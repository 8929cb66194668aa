import { DomainError } from '@libs/errors';

export const FeedbackCaseErrors = {
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'FEEDBACK.INVALID',
      'invalid',
      'Nội dung góp ý, phản ánh chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
  notFound: (id: string): DomainError =>
    new DomainError('FEEDBACK_CASE.NOT_FOUND', 'not-found', `Không tìm thấy phản ánh ${id}.`),
  transitionNotAllowed: (fromLabel: string, toLabel: string): DomainError =>
    new DomainError(
      'FEEDBACK_CASE.TRANSITION_NOT_ALLOWED',
      'conflict',
      `Không thể chuyển phản ánh từ trạng thái "${fromLabel}" sang "${toLabel}".`,
    ),
  changedMeanwhile: (code: string): DomainError =>
    new DomainError(
      'FEEDBACK_CASE.CHANGED_MEANWHILE',
      'conflict',
      `Phản ánh ${code} vừa được người khác cập nhật; vui lòng tải lại và thử lại.`,
    ),
  duplicateOfItself: (): DomainError =>
    new DomainError(
      'FEEDBACK_CASE.DUPLICATE_OF_ITSELF',
      'invalid',
      'Một phản ánh không thể trùng với chính nó.',
      [{ field: 'duplicateOfCaseCode', messages: ['Hãy chọn một phản ánh khác.'] }],
    ),
  duplicateTargetNotFound: (code: string): DomainError =>
    new DomainError(
      'FEEDBACK_CASE.DUPLICATE_TARGET_NOT_FOUND',
      'invalid',
      `Không tìm thấy phản ánh ${code} trong cùng xã, phường.`,
      [{ field: 'duplicateOfCaseCode', messages: [`Không có phản ánh ${code}.`] }],
    ),
  duplicateTargetIsDuplicate: (code: string): DomainError =>
    new DomainError(
      'FEEDBACK_CASE.DUPLICATE_TARGET_IS_DUPLICATE',
      'invalid',
      `Phản ánh ${code} cũng là phản ánh trùng; hãy chọn phản ánh gốc.`,
      [{ field: 'duplicateOfCaseCode', messages: ['Hãy chọn phản ánh gốc.'] }],
    ),
  notHeldForReview: (code: string): DomainError =>
    new DomainError(
      'FEEDBACK_CASE.NOT_HELD_FOR_REVIEW',
      'conflict',
      `Câu trả lời phản ánh ${code} không chờ duyệt công bố.`,
    ),
};
