import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import {
  AddressedPersonV1,
  CALENDAR_DATE_PATTERN,
  COMMUNE_CODE_PATTERN,
  PersonalData,
  PostalAddressV1,
  PROVINCE_CODE_PATTERN,
  Sex,
  SEXES,
} from './common.types';
import { defineEvent } from './event-definition';

@JSONSchema({ description: 'A marriage was registered; correspondence congratulates the couple.' })
export class MarriageRegisteredV1 {
  @IsUUID()
  registrationId: string;

  @Matches(COMMUNE_CODE_PATTERN, { message: 'communeCode must be a 5-digit commune code' })
  communeCode: string;

  @Matches(PROVINCE_CODE_PATTERN, { message: 'provinceCode must be a 2-digit province code' })
  provinceCode: string;

  @IsISO8601({ strict: true })
  registeredAt: string;

  @ValidateNested()
  @Type(() => AddressedPersonV1)
  @IsDefined()
  husband: AddressedPersonV1;

  @ValidateNested()
  @Type(() => AddressedPersonV1)
  @IsDefined()
  wife: AddressedPersonV1;

  @ValidateNested()
  @Type(() => PostalAddressV1)
  @IsDefined()
  address: PostalAddressV1;
}

export class DeceasedPersonV1 {
  @PersonalData("Deceased person's full name.")
  @IsString()
  @Length(1, 100)
  fullName: string;

  @Matches(CALENDAR_DATE_PATTERN, { message: 'dateOfDeath must be a date YYYY-MM-DD' })
  dateOfDeath: string;

  @PersonalData(
    'Sex of the deceased, when recorded: the condolence names them "Ông", "Bà" or "Cụ".',
  )
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex;

  @PersonalData(
    'Date of birth of the deceased (YYYY-MM-DD), when recorded: the condolence gives the age.',
  )
  @IsOptional()
  @Matches(CALENDAR_DATE_PATTERN, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  dateOfBirth?: string;
}

export class BereavedFamilyV1 {
  @PersonalData('Full name of the family member who declared the death.')
  @IsString()
  @Length(1, 100)
  fullName: string;

  @PersonalData("Declarant's sex, when recorded.")
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex;

  @PersonalData("Declarant's date of birth (YYYY-MM-DD), when recorded.")
  @IsOptional()
  @Matches(CALENDAR_DATE_PATTERN, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  dateOfBirth?: string;

  @IsOptional()
  @IsString()
  @Length(1, 50)
  relationship?: string;
}

@JSONSchema({
  description: 'A death was registered; correspondence sends condolences to the family.',
})
export class DeathRegisteredV1 {
  @IsUUID()
  registrationId: string;

  @Matches(COMMUNE_CODE_PATTERN, { message: 'communeCode must be a 5-digit commune code' })
  communeCode: string;

  @Matches(PROVINCE_CODE_PATTERN, { message: 'provinceCode must be a 2-digit province code' })
  provinceCode: string;

  @IsISO8601({ strict: true })
  registeredAt: string;

  @ValidateNested()
  @Type(() => DeceasedPersonV1)
  @IsDefined()
  deceased: DeceasedPersonV1;

  @ValidateNested()
  @Type(() => BereavedFamilyV1)
  @IsDefined()
  family: BereavedFamilyV1;

  @ValidateNested()
  @Type(() => PostalAddressV1)
  @IsDefined()
  address: PostalAddressV1;
}

export const MARRIAGE_REGISTERED_V1 = defineEvent({
  name: 'marriage.registered',
  version: 1,
  topic: TOPICS.civilStatus,
  producer: 'intake',
  summary: 'A marriage was registered; correspondence sends the couple a congratulation letter.',
  dataClass: MarriageRegisteredV1,
});

export const DEATH_REGISTERED_V1 = defineEvent({
  name: 'death.registered',
  version: 1,
  topic: TOPICS.civilStatus,
  producer: 'intake',
  summary: 'A death was registered; correspondence sends the family a condolence letter.',
  dataClass: DeathRegisteredV1,
});
