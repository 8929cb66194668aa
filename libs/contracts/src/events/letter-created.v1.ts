import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import { CommuneCode, ContractPropertyDecorator, PersonalData, stacked } from './common.types';
import { defineEvent } from './event-definition';

export const LETTER_KINDS = [
  'birth-congratulation',
  'marriage-congratulation',
  'death-condolence',
  'apology',
  'overdue-apology',
  'thank-you',
  'survey-reminder',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** The fact a letter answers, one letter per kind and fact. */
export const LetterSubjectKey = (): ContractPropertyDecorator =>
  stacked(
    JSONSchema({ description: 'Natural key of the triggering fact, e.g. birth:<registrationId>.' }),
    IsString(),
    Length(1, 200),
  );

@JSONSchema({ description: 'A letter was drafted from a triggering fact, once per kind and fact.' })
export class LetterCreatedV1 {
  @IsUUID()
  letterId: string;

  @CommuneCode()
  communeCode: string;

  @IsIn(LETTER_KINDS)
  kind: LetterKind;

  @LetterSubjectKey()
  subjectKey: string;

  @PersonalData('Name(s) the letter is addressed to.')
  @IsString()
  @Length(1, 300)
  recipientName: string;

  @IsISO8601({ strict: true })
  createdAt: string;

  @JSONSchema({
    description:
      'Business time of the triggering fact (the birth, marriage or death registered, the case opened, the deadline), so reports count the letter in the period of its occasion; absent from events published before it was carried.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  occasionAt?: string;
}

export const LETTER_CREATED_V1 = defineEvent({
  name: 'letter.created',
  version: 1,
  topic: TOPICS.letter,
  producer: 'correspondence',
  summary: 'A letter was drafted; reports count letters per kind, commune and period.',
  dataClass: LetterCreatedV1,
});
