import {
  Body,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Response } from 'express';

import { PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, IdempotencyKey, Principal, Roles } from '@libs/auth';

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

  @Post()
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'Log a citizen reception (tiếp công dân) or dialogue (đối thoại) and the issues raised.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same record' })
  @ApiCreatedResponse({ type: ReceptionResponseDto })
  @ApiOkResponse({ type: ReceptionResponseDto, description: 'Replay of an earlier request' })
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

  @Get()
  @Roles('officer', 'leader', 'province')
  @PersonalDataRead('reception', 'receptionId')
  @ApiOperation({ summary: 'Receptions and dialogues, newest first.' })
  @ApiOkResponse({ type: [ReceptionResponseDto] })
  async search(
    @Query() query: SearchReceptionsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReceptionResponseDto[]> {
    const receptions = await this.receptions.search(query, principal);
    return receptions.map((reception) => ReceptionResponseDto.from(reception));
  }

  @Get(':receptionId')
  @Roles('officer', 'leader', 'province')
  @PersonalDataRead('reception', 'receptionId')
  @ApiOperation({ summary: 'One reception or dialogue, with the cases its issues became.' })
  @ApiOkResponse({ type: ReceptionResponseDto })
  async get(
    @Param('receptionId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReceptionResponseDto> {
    const { reception, cases } = await this.receptions.get(id, principal);
    return ReceptionResponseDto.from(reception, cases);
  }

  @Post(':receptionId/issues/:issueNumber/case')
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Turn an issue raised into a case (kind reception-issue).' })
  @ApiCreatedResponse({ type: FeedbackCaseResponseDto })
  @ApiOkResponse({ type: FeedbackCaseResponseDto, description: 'The issue already had its case' })
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
