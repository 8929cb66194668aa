import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

import { OnTimeFiguresService } from '../application/on-time-figures.service';
import { OnTimeFiguresQueryDto } from '../dto/on-time-figures.query.dto';
import { OnTimeFiguresResponseDto } from '../dto/on-time-figures.response.dto';

@ApiTags('figures')
@Controller('v1/figures')
export class OnTimeFiguresHttpController {
  constructor(private readonly service: OnTimeFiguresService) {}

  @Get('on-time')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({
    summary:
      'On-time figures of a month: received, returned, on time, late, average working days; per commune, procedure and officer.',
  })
  @ApiOkResponse({ type: OnTimeFiguresResponseDto })
  async onTime(
    @Query() query: OnTimeFiguresQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnTimeFiguresResponseDto> {
    return this.service.report(query, principal);
  }
}
