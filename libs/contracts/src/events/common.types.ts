import { IsString, Length, Matches } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

export const COMMUNE_CODE_PATTERN = /^\d{5}$/;
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

export class PostalAddressV1 {
  @PersonalData('House number, street, hamlet or residential group.')
  @IsString()
  @Length(1, 200)
  line: string;

  @JSONSchema({ description: '5-digit 2025 commune code of the address.' })
  @Matches(COMMUNE_CODE_PATTERN, { message: 'communeCode must be a 5-digit commune code' })
  communeCode: string;
}
