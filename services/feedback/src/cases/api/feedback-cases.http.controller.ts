import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

import { CaseWorkflowService, OfficerAction } from '../application/case-workflow.service';
import {
  AnswerCaseRequestDto,
  AssignCaseRequestDto,
  DeclineCaseRequestDto,
  MarkDuplicateRequestDto,
  PublishAnswerRequestDto,
} from '../dto/case-actions.request.dto';
import { FeedbackCaseResponseDto } from '../dto/feedback-case.response.dto';
import { SearchCasesQueryDto } from '../dto/search-cases.query.dto';

const ILLEGAL_MOVE =
  'The case is not in a state that allows this (FEEDBACK_CASE.TRANSITION_NOT_ALLOWED)';

@ApiTags('feedback-cases')
@Controller('v1/feedback-cases')
export class FeedbackCasesHttpController {
  constructor(private readonly workflow: CaseWorkflowService) {}

  @Get()
  @Roles('officer', 'leader', 'province')
  @PersonalDataRead('feedback-case', 'caseId')
  @ApiOperation({
    summary: 'Search cases (newest first); escalated=true lists what the leader must steer.',
  })
  @ApiOkResponse({ type: [FeedbackCaseResponseDto] })
  async search(
    @Query() query: SearchCasesQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto[]> {
    const cases = await this.workflow.search(query, principal);
    return cases.map((feedbackCase) => FeedbackCaseResponseDto.from(feedbackCase));
  }

  @Get(':caseId')
  @Roles('officer', 'leader', 'province')
  @PersonalDataRead('feedback-case', 'caseId')
  @ApiOperation({ summary: 'Read one case.' })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  async get(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return FeedbackCaseResponseDto.from(await this.workflow.get(id, principal));
  }

  @Post(':caseId/assign')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Give the case to a responsible officer, unit or the leader.' })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: ILLEGAL_MOVE })
  assign(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @Body() body: AssignCaseRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return this.act(
      id,
      {
        type: 'assign',
        assignee: body.assignee,
        ...(body.category ? { category: body.category } : {}),
      },
      principal,
    );
  }

  @Post(':caseId/start')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'The responsible person starts working on the case.' })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: ILLEGAL_MOVE })
  start(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return this.act(id, { type: 'start' }, principal);
  }

  @Post(':caseId/answer')
  @HttpCode(200)
  @Roles('officer', 'leader', 'system')
  @ApiOperation({
    summary:
      'Answer the case: publishes the answer with personal data masked (or holds it for review when it may still name the citizen), records the notice to the citizen, publishes feedback.case-answered.v1.',
  })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: ILLEGAL_MOVE })
  answer(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @Body() body: AnswerCaseRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return this.act(
      id,
      {
        type: 'answer',
        text: body.answer,
        ...(body.publicSummary !== undefined ? { publicSummary: body.publicSummary } : {}),
        ...(body.answeredAt ? { answeredAt: new Date(body.answeredAt) } : {}),
      },
      principal,
    );
  }

  @Post(':caseId/publish-answer')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'Publish an answer held for review (it may still name the citizen: the given name alone, the street alone) after reading it, in corrected words if need be; 409 when none is held.',
  })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: 'No answer of this case waits for review' })
  publishAnswer(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @Body() body: PublishAnswerRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return this.act(
      id,
      {
        type: 'publish-answer',
        ...(body.answer !== undefined ? { text: body.answer } : {}),
        ...(body.publicSummary !== undefined ? { publicSummary: body.publicSummary } : {}),
      },
      principal,
    );
  }

  @Post(':caseId/close')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Close an answered case.' })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: ILLEGAL_MOVE })
  close(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return this.act(id, { type: 'close' }, principal);
  }

  @Post(':caseId/mark-duplicate')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Record that the case repeats an earlier one of the same commune.' })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: ILLEGAL_MOVE })
  markDuplicate(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @Body() body: MarkDuplicateRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return this.act(
      id,
      { type: 'mark-duplicate', duplicateOfCaseCode: body.duplicateOfCaseCode },
      principal,
    );
  }

  @Post(':caseId/decline')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary: 'Record that the matter is not within the commune’s competence, and where to turn.',
  })
  @ApiOkResponse({ type: FeedbackCaseResponseDto })
  @ApiConflictResponse({ description: ILLEGAL_MOVE })
  decline(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @Body() body: DeclineCaseRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return this.act(
      id,
      {
        type: 'decline',
        reason: body.reason,
        ...(body.referredTo ? { referredTo: body.referredTo } : {}),
      },
      principal,
    );
  }

  private async act(
    id: string,
    action: OfficerAction,
    principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return FeedbackCaseResponseDto.from(await this.workflow.act(id, action, principal));
  }
}
