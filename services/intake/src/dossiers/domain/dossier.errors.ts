import { vietnameseDateTime } from '@libs/clock';
import { DossierStatus } from '@libs/contracts';
import { DomainError } from '@libs/errors';

import { DOSSIER_STATUS_NAMES } from './dossier-status';

export interface Problem {
  field: string;
  message: string;
}

export const DossierErrors = {
  invalid: (problems: Problem[]): DomainError =>
    new DomainError(
      'DOSSIER.INVALID',
      'invalid',
      'Hồ sơ chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
  notFound: (reference: string): DomainError =>
    new DomainError('DOSSIER.NOT_FOUND', 'not-found', `Không tìm thấy hồ sơ ${reference}.`),
  transitionNotAllowed: (from: DossierStatus, to: DossierStatus): DomainError =>
    new DomainError(
      'DOSSIER.TRANSITION_NOT_ALLOWED',
      'conflict',
      `Hồ sơ đang ở trạng thái "${DOSSIER_STATUS_NAMES[from].name}", không thể chuyển sang "${DOSSIER_STATUS_NAMES[to].name}".`,
    ),
  changedMeanwhile: (): DomainError =>
    new DomainError(
      'DOSSIER.CHANGED_MEANWHILE',
      'conflict',
      'Hồ sơ vừa được người khác cập nhật; vui lòng tải lại và thử lại.',
    ),
  feeUnpaid: (): DomainError =>
    new DomainError(
      'DOSSIER.FEE_UNPAID',
      'conflict',
      'Chưa thu phí, lệ phí của hồ sơ; không thể trả kết quả.',
    ),
  feeNotDue: (): DomainError =>
    new DomainError(
      'DOSSIER.FEE_NOT_DUE',
      'conflict',
      'Hồ sơ không có khoản phí, lệ phí nào cần thu.',
    ),
  feeAlreadyPaid: (): DomainError =>
    new DomainError('DOSSIER.FEE_ALREADY_PAID', 'conflict', 'Phí, lệ phí của hồ sơ đã được thu.'),
  closed: (status: DossierStatus): DomainError =>
    new DomainError(
      'DOSSIER.CLOSED',
      'conflict',
      `Hồ sơ đã kết thúc ("${DOSSIER_STATUS_NAMES[status].name}").`,
    ),
  verificationReasonRequired: (): DomainError =>
    new DomainError(
      'DOSSIER.VERIFICATION_REASON_REQUIRED',
      'invalid',
      'Áp dụng thời hạn giải quyết khi cần xác minh phải ghi rõ lý do cần xác minh.',
      [{ field: 'reason', messages: ['Cần ghi rõ lý do cần xác minh.'] }],
    ),
  verificationNotAllowed: (procedureName: string): DomainError =>
    new DomainError(
      'DOSSIER.VERIFICATION_NOT_ALLOWED',
      'conflict',
      `Pháp luật không quy định thời hạn kéo dài khi cần xác minh đối với thủ tục ${procedureName}.`,
    ),
  verificationAlreadyApplied: (at: Date): DomainError =>
    new DomainError(
      'DOSSIER.VERIFICATION_ALREADY_APPLIED',
      'conflict',
      `Thời hạn giải quyết khi cần xác minh đã được áp dụng lúc ${vietnameseDateTime(at)}; chỉ được áp dụng một lần.`,
    ),
  verificationNotInStatus: (status: DossierStatus): DomainError =>
    new DomainError(
      'DOSSIER.VERIFICATION_NOT_IN_STATUS',
      'conflict',
      `Hồ sơ đang ở trạng thái "${DOSSIER_STATUS_NAMES[status].name}"; chỉ áp dụng thời hạn xác minh khi hồ sơ đang được giải quyết.`,
    ),
  verificationAfterReschedule: (): DomainError =>
    new DomainError(
      'DOSSIER.VERIFICATION_AFTER_RESCHEDULE',
      'conflict',
      'Hồ sơ đã được hẹn lại ngày trả kết quả kèm văn bản xin lỗi; không kéo dài thêm thời hạn giải quyết.',
    ),
  verificationTooLate: (dueAt: Date): DomainError =>
    new DomainError(
      'DOSSIER.VERIFICATION_TOO_LATE',
      'conflict',
      `Đã quá thời hạn giải quyết (${vietnameseDateTime(dueAt)}); việc cần xác minh phải được xác định trong thời hạn, nay chỉ có thể xin lỗi và hẹn lại.`,
    ),
  codeTaken: (code: string): DomainError =>
    new DomainError('DOSSIER.CODE_TAKEN', 'conflict', `Mã hồ sơ ${code} đã tồn tại.`),
  outsideOfficeHours: (nextOpening: Date): DomainError =>
    new DomainError(
      'DOSSIER.OUTSIDE_OFFICE_HOURS',
      'conflict',
      `Ngoài giờ làm việc của Trung tâm Phục vụ hành chính công, xã, phường không tiếp nhận hồ sơ trực tiếp; đề nghị nộp lại từ ${vietnameseDateTime(nextOpening)} hoặc nộp trực tuyến.`,
    ),
  noSlip: (slip: string): DomainError =>
    new DomainError('DOSSIER.NO_SLIP', 'not-found', `Hồ sơ không có ${slip}.`),
  wrongSecret: (): DomainError =>
    new DomainError('DOSSIER.SECRET_MISMATCH', 'invalid', 'Mã tra cứu không khớp với hồ sơ.', [
      { field: 'X-Lookup-Secret', messages: ['Mã tra cứu không khớp với hồ sơ.'] },
    ]),
};
