import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { HourMinute } from '@libs/calendar';
import {
  BooleanField,
  CommuneCodeField,
  EnumField,
  IntField,
  PatternField,
  TextField,
} from '@libs/service-kit';

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
  @CommuneCodeField({
    optional: true,
    description: 'The commune whose catalogue to show; without it, the built-in catalogue.',
  })
  communeCode?: string;
}

export class DefineProcedureRequestDto {
  @CommuneCodeField({ description: 'The commune this entry applies to' })
  communeCode: string;

  @TextField({
    label: 'Tên thủ tục',
    min: 1,
    max: 300,
    example: 'Xác nhận thông tin về cư trú',
  })
  name: string;

  @PatternField({
    label: 'Mã thủ tục quốc gia',
    pattern: /^\d\.\d{6}$/,
    rule: 'có dạng 1.001193',
    optional: true,
    example: '1.001193',
  })
  nationalCode?: string;

  @TextField({
    label: 'Căn cứ pháp lý',
    min: 1,
    max: 1000,
    optional: true,
    example: 'Nghị định 23/2015/NĐ-CP, Điều 7',
  })
  legalBasis?: string;

  @IntField({
    label: 'Thời hạn giải quyết',
    min: 0,
    max: 365,
    unit: 'ngày làm việc',
    example: 3,
    description: 'Working days after the receipt day; 0 = same day',
  })
  processingWorkingDays: number;

  @PatternField({
    label: 'Giờ chốt tiếp nhận',
    pattern: /^([01]\d|2[0-3]):[0-5]\d$/,
    rule: 'có dạng HH:MM',
    optional: true,
    example: '15:00',
    description: 'Receipts at or after this time count from the next working day',
  })
  cutoff?: string;

  @IntField({
    label: 'Lệ phí',
    min: 0,
    max: 100_000_000,
    example: 0,
    description: 'Fee in đồng',
  })
  feeVnd: number;

  @TextField({ label: 'Ghi chú lệ phí', min: 1, max: 500, optional: true })
  feeNote?: string;

  @EnumField({ label: 'Mức độ cung cấp dịch vụ', values: SERVICE_LEVELS })
  serviceLevel: ServiceLevel;

  @EnumField({ label: 'Kết quả hộ tịch', values: CIVIL_STATUS_OUTCOMES })
  civilStatusOutcome: CivilStatusOutcome;

  @BooleanField({
    label: 'Trạng thái áp dụng',
    optional: true,
    default: true,
    description: 'false withdraws it from the commune',
  })
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

/** How a procedure is named wherever it is shown: its key, its name, its national code. */
export class ProcedureNamingDto {
  @ApiProperty({ example: 'birth-registration' })
  key: string;

  @ApiProperty({ example: 'Đăng ký khai sinh' })
  name: string;

  @ApiPropertyOptional({ example: '1.001193' })
  nationalCode?: string;
}

export class ProcedureResponseDto extends ProcedureNamingDto {
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
