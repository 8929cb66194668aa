import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal, Roles } from '@libs/auth';

import { QuestionnaireService } from '../application/questionnaire.service';
import { ListQuestionnairesQueryDto } from '../dto/list-questionnaires.query.dto';
import { PublishQuestionnaireRequestDto } from '../dto/publish-questionnaire.request.dto';
import { QuestionnaireResponseDto } from '../dto/questionnaire.response.dto';

@ApiTags('questionnaires')
@Controller('v1/questionnaires')
export class QuestionnairesHttpController {
  constructor(private readonly service: QuestionnaireService) {}

  @Get()
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: "A commune's questionnaire versions, newest (current) first." })
  @ApiOkResponse({ type: [QuestionnaireResponseDto] })
  async list(
    @Query() query: ListQuestionnairesQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionnaireResponseDto[]> {
    const versions = await this.service.list(query.communeCode, principal);
    return versions.map((questionnaire) => QuestionnaireResponseDto.from(questionnaire));
  }

  @Get(':questionnaireId')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'Read one questionnaire version.' })
  @ApiOkResponse({ type: QuestionnaireResponseDto })
  async get(
    @Param('questionnaireId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionnaireResponseDto> {
    return QuestionnaireResponseDto.from(await this.service.get(id, principal));
  }

  @Post()
  @Roles('leader')
  @ApiOperation({
    summary:
      'Publish a new questionnaire version for the commune; invitations issued from now on use it.',
  })
  @ApiCreatedResponse({ type: QuestionnaireResponseDto })
  async publish(
    @Body() body: PublishQuestionnaireRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionnaireResponseDto> {
    const { communeCode, ...draft } = body;
    return QuestionnaireResponseDto.from(await this.service.publish(communeCode, draft, principal));
  }
}
