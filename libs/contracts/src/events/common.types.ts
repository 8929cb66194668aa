import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

export const COMMUNE_CODE_PATTERN = /^\d{5}$/;
/** A procedure key of the catalogue, e.g. `khai-sinh`: lower-case words joined by hyphens. */
export const PROCEDURE_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PROVINCE_CODE_PATTERN = /^\d{2}$/;
export const CALENDAR_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PHONE_PATTERN = /^\+?\d{9,15}$/;

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/** A decorator of a contract property, whose name is always a string. */
export type ContractPropertyDecorator = (target: object, property: string) => void;

/**
 * The decorators as if written one above the other on the property: the last applies first,
 * as TypeScript applies them, so the generated schemas keep their keyword order.
 */
export function stacked(...decorators: ContractPropertyDecorator[]): ContractPropertyDecorator {
  return (target, property) => {
    for (const decorator of [...decorators].reverse()) {
      decorator(target, property);
    }
  };
}

/** Marks a property as personal data in the public event catalogue. */
export const PersonalData = (description: string): ReturnType<typeof JSONSchema> =>
  JSONSchema({ description, 'x-personal-data': true });

/** The 5-digit 2025 commune code (the tenant) an event belongs to. */
export const CommuneCode = (): PropertyDecorator =>
  Matches(COMMUNE_CODE_PATTERN, { message: 'communeCode must be a 5-digit commune code' });

/** The 2-digit province code of the commune. */
export const ProvinceCode = (): PropertyDecorator =>
  Matches(PROVINCE_CODE_PATTERN, { message: 'provinceCode must be a 2-digit province code' });

/** A nested contract object the event must carry. */
export const RequiredNested = (type: () => new () => object): ContractPropertyDecorator =>
  stacked(ValidateNested(), Type(type), IsDefined());

/** The token subject of the officer who acted, when one did. */
export const OptionalOfficerId = (): ContractPropertyDecorator =>
  stacked(IsOptional(), IsString(), Length(1, 100));

/** A person's full name: personal data, described for the place it stands. */
export const FullName = (description: string): ContractPropertyDecorator =>
  stacked(PersonalData(description), IsString(), Length(1, 100));

/** Sex as recorded, when it is: letters choose the form of address from it. */
export const OptionalSex = (description: string): ContractPropertyDecorator =>
  stacked(PersonalData(description), IsOptional(), IsIn(SEXES));

/** Date of birth (YYYY-MM-DD), when recorded. */
export const OptionalDateOfBirth = (description: string): ContractPropertyDecorator =>
  stacked(
    PersonalData(description),
    IsOptional(),
    Matches(CALENDAR_DATE_PATTERN, { message: 'dateOfBirth must be a date YYYY-MM-DD' }),
  );

/** A postal address line (house number, street, hamlet), when given. */
export const OptionalAddressLine = (description: string): ContractPropertyDecorator =>
  stacked(PersonalData(description), IsOptional(), IsString(), Length(1, 200));

/** An e-mail address, when given. */
export const OptionalEmail = (description: string): ContractPropertyDecorator =>
  stacked(PersonalData(description), IsOptional(), IsEmail());

/** A mobile phone number, when given. */
export const OptionalPhone = (description: string): ContractPropertyDecorator =>
  stacked(
    PersonalData(description),
    IsOptional(),
    Matches(PHONE_PATTERN, { message: 'phone must be 9–15 digits' }),
  );

export class PersonNameV1 {
  @FullName('Full name with Vietnamese diacritics (NFC).')
  fullName: string;
}

/**
 * A named person with, when the record has them, sex and date of birth: letters address the
 * person as "Ông", "Bà", "Anh" or "Chị" from them instead of the placeholder "Ông/Bà".
 */
export class AddressedPersonV1 extends PersonNameV1 {
  @OptionalSex('Sex as on the identity or civil-status record; absent when not recorded.')
  sex?: Sex;

  @OptionalDateOfBirth('Date of birth (YYYY-MM-DD); absent when not recorded.')
  dateOfBirth?: string;
}

export class PostalAddressV1 {
  @PersonalData('House number, street, hamlet or residential group.')
  @IsString()
  @Length(1, 200)
  line: string;

  @JSONSchema({ description: '5-digit 2025 commune code of the address.' })
  @CommuneCode()
  communeCode: string;
}
