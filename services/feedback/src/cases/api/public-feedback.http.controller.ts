import { Body, Controller, Query, Res } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Response } from 'express';

import { IdempotencyKey } from '@libs/auth';
import { Route } from '@libs/service-kit';

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

  @Route({
    method: 'POST',
    path: 'feedback',
    public: true,
    summary:
      'Send a suggestion, petition or recommendation (góp ý, phản ánh, kiến nghị), anonymously or with contact details.',
    returns: SubmissionReceiptDto,
    replay: 'The same letter was already received',
    idempotent: 'Same key, same case',
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

  @Route({
    method: 'GET',
    path: 'answers',
    public: true,
    summary: "The commune's published answers, newest first, without personal data.",
    returns: [PublicAnswerDto],
  })
  async answers(@Query() query: PublicAnswersQueryDto): Promise<PublicAnswerDto[]> {
    const rows = await this.cases.listPublicAnswers(query.communeCode, query.limit ?? 50);
    return rows.map((row) => PublicAnswerDto.from(row));
  }
}
