import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { Route } from '@libs/service-kit';

import { canonicalCredential } from '../../invitations/domain/survey-credentials';
import { AnswerSurveyService } from '../application/answer-survey.service';
import {
  AnswerReceiptResponseDto,
  PublicSurveyResponseDto,
} from '../dto/public-survey.response.dto';
import { SubmitAnswersRequestDto } from '../dto/submit-answers.request.dto';

/** Every spelling of a code counts against one budget (and opens one invitation). */
const SURVEY_CREDENTIAL = { param: 'surveyToken', canonical: canonicalCredential };

/** Citizens answer without an account: the single-use token (or the short code) is the key. */
@ApiTags('public surveys')
@Controller('v1/public/surveys')
export class PublicSurveysHttpController {
  constructor(private readonly service: AnswerSurveyService) {}

  @Route({
    method: 'GET',
    path: ':surveyToken',
    public: SURVEY_CREDENTIAL,
    summary:
      'The questionnaire behind a survey link or short code, in Vietnamese; 409 once answered, 410 once expired.',
    returns: PublicSurveyResponseDto,
  })
  async open(@Param('surveyToken') surveyToken: string): Promise<PublicSurveyResponseDto> {
    return PublicSurveyResponseDto.from(await this.service.open(surveyToken));
  }

  @Route({
    method: 'POST',
    path: ':surveyToken/answers',
    public: SURVEY_CREDENTIAL,
    summary:
      'Answer the survey, once. Publishes survey.answered.v1 and, for a dissatisfied answer, survey.dissatisfaction-reported.v1.',
    returns: AnswerReceiptResponseDto,
  })
  async answer(
    @Param('surveyToken') surveyToken: string,
    @Body() body: SubmitAnswersRequestDto,
  ): Promise<AnswerReceiptResponseDto> {
    const { answeredAt } = await this.service.answer(surveyToken, body.answers);
    return {
      message:
        'Cảm ơn Ông/Bà đã dành thời gian đánh giá. Ý kiến của Ông/Bà giúp chính quyền phục vụ nhân dân ngày càng tốt hơn.',
      answeredAt: answeredAt.toISOString(),
    };
  }
}
