import { InstantField, TextField } from '@libs/service-kit';

export class RescheduleDeadlineRequestDto {
  @TextField({
    label: 'Lý do',
    min: 1,
    max: 1000,
    example:
      'Hồ sơ cần xác minh thêm thông tin hộ tịch tại Ủy ban nhân dân xã nơi cư trú trước đây.',
    description: 'Why the result will be late, as the apology letter (Mẫu 04) will say it',
  })
  reason: string;

  @InstantField({
    label: 'Thời điểm hẹn mới',
    example: '2026-03-02T17:00:00+07:00',
    description: 'The one new appointment: a working day, within office hours',
  })
  newDueAt: string;

  @InstantField({
    label: 'Thời điểm xin lỗi',
    optional: true,
    example: '2022-03-01T10:00:00+07:00',
    description:
      'When the apology was really made (historical entry, role system only; not in the future). The window is checked at that time. Absent: now.',
  })
  rescheduledAt?: string;
}
