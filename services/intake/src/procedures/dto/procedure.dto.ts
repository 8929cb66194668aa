import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';

import { HourMinute } from '@libs/calendar';
import { IsCommuneCode } from '@libs/service-kit';

import {
  CERTIFICATION_REGISTERS,
  CertificationRegister,
  CIVIL_STATUS_OUTCOMES,
  CivilStatusOutcome,
  FEE_BASES,
  FeeBasis,
  Procedure,
  ProcedureDefinition,
  SERVICE_LEVELS,
  ServiceLevel,
} from '../domain/procedure';

export class ListProceduresQueryDto {
  @ApiPropertyOptional({
    example: '14797',
    description: 'The commune whose catalogue to show; without it, the built-in catalogue.',
  })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;
}

export class DefineProcedureRequestDto {
  @ApiProperty({ example: '14797', description: 'The commune this entry applies to' })
  @IsCommuneCode()
  communeCode: string;

  @ApiProperty({ example: 'Xác nhận thông tin về cư trú' })
  @IsString()
  @Length(1, 300)
  name: string;

  @ApiPropertyOptional({ example: '1.001193' })
  @IsOptional()
  @Matches(/^\d\.\d{6}$/, { message: 'nationalCode có dạng 1.001193' })
  nationalCode?: string;

  @ApiPropertyOptional({ example: 'Nghị định 23/2015/NĐ-CP, Điều 7' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  legalBasis?: string;

  @ApiProperty({ example: 3, description: 'Working days after the receipt day; 0 = same day' })
  @IsInt({ message: 'processingWorkingDays phải là số nguyên' })
  @Min(0)
  @Max(365)
  processingWorkingDays: number;

  @ApiPropertyOptional({
    example: '15:00',
    description: 'Receipts at or after this time count from the next working day',
  })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'cutoff có dạng HH:MM' })
  cutoff?: string;

  @ApiProperty({ example: 0, description: 'Fee in đồng' })
  @IsInt({ message: 'feeVnd phải là số nguyên' })
  @Min(0)
  @Max(100_000_000)
  feeVnd: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  feeNote?: string;

  @ApiProperty({ enum: SERVICE_LEVELS })
  @IsIn(SERVICE_LEVELS, { message: `serviceLevel là một trong ${SERVICE_LEVELS.join(', ')}` })
  serviceLevel: ServiceLevel;

  @ApiProperty({ enum: CIVIL_STATUS_OUTCOMES })
  @IsIn(CIVIL_STATUS_OUTCOMES, {
    message: `civilStatusOutcome là một trong ${CIVIL_STATUS_OUTCOMES.join(', ')}`,
  })
  civilStatusOutcome: CivilStatusOutcome;

  @ApiPropertyOptional({ default: true, description: 'false withdraws it from the commune' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  toDefinition(key: string): ProcedureDefinition {
    return {
      key,
      name: this.name,
      ...(this.nationalCode ? { nationalCode: this.nationalCode } : {}),
      ...(this.legalBasis ? { legalBasis: this.legalBasis } : {}),
      processingWorkingDays: this.processingWorkingDays,
      ...(this.cutoff ? { cutoff: this.cutoff as HourMinute } : {}),
      feeVnd: this.feeVnd,
      ...(this.feeNote ? { feeNote: this.feeNote } : {}),
      serviceLevel: this.serviceLevel,
      civilStatusOutcome: this.civilStatusOutcome,
      active: this.active ?? true,
    };
  }
}

export class ProcedureResponseDto {
  @ApiProperty({ example: 'birth-registration' })
  key: string;

  @ApiProperty({ example: 'Đăng ký khai sinh' })
  name: string;

  @ApiPropertyOptional({ example: '1.001193' })
  nationalCode?: string;

  @ApiPropertyOptional()
  legalBasis?: string;

  @ApiProperty({ example: 3 })
  processingWorkingDays: number;

  @ApiPropertyOptional({ example: '15:00' })
  cutoff?: string;

  @ApiProperty({ description: 'Whether a receipt after the cut-off counts from the next day' })
  afternoonCutoff: boolean;

  @ApiProperty({ example: 0 })
  feeVnd: number;

  @ApiPropertyOptional()
  feeNote?: string;

  @ApiProperty({ enum: SERVICE_LEVELS })
  serviceLevel: ServiceLevel;

  @ApiProperty({ description: 'Whether it can be submitted online (fully or partly)' })
  offeredOnline: boolean;

  @ApiProperty({ enum: CIVIL_STATUS_OUTCOMES })
  civilStatusOutcome: CivilStatusOutcome;

  @ApiPropertyOptional({
    example: 5,
    description:
      'The legal maximum in working days when verification is needed ("cần xác minh"); absent when the law allows none',
  })
  verificationMaxWorkingDays?: number;

  @ApiPropertyOptional({ example: 'Luật Hộ tịch 2014, Điều 18 khoản 2' })
  verificationLegalBasis?: string;

  @ApiPropertyOptional({ type: [String], description: 'Documents handed in or shown' })
  requiredDocuments?: string[];

  @ApiProperty({ enum: FEE_BASES, description: 'How the amount due is counted' })
  feeBasis: FeeBasis;

  @ApiPropertyOptional({
    enum: CERTIFICATION_REGISTERS,
    description: 'The certification book (sổ chứng thực) its number is taken from',
  })
  certificationRegister?: CertificationRegister;

  @ApiPropertyOptional({ description: 'false when the commune withdrew it' })
  active?: boolean;

  static from(procedure: Procedure | ProcedureDefinition): ProcedureResponseDto {
    const terms: Partial<Procedure> = 'source' in procedure ? procedure : {};
    return {
      key: procedure.key,
      name: procedure.name,
      ...(procedure.nationalCode ? { nationalCode: procedure.nationalCode } : {}),
      ...(procedure.legalBasis ? { legalBasis: procedure.legalBasis } : {}),
      processingWorkingDays: procedure.processingWorkingDays,
      ...(procedure.cutoff ? { cutoff: procedure.cutoff } : {}),
      afternoonCutoff: procedure.cutoff !== undefined,
      feeVnd: procedure.feeVnd,
      ...(procedure.feeNote ? { feeNote: procedure.feeNote } : {}),
      serviceLevel: procedure.serviceLevel,
      offeredOnline: procedure.serviceLevel !== 'counter-only',
      civilStatusOutcome: procedure.civilStatusOutcome,
      ...(terms.verification
        ? {
            verificationMaxWorkingDays: terms.verification.maxWorkingDays,
            verificationLegalBasis: terms.verification.legalBasis,
          }
        : {}),
      ...(terms.requiredDocuments ? { requiredDocuments: [...terms.requiredDocuments] } : {}),
      feeBasis: terms.feeBasis ?? 'flat',
      ...(terms.certificationRegister
        ? { certificationRegister: terms.certificationRegister }
        : {}),
      ...('active' in procedure ? { active: procedure.active } : {}),
    };
  }
}
