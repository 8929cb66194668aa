import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { UNIT_NAMINGS, UnitNaming } from '@libs/documents';

import {
  APPROVAL_FALLBACKS,
  ApprovalFallback,
  LetterSettings,
  SIGNER_ROLES,
  SignerRole,
} from '../domain/letter-settings';

export class KindSettingDto {
  @ApiProperty({ enum: LETTER_KINDS })
  @IsIn(LETTER_KINDS, { message: `kind phải là một trong: ${LETTER_KINDS.join(', ')}` })
  kind: LetterKind;

  @ApiProperty({ description: 'Whether the commune sends this kind of letter.' })
  @IsBoolean({ message: 'enabled phải là true hoặc false' })
  enabled: boolean;

  @ApiProperty({ description: 'Whether a leader approves each letter before it goes out.' })
  @IsBoolean({ message: 'approvalRequired phải là true hoặc false' })
  approvalRequired: boolean;
}

export class SignerDto {
  @ApiProperty({
    enum: SIGNER_ROLES,
    description:
      'chair signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", vice-chair "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"',
  })
  @IsIn(SIGNER_ROLES, { message: `role phải là một trong: ${SIGNER_ROLES.join(', ')}` })
  role: SignerRole;

  @ApiPropertyOptional({ example: 'Lê Thị Hương' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'fullName dài từ 1 đến 100 ký tự' })
  fullName?: string;
}

export class OccasionWindowsDto {
  @ApiProperty({
    example: 60,
    description:
      'A birth registered within this many days of the birth gets a letter (default 60, Luật Hộ tịch Art. 15).',
  })
  @IsInt({ message: 'birthDays phải là số nguyên' })
  @Min(0, { message: 'birthDays không được âm' })
  @Max(3650, { message: 'birthDays tối đa 3650 ngày' })
  birthDays: number;

  @ApiProperty({
    example: 15,
    description:
      'A death registered within this many days of the death gets a condolence (default 15, Luật Hộ tịch Art. 33).',
  })
  @IsInt({ message: 'deathDays phải là số nguyên' })
  @Min(0, { message: 'deathDays không được âm' })
  @Max(3650, { message: 'deathDays tối đa 3650 ngày' })
  deathDays: number;
}

export class ApologyApprovalDto {
  @ApiProperty({
    example: 4,
    description:
      'Hours a leader has to approve an apology; never later than the original due time.',
  })
  @IsInt({ message: 'withinHours phải là số nguyên' })
  @Min(1, { message: 'withinHours tối thiểu 1 giờ' })
  @Max(48, { message: 'withinHours tối đa 48 giờ' })
  withinHours: number;

  @ApiProperty({
    enum: APPROVAL_FALLBACKS,
    description: 'send: the apology goes out as drafted; escalate: it is raised to the chair.',
  })
  @IsIn(APPROVAL_FALLBACKS, {
    message: `otherwise phải là một trong: ${APPROVAL_FALLBACKS.join(', ')}`,
  })
  otherwise: ApprovalFallback;
}

export class UpdateLetterSettingsRequestDto {
  @ApiPropertyOptional({ type: OccasionWindowsDto })
  @IsOptional()
  @IsDefined()
  @ValidateNested()
  @Type(() => OccasionWindowsDto)
  occasionWindows?: OccasionWindowsDto;

  @ApiPropertyOptional({ type: ApologyApprovalDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApologyApprovalDto)
  apologyApproval?: ApologyApprovalDto;

  @ApiPropertyOptional({
    enum: UNIT_NAMINGS,
    description:
      'What the commune is named after. person, number or event: full name on the date line and a capitalised unit noun in sentences (Decree 30/2020, Phụ lục I §II.4a, Phụ lục II §III.1b).',
  })
  @IsOptional()
  @IsIn(UNIT_NAMINGS, { message: `unitNaming phải là một trong: ${UNIT_NAMINGS.join(', ')}` })
  unitNaming?: UnitNaming;

  @ApiPropertyOptional({ example: 'Trung tâm Phục vụ hành chính công' })
  @IsOptional()
  @IsString()
  @Length(5, 120, { message: 'oneStopCentreName dài từ 5 đến 120 ký tự' })
  oneStopCentreName?: string;

  @ApiPropertyOptional({ example: 'UBND', description: 'Symbol after the number: "Số: 05/UBND".' })
  @IsOptional()
  @Matches(/^[A-ZĐ]{1,10}(-[A-ZĐ]{1,10}){0,2}$/u, {
    message: 'numberSymbol gồm chữ in hoa viết tắt, nối bằng dấu gạch nối, ví dụ UBND-TTPVHCC',
  })
  numberSymbol?: string;

  @ApiPropertyOptional({
    type: [KindSettingDto],
    description: 'Kinds to change; kinds not listed keep their setting.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LETTER_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => KindSettingDto)
  kinds?: KindSettingDto[];

  @ApiPropertyOptional({ type: SignerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignerDto)
  signer?: SignerDto;
}

export class LetterSettingsResponseDto {
  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ type: [KindSettingDto] })
  kinds: KindSettingDto[];

  @ApiProperty({ type: SignerDto })
  signer: SignerDto;

  @ApiProperty({ type: [String], example: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] })
  signatureBlock: string[];

  @ApiProperty({ type: OccasionWindowsDto })
  occasionWindows: OccasionWindowsDto;

  @ApiProperty({ type: ApologyApprovalDto })
  apologyApproval: ApologyApprovalDto;

  @ApiProperty({ enum: UNIT_NAMINGS, description: 'As configured, or as seen from the name.' })
  unitNaming: UnitNaming;

  @ApiProperty({ example: 'Trung tâm Phục vụ hành chính công' })
  oneStopCentreName: string;

  @ApiProperty({ example: 'UBND' })
  numberSymbol: string;

  @ApiProperty({ description: '0 while the commune uses the defaults.' })
  version: number;

  @ApiPropertyOptional({ format: 'date-time' })
  updatedAt?: string;

  static from(
    settings: LetterSettings,
    signatureBlock: string[],
    unitNaming: UnitNaming,
  ): LetterSettingsResponseDto {
    return {
      communeCode: settings.communeCode,
      kinds: settings.kinds,
      signer: settings.signer,
      signatureBlock,
      occasionWindows: settings.occasionWindows,
      apologyApproval: settings.apologyApproval,
      unitNaming,
      oneStopCentreName: settings.oneStopCentreName,
      numberSymbol: settings.numberSymbol,
      version: settings.version,
      ...(settings.updatedAt ? { updatedAt: settings.updatedAt.toISOString() } : {}),
    };
  }
}
