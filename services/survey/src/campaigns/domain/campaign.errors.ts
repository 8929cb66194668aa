import { DomainError } from '@libs/errors';

export const CampaignErrors = {
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'CAMPAIGN.INVALID',
      'invalid',
      'Đợt khảo sát chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
  emptyFrame: (communeCode: string, from: string, to: string): DomainError =>
    new DomainError(
      'CAMPAIGN.NO_RETURNED_DOSSIERS',
      'conflict',
      `Xã, phường ${communeCode} chưa có hồ sơ nào trả kết quả từ tháng ${from} đến tháng ${to} để chọn mẫu khảo sát.`,
    ),
  notFound: (id: string): DomainError =>
    new DomainError('CAMPAIGN.NOT_FOUND', 'not-found', `Không tìm thấy đợt khảo sát ${id}.`),
};
