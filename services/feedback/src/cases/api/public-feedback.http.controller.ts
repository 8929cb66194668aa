import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Response } from 'express';

import { IdempotencyKey, PublicEndpoint } from '@libs/auth';

import { OnlineSubmissionService } from '../application/online-submission.service';
import { FeedbackCaseStore } from '../domain/feedback-case.store';
import { PublicAnswerDto } from '../dto/public-answer.response.dto';
import { PublicAnswersQueryDto } from '../dto/public-answers.query.dto';
import { SubmissionReceiptDto } from '../dto/submission-receipt.response.dto';
import { SubmitFeedbackRequestDto } from '../dto/submit-feedback.request.dto';

/** What citizens reach without an account: writing to the commune, and reading its answers. */
@ApiTags('public')
@Controller('v1/public')
export class PublicFeedbackHttpController {
  constructor(
    private readonly submissions: OnlineSubmissionService,
    private readonly cases: FeedbackCaseStore,
  ) {}

  @Post('feedback')
  @PublicEndpoint()
  @ApiOperation({
    summary:
      'Send a suggestion, petition or recommendation (góp ý, phản ánh, kiến nghị), anonymously or with contact details.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same case' })
  @ApiCreatedResponse({ type: SubmissionReceiptDto })
  @ApiOkResponse({
    type: SubmissionReceiptDto,
    description: 'The same letter was already received',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many letters from this client; see Retry-After' })
  async submit(
    @Body() body: SubmitFeedbackRequestDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionReceiptDto> {
    const outcome = await this.submissions.submit(
      {
        communeCode: body.communeCode,
        kind: body.kind ?? 'petition',
        ...(body.category ? { category: body.category } : {}),
        content: body.content,
        ...(body.contact ? { contact: body.contact } : {}),
      },
      idempotencyKey,
    );
    response.status(outcome.created ? 201 : 200);
    return SubmissionReceiptDto.from(outcome.feedbackCase);
  }

  @Get('answers')
  @PublicEndpoint()
  @ApiOperation({
    summary: "The commune's published answers, newest first, without personal data.",
  })
  @ApiOkResponse({ type: [PublicAnswerDto] })
  async answers(@Query() query: PublicAnswersQueryDto): Promise<PublicAnswerDto[]> {
    const rows = await this.cases.listPublicAnswers(query.communeCode, query.limit ?? 50);
    return rows.map((row) => PublicAnswerDto.from(row));
  }
}
