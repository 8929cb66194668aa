import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import { CommuneCode, OptionalOfficerId, PersonalData, ProvinceCode } from './common.types';
import { defineEvent } from './event-definition';

export class SurveyRefV1 {
  @IsUUID()
  invitationId: string;

  @CommuneCode()
  communeCode: string;

  @ProvinceCode()
  provinceCode: string;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  procedureKey?: string;

  @JSONSchema({
    description: 'Vietnamese name of the procedure, when the returned-dossier event carried it.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  procedureName?: string;

  @OptionalOfficerId()
  officerId?: string;

  @IsOptional()
  @IsUUID()
  campaignId?: string;
}

@JSONSchema({
  description: 'A citizen answered a satisfaction survey (anonymous; no personal data).',
})
export class SurveyAnsweredV1 extends SurveyRefV1 {
  @IsISO8601({ strict: true })
  answeredAt: string;

  @JSONSchema({ description: 'Overall rating, 1 (very dissatisfied) to 5 (very satisfied).' })
  @IsInt()
  @Min(1)
  @Max(5)
  overallRating: number;

  @IsBoolean()
  dissatisfied: boolean;
}

@JSONSchema({
  description:
    'An answer was dissatisfied (overall rating ≤ 2 or a failed conduct item); feedback opens a case for the commune leader.',
})
export class SurveyDissatisfactionReportedV1 extends SurveyRefV1 {
  @IsISO8601({ strict: true })
  answeredAt: string;

  @IsInt()
  @Min(1)
  @Max(5)
  overallRating: number;

  @JSONSchema({ description: 'Keys of the conduct items answered "no" (e.g. keep-appointment).' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  failedConductItems: string[];

  @PersonalData(
    "The citizen's own words: they may name people and give phone numbers or addresses.",
  )
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

export const SURVEY_ANSWERED_V1 = defineEvent({
  name: 'survey.answered',
  version: 1,
  topic: TOPICS.surveyResponse,
  producer: 'survey',
  summary: 'A survey was answered; reports count satisfaction.',
  dataClass: SurveyAnsweredV1,
});

export const SURVEY_DISSATISFACTION_REPORTED_V1 = defineEvent({
  name: 'survey.dissatisfaction-reported',
  version: 1,
  topic: TOPICS.surveyResponse,
  producer: 'survey',
  summary: 'A dissatisfied answer that someone must handle; feedback opens a case.',
  dataClass: SurveyDissatisfactionReportedV1,
});
