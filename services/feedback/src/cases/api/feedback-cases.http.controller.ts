import { Body, Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

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

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province'],
    summary: 'Search cases (newest first); escalated=true lists what the leader must steer.',
    returns: [FeedbackCaseResponseDto],
  })
  @PersonalDataRead('feedback-case', 'caseId')
  async search(
    @Query() query: SearchCasesQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto[]> {
    const cases = await this.workflow.search(query, principal);
    return cases.map((feedbackCase) => FeedbackCaseResponseDto.from(feedbackCase));
  }

  @Route({
    method: 'GET',
    path: ':caseId',
    roles: ['officer', 'leader', 'province'],
    summary: 'Read one case.',
    returns: FeedbackCaseResponseDto,
  })
  @PersonalDataRead('feedback-case', 'caseId')
  async get(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return FeedbackCaseResponseDto.from(await this.workflow.get(id, principal));
  }

  @Route({
    method: 'POST',
    path: ':caseId/assign',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'Give the case to a responsible officer, unit or the leader.',
    returns: FeedbackCaseResponseDto,
    conflict: ILLEGAL_MOVE,
  })
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

  @Route({
    method: 'POST',
    path: ':caseId/start',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'The responsible person starts working on the case.',
    returns: FeedbackCaseResponseDto,
    conflict: ILLEGAL_MOVE,
  })
  start(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return this.act(id, { type: 'start' }, principal);
  }

  @Route({
    method: 'POST',
    path: ':caseId/answer',
    status: 200,
    roles: ['officer', 'leader', 'system'],
    summary:
      'Answer the case: publishes the answer with personal data masked (or holds it for review when it may still name the citizen), records the notice to the citizen, publishes feedback.case-answered.v1.',
    returns: FeedbackCaseResponseDto,
    conflict: ILLEGAL_MOVE,
  })
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

  @Route({
    method: 'POST',
    path: ':caseId/publish-answer',
    status: 200,
    roles: ['officer', 'leader'],
    summary:
      'Publish an answer held for review (it may still name the citizen: the given name alone, the street alone) after reading it, in corrected words if need be; 409 when none is held.',
    returns: FeedbackCaseResponseDto,
    conflict: 'No answer of this case waits for review',
  })
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

  @Route({
    method: 'POST',
    path: ':caseId/close',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'Close an answered case.',
    returns: FeedbackCaseResponseDto,
    conflict: ILLEGAL_MOVE,
  })
  close(
    @Param('caseId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackCaseResponseDto> {
    return this.act(id, { type: 'close' }, principal);
  }

  @Route({
    method: 'POST',
    path: ':caseId/mark-duplicate',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'Record that the case repeats an earlier one of the same commune.',
    returns: FeedbackCaseResponseDto,
    conflict: ILLEGAL_MOVE,
  })
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

  @Route({
    method: 'POST',
    path: ':caseId/decline',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'Record that the matter is not within the commune’s competence, and where to turn.',
    returns: FeedbackCaseResponseDto,
    conflict: ILLEGAL_MOVE,
  })
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
