import { DomainError } from '@libs/errors';

export const SuggestionBoxErrors = {
  notFound: (id: string): DomainError =>
    new DomainError('BOX.NOT_FOUND', 'not-found', `Không tìm thấy hòm thư góp ý ${id}.`),
  nameTaken: (name: string): DomainError =>
    new DomainError(
      'BOX.NAME_TAKEN',
      'conflict',
      `Xã, phường đã có hòm thư góp ý mang tên "${name}".`,
      [{ field: 'name', messages: ['Tên hòm thư đã được dùng.'] }],
    ),
  unknownCommune: (code: string): DomainError =>
    new DomainError('BOX.INVALID', 'invalid', 'Thông tin hòm thư góp ý chưa hợp lệ.', [
      { field: 'communeCode', messages: [`Không có xã, phường mã ${code}.`] },
    ]),
  blank: (field: string): DomainError =>
    new DomainError('BOX.INVALID', 'invalid', 'Thông tin hòm thư góp ý chưa hợp lệ.', [
      { field, messages: ['Không được để trống.'] },
    ]),
  inactive: (name: string): DomainError =>
    new DomainError(
      'BOX.INACTIVE',
      'conflict',
      `Hòm thư "${name}" đã ngừng sử dụng; không thể ghi nhận lần mở hòm thư mới.`,
    ),
};
