import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { AnswerSurveyService } from '../application/answer-survey.service';
import { PaperAnswerRequestDto, PaperAnswerResponseDto } from '../dto/paper-answer.request.dto';

/** Printed survey forms handed back at the desk or collected by the Fatherland Front. */
@ApiTags('paper answers')
@Controller('v1/paper-answers')
export class PaperAnswersHttpController {
  constructor(private readonly service: AnswerSurveyService) {}

  @Route({
    method: 'POST',
    roles: ['officer', 'leader', 'system'],
    summary:
      'Key in a paper survey form by its code: checked as an online answer, stored once and marked as paper. The system role may give answeredAt (historical entry).',
    returns: PaperAnswerResponseDto,
  })
  async enter(
    @Body() body: PaperAnswerRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PaperAnswerResponseDto> {
    const { answeredAt } = await this.service.answer(body.code, body.answers, {
      principal,
      ...(body.formNumber ? { formNumber: body.formNumber } : {}),
      ...(body.answeredAt ? { answeredAt: new Date(body.answeredAt) } : {}),
    });
    return { answeredAt: answeredAt.toISOString(), source: 'paper' };
  }
}
