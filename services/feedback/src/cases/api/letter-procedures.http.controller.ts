import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { LetterProcedureService } from '../application/letter-procedure.service';
import { FeedbackCaseResponseDto } from '../dto/feedback-case.response.dto';
import {
  AcceptCaseRequestDto,
  ExtendCaseRequestDto,
  RouteCaseRequestDto,
} from '../dto/letter-procedure.dto';

@ApiTags('feedback-cases')
@Controller('v1/feedback-cases')
export class LetterProceduresHttpController {
  constructor(private readonly procedures: LetterProcedureService) {}

  @Route({
    method: 'POST',
    path: ':caseId/route',
    status: 200,
    roles: ['officer', 'leader'],
    summary:
      'Classify the letter as a complaint or denunciation (xử lý đơn): it leaves the petition flow and its petition deadline stops.',
    returns: FeedbackCaseResponseDto,
    conflict: 'Already answered, settled or routed',
  })
  async route(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @Body() body: RouteCaseRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    const action = {
      type: 'route' as const,
      procedure: body.procedure,
      reason: body.reason,
      ...(body.remoteArea !== undefined ? { remoteArea: body.remoteArea } : {}),
    };
    return FeedbackCaseResponseDto.from(await this.procedures.act(id, action, principal));
  }

  @Route({
    method: 'POST',
    path: ':caseId/accept',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'Accept (thụ lý) a routed complaint or denunciation; the resolution period starts.',
    returns: FeedbackCaseResponseDto,
    conflict: 'Not routed (FEEDBACK_CASE.NOT_ROUTED) or already accepted',
  })
  async accept(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @Body() body: AcceptCaseRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return FeedbackCaseResponseDto.from(
      await this.procedures.act(id, { type: 'accept', complexity: body.complexity }, principal),
    );
  }

  @Route({
    method: 'POST',
    path: ':caseId/extend',
    status: 200,
    roles: ['leader'],
    summary:
      'Extend the resolution of a denunciation by written decision (Luật Tố cáo Art. 30); complaints have no extension.',
    returns: FeedbackCaseResponseDto,
    conflict: 'FEEDBACK_CASE.EXTENSION_NOT_ALLOWED',
  })
  async extend(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @Body() body: ExtendCaseRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return FeedbackCaseResponseDto.from(
      await this.procedures.act(
        id,
        { type: 'extend', days: body.days, reason: body.reason },
        principal,
      ),
    );
  }
}
