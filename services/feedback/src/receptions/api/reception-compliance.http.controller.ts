import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, readableTenantFilter, Roles } from '@libs/auth';
import { Clock } from '@libs/clock';
import { DomainError } from '@libs/errors';
import { IsCalendarDate } from '@libs/service-kit';
import { Matches } from 'class-validator';
import {
  receptionWeeksSpan,
  ReceptionWeek,
  weeklyReceptionCompliance,
} from '../domain/weekly-reception';
import { ReceptionRepository } from '../infrastructure/reception.repository';

export class ReceptionComplianceQueryDto {
  @ApiProperty({ example: '14797' })
  @Matches(/^\d{5}$/, { message: 'Mã xã, phường gồm 5 chữ số.' })
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
}

const MAX_RANGE_DAYS = 366;

@ApiTags('receptions')
@Controller('v1/reception-compliance')
export class ReceptionComplianceHttpController {
  constructor(
    private readonly receptions: ReceptionRepository,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('officer', 'leader', 'province')
  @ApiOperation({
    summary:
      'Weeks of the range and whether a citizen reception was held in each (Luật Tiếp công dân 2013 Art. 15(2)(d): at least one day a week); "missed" flags a past week without one.',
  })
  @ApiOkResponse({ type: [ReceptionWeekDto] })
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
      tenantFilter: readableTenantFilter(principal),
      communeCode: query.communeCode,
      kind: 'reception',
      from: weeks.from,
      to: weeks.to,
      limit: 1000,
    });
    return weeklyReceptionCompliance(
      held.map((reception) => reception.heldOn),
      query,
      this.clock.now(),
    );
  }
}
