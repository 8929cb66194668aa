import { Body, Controller, Param, ParseIntPipe, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, IdempotencyKey, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { FeedbackCaseResponseDto } from '../../cases/dto/feedback-case.response.dto';
import { ReceptionsService } from '../application/receptions.service';
import {
  OpenIssueCaseRequestDto,
  RecordReceptionRequestDto,
  SearchReceptionsQueryDto,
} from '../dto/reception.request.dto';
import { ReceptionResponseDto } from '../dto/reception.response.dto';

@ApiTags('receptions')
@Controller('v1/receptions')
export class ReceptionsHttpController {
  constructor(private readonly receptions: ReceptionsService) {}

  @Route({
    method: 'POST',
    roles: ['officer', 'leader'],
    summary:
      'Log a citizen reception (tiếp công dân) or dialogue (đối thoại) and the issues raised.',
    returns: ReceptionResponseDto,
    replay: true,
    idempotent: 'Same key, same record',
  })
  async record(
    @Body() body: RecordReceptionRequestDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReceptionResponseDto> {
    const { communeCode, ...request } = body;
    const outcome = await this.receptions.record(
      communeCode,
      {
        ...request,
        issues: request.issues.map((issue) => ({
          summary: issue.summary,
          ...(issue.category ? { category: issue.category } : {}),
          ...(issue.raisedBy ? { raisedBy: issue.raisedBy } : {}),
        })),
      },
      principal,
      idempotencyKey,
    );
    response.status(outcome.created ? 201 : 200);
    return ReceptionResponseDto.from(outcome.reception, outcome.cases);
  }

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province'],
    summary: 'Receptions and dialogues, newest first.',
    returns: [ReceptionResponseDto],
  })
  @PersonalDataRead('reception', 'receptionId')
  async search(
    @Query() query: SearchReceptionsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReceptionResponseDto[]> {
    const receptions = await this.receptions.search(query, principal);
    return receptions.map((reception) => ReceptionResponseDto.from(reception));
  }

  @Route({
    method: 'GET',
    path: ':receptionId',
    roles: ['officer', 'leader', 'province'],
    summary: 'One reception or dialogue, with the cases its issues became.',
    returns: ReceptionResponseDto,
  })
  @PersonalDataRead('reception', 'receptionId')
  async get(
    @Param('receptionId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReceptionResponseDto> {
    const { reception, cases } = await this.receptions.get(id, principal);
    return ReceptionResponseDto.from(reception, cases);
  }

  @Route({
    method: 'POST',
    path: ':receptionId/issues/:issueNumber/case',
    roles: ['officer', 'leader'],
    summary: 'Turn an issue raised into a case (kind reception-issue).',
    returns: FeedbackCaseResponseDto,
    replay: 'The issue already had its case',
  })
  async openIssueCase(
    @Param('receptionId', new ParseUUIDPipe()) id: string,
    @Param('issueNumber', new ParseIntPipe()) issueNumber: number,
    @Body() body: OpenIssueCaseRequestDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FeedbackCaseResponseDto> {
    const outcome = await this.receptions.openIssueCase(id, issueNumber, body.assignee, principal);
    response.status(outcome.created ? 201 : 200);
    return FeedbackCaseResponseDto.from(outcome.feedbackCase);
  }
}
