import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { vietnamCalendarDate, vietnameseLongDate, vietnamHourMinute } from '@libs/clock';
import { DEADLINE_SUBJECTS, DeadlineSubject, DOSSIER_STATUSES } from '@libs/contracts';

import { CLOSE_REASONS, closedOnTime, Deadline, deadlineReference } from '../domain/deadline';

export const DEADLINE_ALERTS = ['none', 'due-soon', 'overdue'] as const;
export type DeadlineAlert = (typeof DEADLINE_ALERTS)[number];

/** "17:00 ngày 25 tháng 02 năm 2026", as the appointment is written for the citizen. */
export function appointmentText(instant: Date): string {
  return `${vietnamHourMinute(instant)} ${vietnameseLongDate(vietnamCalendarDate(instant))}`;
}

export class RescheduleResponseDto {
  @ApiProperty({ format: 'date-time' })
  rescheduledAt: string;

  @ApiProperty({ format: 'date-time' })
  previousDueAt: string;

  @ApiProperty({
    example: 'Cần xác minh thêm thông tin với Ủy ban nhân dân xã nơi cư trú trước đây.',
  })
  reason: string;

  @ApiProperty({ example: 'officer-14797' })
  officerId: string;
}

export class DeadlineResponseDto {
  @ApiProperty({ format: 'uuid' })
  deadlineId: string;

  @ApiProperty({ enum: DEADLINE_SUBJECTS })
  subjectType: DeadlineSubject;

  @ApiProperty({ format: 'uuid' })
  subjectId: string;

  @ApiProperty({ example: '000.00.38.H56-261128-0001' })
  subjectCode: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: '38' })
  provinceCode: string;

  @ApiPropertyOptional({ example: 'birth-registration', description: 'Dossiers only' })
  procedureKey?: string;

  @ApiPropertyOptional({ example: 'petition', description: 'Feedback cases only' })
  caseKind?: string;

  @ApiPropertyOptional({ description: 'Subject id of the receiving officer' })
  officerId?: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ description: 'Legal processing or response time in working days' })
  legalWorkingDays: number;

  @ApiProperty({ format: 'date-time', description: 'The appointment before any reschedule' })
  originalDueAt: string;

  @ApiProperty({ format: 'date-time' })
  dueAt: string;

  @ApiProperty({ example: '17:00 ngày 25 tháng 02 năm 2026' })
  dueAtText: string;

  @ApiProperty({ format: 'date-time', description: 'When the due-soon warning is raised' })
  dueSoonAt: string;

  @ApiProperty({ enum: ['open', 'closed'] })
  state: 'open' | 'closed';

  @ApiProperty({ enum: DEADLINE_ALERTS, description: 'The latest alarm raised' })
  alert: DeadlineAlert;

  @ApiPropertyOptional({ enum: DOSSIER_STATUSES, description: 'National status (dossiers)' })
  status?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  closedAt?: string;

  @ApiPropertyOptional({ enum: CLOSE_REASONS })
  closeReason?: string;

  @ApiPropertyOptional({ description: 'Closed by the original appointment' })
  onTime?: boolean;

  @ApiPropertyOptional({ type: RescheduleResponseDto })
  reschedule?: RescheduleResponseDto;

  /** Only opened deadlines are served, so their schedule is complete. */
  static from(deadline: Deadline): DeadlineResponseDto {
    const { receivedAt, dueAt, dueSoonAt, originalDueAt } = deadline;
    if (!receivedAt || !dueAt || !dueSoonAt || !originalDueAt) {
      throw new Error(`Deadline ${deadline.id} has no schedule yet`);
    }
    const onTime = closedOnTime(deadline);
    const alert: DeadlineAlert =
      deadline.stage === 'overdue-sent'
        ? 'overdue'
        : deadline.stage === 'due-soon-sent'
          ? 'due-soon'
          : 'none';
    return {
      ...deadlineReference(deadline),
      ...(deadline.subjectType === 'dossier'
        ? { procedureKey: deadline.category }
        : { caseKind: deadline.category }),
      ...(deadline.officerId ? { officerId: deadline.officerId } : {}),
      receivedAt: receivedAt.toISOString(),
      legalWorkingDays: deadline.legalWorkingDays ?? 0,
      originalDueAt: originalDueAt.toISOString(),
      dueAt: dueAt.toISOString(),
      dueAtText: appointmentText(dueAt),
      dueSoonAt: dueSoonAt.toISOString(),
      state: deadline.state === 'closed' ? 'closed' : 'open',
      alert,
      ...(deadline.status ? { status: deadline.status } : {}),
      ...(deadline.closedAt ? { closedAt: deadline.closedAt.toISOString() } : {}),
      ...(deadline.closeReason ? { closeReason: deadline.closeReason } : {}),
      ...(onTime !== undefined ? { onTime } : {}),
      ...(deadline.reschedule
        ? {
            reschedule: {
              rescheduledAt: deadline.reschedule.rescheduledAt.toISOString(),
              previousDueAt: deadline.reschedule.previousDueAt.toISOString(),
              reason: deadline.reschedule.reason,
              officerId: deadline.reschedule.officerId,
            },
          }
        : {}),
    };
  }
}
