import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import {
  AddressedPersonV1,
  CALENDAR_DATE_PATTERN,
  CommuneCode,
  FullName,
  PostalAddressV1,
  ProvinceCode,
  RequiredNested,
  Sex,
  SEXES,
} from './common.types';
import { defineEvent } from './event-definition';

export class BornChildV1 {
  @FullName("Child's full name.")
  fullName: string;

  @JSONSchema({ description: 'Calendar date of birth (YYYY-MM-DD).', format: 'date' })
  @Matches(CALENDAR_DATE_PATTERN, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  dateOfBirth: string;

  @IsIn(SEXES)
  sex: Sex;
}

@JSONSchema({
  description:
    'A birth was registered at a commune one-stop desk. Carries what is needed to address a congratulation letter to the parents.',
})
export class BirthRegisteredV1 {
  @IsUUID()
  registrationId: string;

  @JSONSchema({ description: '5-digit 2025 code of the registering commune (the tenant).' })
  @CommuneCode()
  communeCode: string;

  @ProvinceCode()
  provinceCode: string;

  @JSONSchema({ description: 'When the registration took effect (RFC 3339).' })
  @IsISO8601({ strict: true })
  registeredAt: string;

  @RequiredNested(() => BornChildV1)
  child: BornChildV1;

  @ValidateIf((event: BirthRegisteredV1) => event.mother == null || event.father != null)
  @IsDefined({ message: 'father or mother is required' })
  @ValidateNested()
  @Type(() => AddressedPersonV1)
  father?: AddressedPersonV1;

  @IsOptional()
  @ValidateNested()
  @Type(() => AddressedPersonV1)
  mother?: AddressedPersonV1;

  @RequiredNested(() => PostalAddressV1)
  address: PostalAddressV1;
}

export const BIRTH_REGISTERED_V1 = defineEvent({
  name: 'birth.registered',
  version: 1,
  topic: TOPICS.civilStatus,
  producer: 'intake',
  summary: 'A birth was registered; correspondence sends the parents a congratulation letter.',
  dataClass: BirthRegisteredV1,
});
