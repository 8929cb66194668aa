import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { LetterSettings, SIGNER_ROLES, SignerRole } from '../domain/letter-settings';

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

export class UpdateLetterSettingsRequestDto {
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

  @ApiProperty({ description: '0 while the commune uses the defaults.' })
  version: number;

  @ApiPropertyOptional({ format: 'date-time' })
  updatedAt?: string;

  static from(settings: LetterSettings, signatureBlock: string[]): LetterSettingsResponseDto {
    return {
      communeCode: settings.communeCode,
      kinds: settings.kinds,
      signer: settings.signer,
      signatureBlock,
      version: settings.version,
      ...(settings.updatedAt ? { updatedAt: settings.updatedAt.toISOString() } : {}),
    };
  }
}
