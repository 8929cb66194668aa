import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { CommuneCodeField, DateField, ProcedureKeyField } from '@libs/service-kit';

import { QueueTicket, ticketLabel } from '../domain/queue-ticket';

export class IssueTicketRequestDto {
  @CommuneCodeField()
  communeCode: string;

  @ProcedureKeyField({ example: 'copy-certification' })
  procedureKey: string;
}

export class ListTicketsQueryDto {
  @CommuneCodeField()
  communeCode: string;

  @DateField({
    label: 'Ngày',
    optional: true,
    example: '2026-02-12',
    description: 'Default: today (Vietnam)',
  })
  day?: string;
}

export class DeskTimeQueryDto {
  @CommuneCodeField({ optional: true, description: 'Default: every commune the caller reads' })
  communeCode?: string;

  @DateField({ label: 'Từ ngày', example: '2026-02-01' })
  from: string;

  @DateField({ label: 'Đến ngày', example: '2026-02-28' })
  to: string;
}

export class QueueFiguresQueryDto extends DeskTimeQueryDto {
  @ProcedureKeyField({ optional: true, example: 'copy-certification' })
  procedureKey?: string;
}

export class QueueTicketResponseDto {
  @ApiProperty({ format: 'uuid' })
  ticketId: string;

  @ApiProperty({ example: 'A007' })
  label: string;

  @ApiProperty({ example: 7 })
  number: number;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: '2026-02-12' })
  day: string;

  @ApiProperty({ example: 'copy-certification' })
  procedureKey: string;

  @ApiProperty({ example: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản' })
  procedureName: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  servedAt?: string;

  @ApiPropertyOptional({ example: 14.5 })
  waitMinutes?: number;

  @ApiPropertyOptional({ format: 'date-time' })
  finishedAt?: string;

  @ApiPropertyOptional({ example: 12.5, description: 'Call to end of service' })
  serviceMinutes?: number;

  static from(ticket: QueueTicket): QueueTicketResponseDto {
    return {
      ticketId: ticket.id,
      label: ticketLabel(ticket.number),
      number: ticket.number,
      communeCode: ticket.communeCode,
      day: ticket.day,
      procedureKey: ticket.procedureKey,
      procedureName: ticket.procedureName,
      issuedAt: ticket.issuedAt.toISOString(),
      ...(ticket.servedAt ? { servedAt: ticket.servedAt.toISOString() } : {}),
      ...(ticket.waitSeconds !== undefined
        ? { waitMinutes: Math.round((ticket.waitSeconds / 60) * 10) / 10 }
        : {}),
      ...(ticket.finishedAt ? { finishedAt: ticket.finishedAt.toISOString() } : {}),
      ...(ticket.serviceSeconds !== undefined
        ? { serviceMinutes: Math.round((ticket.serviceSeconds / 60) * 10) / 10 }
        : {}),
    };
  }
}

export class WaitSummaryDto {
  @ApiProperty()
  issued: number;

  @ApiProperty()
  served: number;

  @ApiProperty({ nullable: true, type: Number, example: 14.5 })
  averageWaitMinutes: number | null;

  @ApiProperty({ nullable: true, type: Number, example: 32 })
  maxWaitMinutes: number | null;
}

export class DailyWaitDto extends WaitSummaryDto {
  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: '2026-02-12' })
  day: string;

  @ApiProperty()
  procedureKey: string;

  @ApiProperty()
  procedureName: string;
}

export class ProcedureWaitDto extends WaitSummaryDto {
  @ApiProperty()
  procedureKey: string;

  @ApiProperty()
  procedureName: string;
}

export class QueueFiguresResponseDto {
  @ApiProperty({ type: [DailyWaitDto], description: 'Per commune, day and procedure' })
  rows: DailyWaitDto[];

  @ApiProperty({ type: [ProcedureWaitDto], description: 'Per procedure over the period' })
  byProcedure: ProcedureWaitDto[];

  @ApiProperty({ type: WaitSummaryDto })
  total: WaitSummaryDto;
}

export class DeskTimeSummaryDto {
  @ApiProperty({ description: 'Services ended (call → result handed back)' })
  finished: number;

  @ApiProperty({ nullable: true, type: Number, example: 12.4 })
  averageServiceMinutes: number | null;

  @ApiProperty({ nullable: true, type: Number, example: 31 })
  maxServiceMinutes: number | null;

  @ApiProperty({ description: 'Services that took the target or less' })
  withinTarget: number;

  @ApiProperty({ nullable: true, type: Number, example: 0.875 })
  withinTargetShare: number | null;

  @ApiProperty({ example: 15, description: 'The article’s "khoảng 15 phút" (not a legal time)' })
  targetMinutes: number;

  @ApiProperty({ nullable: true, type: Boolean })
  meetsTarget: boolean | null;
}

export class ProcedureDeskTimeDto extends DeskTimeSummaryDto {
  @ApiProperty()
  procedureKey: string;

  @ApiProperty()
  procedureName: string;
}

export class DeskTimeResponseDto {
  @ApiProperty({ type: [ProcedureDeskTimeDto], description: 'Per certification procedure' })
  byProcedure: ProcedureDeskTimeDto[];

  @ApiProperty({ type: DeskTimeSummaryDto })
  total: DeskTimeSummaryDto;
}
