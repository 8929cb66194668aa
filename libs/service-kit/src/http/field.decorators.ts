import { applyDecorators, Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsCalendarDate } from './calendar-date.validator';
import { IsCommuneCode, IsProcedureKey } from './code.validators';
import { IsMailboxAddress } from './mailbox-address.validator';

/**
 * What every request field says of itself: a Vietnamese label that starts each of its messages
 * (`'Mã tài khoản'` gives "Mã tài khoản phải là chuỗi ký tự."), whether it may be left out, and
 * what the OpenAPI document shows of it.
 */
export interface FieldOptions extends ApiFieldOptions {
  label: string;
}

/** What the OpenAPI document shows of a field, and whether it may be left out. */
export interface ApiFieldOptions {
  optional?: boolean;
  example?: unknown;
  description?: string;
  default?: unknown;
}

/** The one wording of every rule a request field can break (Vietnamese, one sentence each). */
export const FIELD_MESSAGES = {
  notString: (label: string) => `${label} phải là chuỗi ký tự.`,
  empty: (label: string) => `${label} không được để trống.`,
  length: (label: string, min: number, max: number) => `${label} dài từ ${min} đến ${max} ký tự.`,
  tooLong: (label: string, max: number) => `${label} không được dài quá ${max} ký tự.`,
  notOneOf: (label: string, values: readonly string[]) => `${label} phải là ${orList(values)}.`,
  notInteger: (label: string) => `${label} phải là số nguyên.`,
  belowMin: (label: string, min: number, unit = '') =>
    `${label} tối thiểu là ${vietnameseNumber(min)}${unit}.`,
  aboveMax: (label: string, max: number, unit = '') =>
    `${label} tối đa là ${vietnameseNumber(max)}${unit}.`,
  notBoolean: (label: string) => `${label} phải là true hoặc false.`,
  notInstant: (label: string) =>
    `${label} phải là thời điểm có múi giờ, ví dụ 2026-03-02T17:00:00+07:00.`,
  unrealInstant: (label: string) => `${label} không phải là thời điểm có thật.`,
  notDate: (label: string) => `${label} phải là một ngày có thật, dạng YYYY-MM-DD.`,
  notList: (label: string) => `${label} phải là một mảng.`,
  notObject: (label: string) => `${label} phải là một đối tượng.`,
  notObjects: (label: string) => `Mỗi phần tử của ${lowerFirst(label)} phải là một đối tượng.`,
  tooFew: (min: number, unit: string) => `Cần ít nhất ${min} ${unit}.`,
  tooMany: (max: number, unit: string) => `Tối đa ${max} ${unit}.`,
} as const;

/** 100000000 as an official text writes it, 100.000.000; four digits stay as they are. */
function vietnameseNumber(value: number): string {
  return Math.abs(value) >= 10_000 ? String(value).replace(/\B(?=(\d{3})+$)/g, '.') : String(value);
}

function lowerFirst(label: string): string {
  return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
}

/** `a, b hoặc c`: the allowed values as a sentence reads them. */
function orList(values: readonly string[]): string {
  return values.length > 1
    ? `${values.slice(0, -1).join(', ')} hoặc ${values[values.length - 1] ?? ''}`
    : values.join('');
}

/**
 * An instant written out in full with its offset (`2026-03-02T17:00:00+07:00`): a local time
 * without one is ambiguous, and the basic ISO form (`20260302T170000Z`) is not read by `Date`.
 */
const INSTANT_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Swagger metadata plus the rules, listed in the order they would be stacked on a property. */
function field(
  options: ApiFieldOptions,
  schema: ApiPropertyOptions,
  ...rules: PropertyDecorator[]
): PropertyDecorator {
  const { optional, example, description } = options;
  const api = {
    ...schema,
    ...(example !== undefined ? { example } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(options.default !== undefined ? { default: options.default } : {}),
  };
  // Stacked decorators run from the bottom up; reversing keeps the messages in that order.
  return applyDecorators(
    ...[optional ? ApiPropertyOptional(api) : ApiProperty(api), ...rules].reverse(),
    ...(optional ? [IsOptional()] : []),
  );
}

export interface TextFieldOptions extends FieldOptions {
  max: number;
  /** 1 or more: "dài từ min đến max"; 0: may be empty; left out: must not be empty. */
  min?: number;
}

/** A string of at most `max` characters. */
export function TextField(options: TextFieldOptions): PropertyDecorator {
  const { label, min, max } = options;
  const minLength = min ?? 1;
  return field(
    options,
    { type: String, ...(minLength > 0 ? { minLength } : {}), maxLength: max },
    IsString({ message: FIELD_MESSAGES.notString(label) }),
    ...(min === undefined ? [IsNotEmpty({ message: FIELD_MESSAGES.empty(label) })] : []),
    min
      ? Length(min, max, { message: FIELD_MESSAGES.length(label, min, max) })
      : MaxLength(max, { message: FIELD_MESSAGES.tooLong(label, max) }),
  );
}

export interface PatternFieldOptions extends FieldOptions {
  pattern: RegExp;
  /** What the value must look like, after the label: `gồm 12 chữ số`, `có dạng HH:MM`. */
  rule: string;
}

/**
 * A day written YYYY-MM-DD whose reality the domain checks itself, in its own words
 * (`PatternField({ label: 'Ngày sinh', ...DAY_SHAPE })`).
 */
export const DAY_SHAPE = {
  pattern: /^\d{4}-\d{2}-\d{2}$/,
  rule: 'phải có dạng YYYY-MM-DD',
} as const;

/** A month written YYYY-MM (`PatternField({ label: 'Kỳ', ...MONTH_SHAPE })`). */
export const MONTH_SHAPE = {
  pattern: /^\d{4}-(0[1-9]|1[0-2])$/,
  rule: 'phải có dạng YYYY-MM (tháng 01–12)',
} as const;

/** A string of a fixed shape: a code, a number, a month. */
export function PatternField(options: PatternFieldOptions): PropertyDecorator {
  return field(
    options,
    { type: String },
    Matches(options.pattern, { message: `${options.label} ${options.rule}.` }),
  );
}

export interface EnumFieldOptions extends FieldOptions {
  values: readonly string[];
}

/** One of a fixed list of values, named in the message. */
export function EnumField(options: EnumFieldOptions): PropertyDecorator {
  const { label, values } = options;
  return field(
    options,
    { enum: [...values] },
    IsIn(values, { message: FIELD_MESSAGES.notOneOf(label, values) }),
  );
}

export interface IntFieldOptions extends FieldOptions {
  min?: number;
  max?: number;
  /** Appended to the bounds in the messages, e.g. `ngày` gives "tối đa là 30 ngày". */
  unit?: string;
  /** The legal basis of the upper bound, cited in its message. */
  basis?: string;
}

/** A whole number, within bounds when given. */
export function IntField(options: IntFieldOptions): PropertyDecorator {
  const { label, min, max, basis } = options;
  const unit = options.unit ? ` ${options.unit}` : '';
  const cited = basis ? ` (${basis})` : '';
  return field(
    options,
    {
      type: 'integer',
      ...(min !== undefined ? { minimum: min } : {}),
      ...(max !== undefined ? { maximum: max } : {}),
    },
    IsInt({ message: FIELD_MESSAGES.notInteger(label) }),
    ...(min !== undefined
      ? [Min(min, { message: FIELD_MESSAGES.belowMin(label, min, unit) })]
      : []),
    ...(max !== undefined
      ? [
          Max(max, {
            message: FIELD_MESSAGES.aboveMax(label, max, unit).replace(/\.$/, `${cited}.`),
          }),
        ]
      : []),
  );
}

export interface BooleanFieldOptions extends FieldOptions {
  /** In a query string: `true` and `false` are read as booleans. */
  query?: boolean;
}

/** true or false. */
export function BooleanField(options: BooleanFieldOptions): PropertyDecorator {
  return field(
    options,
    { type: Boolean },
    ...(options.query
      ? [
          Transform(({ value }: { value: unknown }) =>
            value === 'true' ? true : value === 'false' ? false : value,
          ),
        ]
      : []),
    IsBoolean({ message: FIELD_MESSAGES.notBoolean(options.label) }),
  );
}

/** An instant with its offset, e.g. `2026-03-02T17:00:00+07:00`, that exists. */
export function InstantField(options: FieldOptions): PropertyDecorator {
  const { label } = options;
  return field(
    options,
    { type: String, format: 'date-time' },
    Matches(INSTANT_WITH_OFFSET, { message: FIELD_MESSAGES.notInstant(label) }),
    IsISO8601({ strict: true }, { message: FIELD_MESSAGES.unrealInstant(label) }),
  );
}

/** A calendar day that exists, written YYYY-MM-DD. */
export function DateField(options: FieldOptions): PropertyDecorator {
  return field(
    options,
    { type: String, format: 'date' },
    IsCalendarDate({ message: FIELD_MESSAGES.notDate(options.label) }),
  );
}

/**
 * A 2025 commune code (five digits), shown as `14797`. Its message names the field as the
 * path parameter's does, so a body, a query and a path refuse a bad code in the same words.
 */
export function CommuneCodeField(options: ApiFieldOptions = {}): PropertyDecorator {
  return field({ example: '14797', ...options }, { type: String }, IsCommuneCode());
}

/** A procedure key of the catalogue, e.g. `birth-registration`, worded like the commune code. */
export function ProcedureKeyField(
  options: ApiFieldOptions & { max?: number } = {},
): PropertyDecorator {
  const { max } = options;
  return field(
    options,
    { type: String, ...(max ? { maxLength: max } : {}) },
    IsProcedureKey(),
    ...(max
      ? [MaxLength(max, { message: ({ property }) => FIELD_MESSAGES.tooLong(property, max) })]
      : []),
  );
}

/** A citizen's e-mail address, an ordinary mailbox (see {@link IsMailboxAddress}). */
export function MailboxField(options: ApiFieldOptions = {}): PropertyDecorator {
  return field(
    options,
    { type: String, maxLength: 254 },
    IsString({ message: FIELD_MESSAGES.notString('Địa chỉ thư điện tử') }),
    IsMailboxAddress(),
  );
}

export interface ListOptions {
  /** Counts in the messages: `Tối đa 20 người tham gia.` */
  unit: string;
  min?: number;
  max: number;
}

function listRules(label: string, { unit, min, max }: ListOptions): PropertyDecorator[] {
  return [
    IsArray({ message: FIELD_MESSAGES.notList(label) }),
    ...(min ? [ArrayMinSize(min, { message: FIELD_MESSAGES.tooFew(min, unit) })] : []),
    ArrayMaxSize(max, { message: FIELD_MESSAGES.tooMany(max, unit) }),
  ];
}

function listSchema({ min, max }: ListOptions): ApiPropertyOptions {
  return { ...(min ? { minItems: min } : {}), maxItems: max };
}

export interface NestedFieldOptions extends FieldOptions {
  type: Class<object>;
  /** A list of such objects rather than one. */
  list?: ListOptions;
}

/** An object (or a list of objects) validated by its own DTO class. */
export function NestedField(options: NestedFieldOptions): PropertyDecorator {
  const { label, type, list, optional } = options;
  const rules = list
    ? [
        ...listRules(label, list),
        ValidateNested({ each: true, message: FIELD_MESSAGES.notObjects(label) }),
      ]
    : [
        ...(optional ? [] : [IsDefined({ message: FIELD_MESSAGES.empty(label) })]),
        ValidateNested({ message: FIELD_MESSAGES.notObject(label) }),
      ];
  return field(
    options,
    list ? { type: [type], ...listSchema(list) } : { type },
    ...rules,
    Type(() => type),
  );
}

export interface TextListFieldOptions extends FieldOptions {
  list: ListOptions;
  /** The label of one entry, e.g. `Họ tên người tham gia`. */
  itemLabel: string;
  /** Each entry's length, as in {@link TextField}; left out: entries are only strings. */
  itemMin?: number;
  itemMax?: number;
}

/** A list of strings, each checked like a {@link TextField}. */
export function TextListField(options: TextListFieldOptions): PropertyDecorator {
  const { label, list, itemLabel, itemMin = 1, itemMax } = options;
  return field(
    options,
    { type: [String], ...listSchema(list) },
    ...listRules(label, list),
    IsString({ each: true, message: FIELD_MESSAGES.notString(itemLabel) }),
    ...(itemMax
      ? [
          Length(itemMin, itemMax, {
            each: true,
            message: FIELD_MESSAGES.length(itemLabel, itemMin, itemMax),
          }),
        ]
      : []),
  );
}
