import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

export const COMMUNE_CODE_PATTERN = /^\d{5}$/;
/** A procedure key of the catalogue, e.g. `khai-sinh`: lower-case words joined by hyphens. */
export const PROCEDURE_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PROVINCE_CODE_PATTERN = /^\d{2}$/;
export const CALENDAR_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Marks a property as personal data in the public event catalogue. */
export const PersonalData = (description: string): ReturnType<typeof JSONSchema> =>
  JSONSchema({ description, 'x-personal-data': true });

export class PersonNameV1 {
  @PersonalData('Full name with Vietnamese diacritics (NFC).')
  @IsString()
  @Length(1, 100)
  fullName: string;
}

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * A named person with, when the record has them, sex and date of birth: letters address the
 * person as "Ông", "Bà", "Anh" or "Chị" from them instead of the placeholder "Ông/Bà".
 */
export class AddressedPersonV1 extends PersonNameV1 {
  @PersonalData('Sex as on the identity or civil-status record; absent when not recorded.')
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex;

  @PersonalData('Date of birth (YYYY-MM-DD); absent when not recorded.')
  @IsOptional()
  @Matches(CALENDAR_DATE_PATTERN, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  dateOfBirth?: string;
}

export class PostalAddressV1 {
  @PersonalData('House number, street, hamlet or residential group.')
  @IsString()
  @Length(1, 200)
  line: string;

  @JSONSchema({ description: '5-digit 2025 commune code of the address.' })
  @Matches(COMMUNE_CODE_PATTERN, { message: 'communeCode must be a 5-digit commune code' })
  communeCode: string;
}
