import { IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import {
  AddressedPersonV1,
  CALENDAR_DATE_PATTERN,
  CommuneCode,
  FullName,
  OptionalDateOfBirth,
  OptionalSex,
  PostalAddressV1,
  ProvinceCode,
  RequiredNested,
  Sex,
} from './common.types';
import { defineEvent } from './event-definition';

@JSONSchema({ description: 'A marriage was registered; correspondence congratulates the couple.' })
export class MarriageRegisteredV1 {
  @IsUUID()
  registrationId: string;

  @CommuneCode()
  communeCode: string;

  @ProvinceCode()
  provinceCode: string;

  @IsISO8601({ strict: true })
  registeredAt: string;

  @RequiredNested(() => AddressedPersonV1)
  husband: AddressedPersonV1;

  @RequiredNested(() => AddressedPersonV1)
  wife: AddressedPersonV1;

  @RequiredNested(() => PostalAddressV1)
  address: PostalAddressV1;
}

export class DeceasedPersonV1 {
  @FullName("Deceased person's full name.")
  fullName: string;

  @Matches(CALENDAR_DATE_PATTERN, { message: 'dateOfDeath must be a date YYYY-MM-DD' })
  dateOfDeath: string;

  @OptionalSex('Sex of the deceased, when recorded: the condolence names them "Ông", "Bà" or "Cụ".')
  sex?: Sex;

  @OptionalDateOfBirth(
    'Date of birth of the deceased (YYYY-MM-DD), when recorded: the condolence gives the age.',
  )
  dateOfBirth?: string;
}

export class BereavedFamilyV1 {
  @FullName('Full name of the family member who declared the death.')
  fullName: string;

  @OptionalSex("Declarant's sex, when recorded.")
  sex?: Sex;

  @OptionalDateOfBirth("Declarant's date of birth (YYYY-MM-DD), when recorded.")
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

  @CommuneCode()
  communeCode: string;

  @ProvinceCode()
  provinceCode: string;

  @IsISO8601({ strict: true })
  registeredAt: string;

  @RequiredNested(() => DeceasedPersonV1)
  deceased: DeceasedPersonV1;

  @RequiredNested(() => BereavedFamilyV1)
  family: BereavedFamilyV1;

  @RequiredNested(() => PostalAddressV1)
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
