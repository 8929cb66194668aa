import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { UNIT_NAMINGS, UnitNaming } from '@libs/documents';
import {
  BooleanField,
  EnumField,
  IntField,
  NestedField,
  PatternField,
  TextField,
} from '@libs/service-kit';

import {
  APPROVAL_FALLBACKS,
  ApprovalFallback,
  LetterSettings,
  SIGNER_ROLES,
  SignerRole,
} from '../domain/letter-settings';

export class KindSettingDto {
  @EnumField({ label: 'Loại thư', values: LETTER_KINDS })
  kind: LetterKind;

  @BooleanField({
    label: 'Trạng thái gửi thư',
    description: 'Whether the commune sends this kind of letter.',
  })
  enabled: boolean;

  @BooleanField({
    label: 'Yêu cầu phê duyệt',
    description: 'Whether a leader approves each letter before it goes out.',
  })
  approvalRequired: boolean;
}

export class SignerDto {
  @EnumField({
    label: 'Chức vụ người ký',
    values: SIGNER_ROLES,
    description:
      'chair signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", vice-chair "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"',
  })
  role: SignerRole;

  @TextField({
    label: 'Họ tên người ký',
    min: 1,
    max: 100,
    optional: true,
    example: 'Lê Thị Hương',
  })
  fullName?: string;
}

const WINDOW = { min: 0, max: 3650, unit: 'ngày' };

export class OccasionWindowsDto {
  @IntField({
    label: 'Thời hạn gửi thư chúc mừng khai sinh',
    ...WINDOW,
    example: 60,
    description:
      'A birth registered within this many days of the birth gets a letter (default 60, Luật Hộ tịch Art. 15).',
  })
  birthDays: number;

  @IntField({
    label: 'Thời hạn gửi thư chia buồn',
    ...WINDOW,
    example: 15,
    description:
      'A death registered within this many days of the death gets a condolence (default 15, Luật Hộ tịch Art. 33).',
  })
  deathDays: number;
}

export class ApologyApprovalDto {
  @IntField({
    label: 'Thời hạn phê duyệt thư xin lỗi',
    min: 1,
    max: 48,
    unit: 'giờ',
    example: 4,
    description:
      'Hours a leader has to approve an apology; never later than the original due time.',
  })
  withinHours: number;

  @EnumField({
    label: 'Cách xử lý khi quá hạn phê duyệt',
    values: APPROVAL_FALLBACKS,
    description: 'send: the apology goes out as drafted; escalate: it is raised to the chair.',
  })
  otherwise: ApprovalFallback;
}

export class UpdateLetterSettingsRequestDto {
  @NestedField({ label: 'Thời hạn gửi thư', type: OccasionWindowsDto, optional: true })
  occasionWindows?: OccasionWindowsDto;

  @NestedField({ label: 'Phê duyệt thư xin lỗi', type: ApologyApprovalDto, optional: true })
  apologyApproval?: ApologyApprovalDto;

  @EnumField({
    label: 'Cách gọi tên đơn vị',
    values: UNIT_NAMINGS,
    optional: true,
    description:
      'What the commune is named after. person, number or event: full name on the date line and a capitalised unit noun in sentences (Decree 30/2020, Phụ lục I §II.4a, Phụ lục II §III.1b).',
  })
  unitNaming?: UnitNaming;

  @TextField({
    label: 'Tên Trung tâm Phục vụ hành chính công',
    min: 5,
    max: 120,
    optional: true,
    example: 'Trung tâm Phục vụ hành chính công',
  })
  oneStopCentreName?: string;

  @PatternField({
    label: 'Ký hiệu văn bản',
    pattern: /^[A-ZĐ]{1,10}(-[A-ZĐ]{1,10}){0,2}$/u,
    rule: 'gồm chữ in hoa viết tắt, nối bằng dấu gạch nối, ví dụ UBND-TTPVHCC',
    optional: true,
    example: 'UBND',
    description: 'Symbol after the number: "Số: 05/UBND".',
  })
  numberSymbol?: string;

  @NestedField({
    label: 'Danh sách loại thư',
    type: KindSettingDto,
    list: { unit: 'loại thư', max: LETTER_KINDS.length },
    optional: true,
    description: 'Kinds to change; kinds not listed keep their setting.',
  })
  kinds?: KindSettingDto[];

  @NestedField({ label: 'Người ký', type: SignerDto, optional: true })
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
