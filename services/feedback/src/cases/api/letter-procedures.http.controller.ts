import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

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

  @Post(':caseId/route')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'Classify the letter as a complaint or denunciation (xử lý đơn): it leaves the petition flow and its petition deadline stops.',
  })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: 'Already answered, settled or routed' })
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

  @Post(':caseId/accept')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary: 'Accept (thụ lý) a routed complaint or denunciation; the resolution period starts.',
  })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: 'Not routed (FEEDBACK_CASE.NOT_ROUTED) or already accepted' })
  async accept(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @Body() body: AcceptCaseRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return FeedbackCaseResponseDto.from(
      await this.procedures.act(id, { type: 'accept', complexity: body.complexity }, principal),
    );
  }

  @Post(':caseId/extend')
  @HttpCode(200)
  @Roles('leader')
  @ApiOperation({
    summary:
      'Extend the resolution of a denunciation by written decision (Luật Tố cáo Art. 30); complaints have no extension.',
  })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: 'FEEDBACK_CASE.EXTENSION_NOT_ALLOWED' })
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
