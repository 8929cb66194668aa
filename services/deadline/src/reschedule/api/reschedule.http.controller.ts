import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

import { DeadlineResponseDto } from '../../tracking/dto/deadline.response.dto';
import { RescheduleDeadlineService } from '../application/reschedule-deadline.service';
import { RescheduleDeadlineRequestDto } from '../dto/reschedule-deadline.request.dto';

@ApiTags('deadlines')
@Controller('v1/deadlines')
export class RescheduleHttpController {
  constructor(private readonly service: RescheduleDeadlineService) {}

  @Post(':deadlineId/reschedule')
  @HttpCode(200)
  @Roles('officer', 'leader', 'system')
  @ApiOperation({
    summary:
      'Apologise and set the one new appointment (at least one working day before the due day); publishes deadline.rescheduled.v1. The system role may give rescheduledAt (historical entry).',
  })
  @ApiOkResponse({ type: DeadlineResponseDto })
  async reschedule(
    @Param('deadlineId', new ParseUUIDPipe()) id: string,
    @Body() body: RescheduleDeadlineRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeadlineResponseDto> {
    return DeadlineResponseDto.from(await this.service.reschedule(id, body, principal));
  }
}
