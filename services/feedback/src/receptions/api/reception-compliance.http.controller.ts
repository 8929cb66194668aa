import { Controller, Query } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { DomainError } from '@libs/errors';
import { IsCalendarDate, IsCommuneCode, Route } from '@libs/service-kit';

import { ReceptionStore } from '../domain/reception.store';
import { withSchedule } from '../domain/reception-schedule';
import { ReceptionScheduleStore } from '../domain/reception-schedule.store';
import {
  ReceptionWeek,
  receptionWeeksSpan,
  weeklyReceptionCompliance,
} from '../domain/weekly-reception';

export class ReceptionComplianceQueryDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;

  @ApiProperty({ example: '2026-01-05' })
  @IsCalendarDate({ message: 'Ngày phải là một ngày có thật, dạng YYYY-MM-DD.' })
  from: string;

  @ApiProperty({ example: '2026-03-31' })
  @IsCalendarDate({ message: 'Ngày phải là một ngày có thật, dạng YYYY-MM-DD.' })
  to: string;
}

export class ReceptionWeekDto {
  @ApiProperty({ example: '2026-02-09' })
  weekStart: string;

  @ApiProperty({ example: '2026-02-15' })
  weekEnd: string;

  @ApiProperty({ type: [String] })
  heldOn: string[];

  @ApiProperty({ enum: ['held', 'missed', 'in-progress', 'no-working-day'] })
  status: ReceptionWeek['status'];

  @ApiProperty({ type: [String], description: 'Working days the commune’s schedule set' })
  scheduledOn: string[];

  @ApiProperty({ type: [String], description: 'Scheduled days already past with no reception' })
  missedScheduledDays: string[];
}

const MAX_RANGE_DAYS = 366;

@ApiTags('receptions')
@Controller('v1/reception-compliance')
export class ReceptionComplianceHttpController {
  constructor(
    private readonly receptions: ReceptionStore,
    private readonly schedules: ReceptionScheduleStore,
    private readonly clock: Clock,
  ) {}

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province'],
    summary:
      'Weeks of the range and whether a citizen reception was held in each (Luật Tiếp công dân 2013 Art. 15(2)(d): at least one day a week); "missed" flags a past week without one.',
    returns: [ReceptionWeekDto],
  })
  async weeks(
    @Query() query: ReceptionComplianceQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReceptionWeekDto[]> {
    const span = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (span < 0 || span > MAX_RANGE_DAYS) {
      throw new DomainError('REQUEST.INVALID', 'invalid', 'Khoảng thời gian chưa hợp lệ.', [
        {
          field: 'to',
          messages: [`Ngày kết thúc phải sau ngày bắt đầu và không quá ${MAX_RANGE_DAYS} ngày.`],
        },
      ]);
    }
    // a reception on any day of the first or last week counts for that week
    const weeks = receptionWeeksSpan(query);
    const held = await this.receptions.search({
      scope: tenantScopeOf(principal),
      communeCode: query.communeCode,
      kind: 'reception',
      from: weeks.from,
      to: weeks.to,
      limit: 1000,
    });
    const now = this.clock.now();
    const schedule = await this.schedules.findById(query.communeCode, tenantScopeOf(principal));
    return withSchedule(
      weeklyReceptionCompliance(
        held.map((reception) => reception.heldOn),
        query,
        now,
      ),
      schedule ?? undefined,
      now,
    );
  }
}
