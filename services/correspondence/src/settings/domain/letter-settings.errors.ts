import { DomainError } from '@libs/errors';

export const LetterSettingsErrors = {
  unknownCommune: (code: string): DomainError =>
    new DomainError('COMMUNE.UNKNOWN', 'not-found', `Không có xã, phường mã ${code}.`),
  duplicateKind: (kind: string): DomainError =>
    new DomainError('LETTER_SETTINGS.INVALID', 'invalid', 'Cấu hình thư chưa hợp lệ.', [
      { field: 'kinds', messages: [`Loại thư ${kind} được khai báo nhiều lần.`] },
    ]),
  changedMeanwhile: (code: string): DomainError =>
    new DomainError(
      'LETTER_SETTINGS.CHANGED_MEANWHILE',
      'conflict',
      `Cấu hình thư của xã, phường ${code} vừa được người khác thay đổi; vui lòng tải lại.`,
    ),
};
