import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { OnTimeFiguresService } from '../application/on-time-figures.service';
import { OnTimeFiguresQueryDto } from '../dto/on-time-figures.query.dto';
import { OnTimeFiguresResponseDto } from '../dto/on-time-figures.response.dto';

@ApiTags('figures')
@Controller('v1/figures')
export class OnTimeFiguresHttpController {
  constructor(private readonly service: OnTimeFiguresService) {}

  @Route({
    method: 'GET',
    path: 'on-time',
    roles: ['officer', 'leader', 'province'],
    summary:
      'On-time figures of a month: received, returned, on time, late, average working days; per commune, procedure and officer.',
    returns: OnTimeFiguresResponseDto,
  })
  async onTime(
    @Query() query: OnTimeFiguresQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnTimeFiguresResponseDto> {
    return this.service.report(query, principal);
  }
}
