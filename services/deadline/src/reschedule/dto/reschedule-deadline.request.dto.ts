import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

const DATE_TIME_WITH_ZONE =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export class RescheduleDeadlineRequestDto {
  @ApiProperty({
    example:
      'Hồ sơ cần xác minh thêm thông tin hộ tịch tại Ủy ban nhân dân xã nơi cư trú trước đây.',
    description: 'Why the result will be late, as the apology letter (Mẫu 04) will say it',
  })
  @IsString({ message: 'reason phải là văn bản' })
  @Length(1, 1000, { message: 'reason dài từ 1 đến 1000 ký tự' })
  reason: string;

  @ApiProperty({
    example: '2026-03-02T17:00:00+07:00',
    description: 'The one new appointment: a working day, within office hours',
  })
  @Matches(DATE_TIME_WITH_ZONE, {
    message: 'newDueAt phải là thời điểm có múi giờ, ví dụ 2026-03-02T17:00:00+07:00',
  })
  @IsISO8601({ strict: true }, { message: 'newDueAt không phải là thời điểm có thật' })
  newDueAt: string;

  @ApiPropertyOptional({
    example: '2022-03-01T10:00:00+07:00',
    description:
      'When the apology was really made (historical entry, role system only; not in the future). The window is checked at that time. Absent: now.',
  })
  @IsOptional()
  @Matches(DATE_TIME_WITH_ZONE, {
    message: 'rescheduledAt phải là thời điểm có múi giờ, ví dụ 2022-03-01T10:00:00+07:00',
  })
  @IsISO8601({ strict: true }, { message: 'rescheduledAt không phải là thời điểm có thật' })
  rescheduledAt?: string;
}
