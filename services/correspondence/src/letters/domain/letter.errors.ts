import { LetterStatus } from '@libs/contracts';
import { DomainError } from '@libs/errors';

const STATUS_NAMES: Readonly<Record<LetterStatus, string>> = {
  draft: 'bản nháp',
  approved: 'đã duyệt, chờ gửi',
  sent: 'đã gửi',
  printed: 'đã in',
  delivered: 'đã đến tay người nhận',
  failed: 'gửi không thành công',
};

export const LetterErrors = {
  notFound: (id: string): DomainError =>
    new DomainError('LETTER.NOT_FOUND', 'not-found', `Không tìm thấy thư ${id}.`),
  wrongStatus: (action: string, status: LetterStatus): DomainError =>
    new DomainError(
      'LETTER.WRONG_STATUS',
      'conflict',
      `Không thể ${action}: thư đang ở trạng thái "${STATUS_NAMES[status]}".`,
    ),
  channelCannotReach: (channel: string): DomainError =>
    new DomainError(
      'LETTER.CHANNEL_UNREACHABLE',
      'invalid',
      `Không gửi được thư qua kênh ${channel}: thiếu địa chỉ liên hệ hoặc kênh chưa được cấu hình.`,
      [{ field: 'channel', messages: [`Kênh ${channel} không dùng được cho thư này.`] }],
    ),
  outsideWindow: (rule: string, days: number): DomainError =>
    new DomainError('LETTER.OUTSIDE_WINDOW', 'invalid', `Không gửi thư cho sự kiện này: ${rule}`, [
      {
        field: 'eventDate',
        messages: [`Sự kiện được đăng ký sau ${days} ngày, ngoài thời hạn gửi thư.`],
      },
    ]),
  kindNotSent: (kind: string): DomainError =>
    new DomainError(
      'LETTER.KIND_NOT_SENT',
      'conflict',
      `Xã, phường không gửi loại thư ${kind} (xem cấu hình thư).`,
    ),
  changedMeanwhile: (id: string): DomainError =>
    new DomainError(
      'LETTER.CHANGED_MEANWHILE',
      'conflict',
      `Thư ${id} vừa được người khác thay đổi; vui lòng tải lại và thử lại.`,
    ),
};
