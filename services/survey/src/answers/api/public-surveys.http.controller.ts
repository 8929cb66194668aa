import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { PublicEndpoint } from '@libs/auth';

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

  @Get(':surveyToken')
  @PublicEndpoint(SURVEY_CREDENTIAL)
  @ApiOperation({
    summary:
      'The questionnaire behind a survey link or short code, in Vietnamese; 409 once answered, 410 once expired.',
  })
  @ApiOkResponse({ type: PublicSurveyResponseDto })
  async open(@Param('surveyToken') surveyToken: string): Promise<PublicSurveyResponseDto> {
    return PublicSurveyResponseDto.from(await this.service.open(surveyToken));
  }

  @Post(':surveyToken/answers')
  @PublicEndpoint(SURVEY_CREDENTIAL)
  @ApiOperation({
    summary:
      'Answer the survey, once. Publishes survey.answered.v1 and, for a dissatisfied answer, survey.dissatisfaction-reported.v1.',
  })
  @ApiCreatedResponse({ type: AnswerReceiptResponseDto })
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
