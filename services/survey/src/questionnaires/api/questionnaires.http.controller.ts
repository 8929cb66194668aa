import { Body, Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { QuestionnaireService } from '../application/questionnaire.service';
import { ListQuestionnairesQueryDto } from '../dto/list-questionnaires.query.dto';
import { PublishQuestionnaireRequestDto } from '../dto/publish-questionnaire.request.dto';
import { QuestionnaireResponseDto } from '../dto/questionnaire.response.dto';

@ApiTags('questionnaires')
@Controller('v1/questionnaires')
export class QuestionnairesHttpController {
  constructor(private readonly service: QuestionnaireService) {}

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province'],
    summary: "A commune's questionnaire versions, newest (current) first.",
    returns: [QuestionnaireResponseDto],
  })
  async list(
    @Query() query: ListQuestionnairesQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionnaireResponseDto[]> {
    const versions = await this.service.list(query.communeCode, principal);
    return versions.map((questionnaire) => QuestionnaireResponseDto.from(questionnaire));
  }

  @Route({
    method: 'GET',
    path: ':questionnaireId',
    roles: ['officer', 'leader', 'province'],
    summary: 'Read one questionnaire version.',
    returns: QuestionnaireResponseDto,
  })
  async get(
    @Param('questionnaireId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionnaireResponseDto> {
    return QuestionnaireResponseDto.from(await this.service.get(id, principal));
  }

  @Route({
    method: 'POST',
    roles: ['leader'],
    summary:
      'Publish a new questionnaire version for the commune; invitations issued from now on use it.',
    returns: QuestionnaireResponseDto,
  })
  async publish(
    @Body() body: PublishQuestionnaireRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionnaireResponseDto> {
    const { communeCode, ...draft } = body;
    return QuestionnaireResponseDto.from(await this.service.publish(communeCode, draft, principal));
  }
}
