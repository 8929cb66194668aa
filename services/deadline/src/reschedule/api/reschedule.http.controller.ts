import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { DeadlineResponseDto } from '../../tracking/dto/deadline.response.dto';
import { RescheduleDeadlineService } from '../application/reschedule-deadline.service';
import { RescheduleDeadlineRequestDto } from '../dto/reschedule-deadline.request.dto';

@ApiTags('deadlines')
@Controller('v1/deadlines')
export class RescheduleHttpController {
  constructor(private readonly service: RescheduleDeadlineService) {}

  @Route({
    method: 'POST',
    path: ':deadlineId/reschedule',
    status: 200,
    roles: ['officer', 'leader', 'system'],
    summary:
      'Apologise and set the one new appointment (at least one working day before the due day); publishes deadline.rescheduled.v1. The system role may give rescheduledAt (historical entry).',
    returns: DeadlineResponseDto,
  })
  async reschedule(
    @Param('deadlineId', new ParseUUIDPipe()) id: string,
    @Body() body: RescheduleDeadlineRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeadlineResponseDto> {
    return DeadlineResponseDto.from(await this.service.reschedule(id, body, principal));
  }
}
