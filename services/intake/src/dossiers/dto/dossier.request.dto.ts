import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  DOSSIER_STATUSES,
  DossierStatus,
  PAYMENT_METHODS,
  PaymentMethod,
  Sex,
  SEXES,
} from '@libs/contracts';
import {
  IsCalendarDate,
  IsCommuneCode,
  IsMailboxAddress,
  IsProcedureKey,
  PageLimit,
} from '@libs/service-kit';

import {
  AddressDto,
  BirthDetailsDto,
  PersonNameDto,
} from '../../birth-registration/dto/register-birth.request.dto';
import type { ImportedHistory } from '../application/dossier-lifecycle.service';
import { DOCUMENT_FORMS, DocumentForm } from '../domain/dossier';
import { DOSSIER_CODE_PATTERN } from '../domain/dossier-code';
import { ReceiveDossierRequest } from '../domain/dossier-rules';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An instant with its offset: a local time without one is ambiguous. */
const INSTANT = /(Z|[+-]\d{2}:\d{2})$/;

export class ApplicantDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @Length(1, 100)
  fullName: string;

  @ApiPropertyOptional({ example: '038090001234', description: '12-digit citizen identity number' })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'identityNumber gồm 12 chữ số' })
  identityNumber?: string;

  @ApiPropertyOptional({ example: '0912345678' })
  @IsOptional()
  @Matches(/^\+?\d{9,15}$/, { message: 'phone gồm 9–15 chữ số' })
  phone?: string;

  @ApiPropertyOptional({ example: 'an.nguyen@example.vn' })
  @IsOptional()
  @IsString({ message: 'email phải là chuỗi ký tự' })
  @IsMailboxAddress()
  email?: string;

  @ApiPropertyOptional({ example: 'Số 12, phố Trần Phú' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  addressLine?: string;

  @ApiPropertyOptional({
    enum: SEXES,
    example: 'female',
    description: 'The applicant: letters choose "Ông", "Bà", "Anh", "Chị"',
  })
  @IsOptional()
  @IsIn(SEXES, { message: 'sex là male hoặc female' })
  sex?: Sex;

  @ApiPropertyOptional({ example: '1990-05-14', description: 'YYYY-MM-DD, not after the receipt' })
  @IsOptional()
  @IsCalendarDate({ message: 'dateOfBirth phải là một ngày có thật, dạng YYYY-MM-DD' })
  dateOfBirth?: string;
}

export class MarriageDetailsDto {
  @ApiProperty({ type: PersonNameDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PersonNameDto)
  husband: PersonNameDto;

  @ApiProperty({ type: PersonNameDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PersonNameDto)
  wife: PersonNameDto;

  @ApiProperty({ type: AddressDto, description: 'Where the couple will live (for the letter)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => AddressDto)
  address: AddressDto;
}

export class DeceasedDto {
  @ApiProperty({ example: 'Lê Văn Bình' })
  @IsString()
  @Length(1, 100)
  fullName: string;

  @ApiProperty({ example: '2026-02-10' })
  @Matches(CALENDAR_DATE, { message: 'dateOfDeath phải có dạng YYYY-MM-DD' })
  dateOfDeath: string;

  @ApiPropertyOptional({
    enum: SEXES,
    example: 'male',
    description: 'The deceased: letters choose "Ông", "Bà", "Anh", "Chị"',
  })
  @IsOptional()
  @IsIn(SEXES, { message: 'sex là male hoặc female' })
  sex?: Sex;

  @ApiPropertyOptional({ example: '1942-03-15', description: 'YYYY-MM-DD, not after the death' })
  @IsOptional()
  @IsCalendarDate({ message: 'dateOfBirth phải là một ngày có thật, dạng YYYY-MM-DD' })
  dateOfBirth?: string;
}

export class BereavedFamilyDto {
  @ApiProperty({ example: 'Lê Thị Hoa', description: 'The family member who declared the death' })
  @IsString()
  @Length(1, 100)
  fullName: string;

  @ApiPropertyOptional({ example: 'con gái' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  relationship?: string;

  @ApiPropertyOptional({
    enum: SEXES,
    example: 'female',
    description: 'The declarant: letters choose "Ông", "Bà", "Anh", "Chị"',
  })
  @IsOptional()
  @IsIn(SEXES, { message: 'sex là male hoặc female' })
  sex?: Sex;

  @ApiPropertyOptional({ example: '1968-07-01', description: 'YYYY-MM-DD, not after the receipt' })
  @IsOptional()
  @IsCalendarDate({ message: 'dateOfBirth phải là một ngày có thật, dạng YYYY-MM-DD' })
  dateOfBirth?: string;
}

export class DeathDetailsDto {
  @ApiProperty({ type: DeceasedDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => DeceasedDto)
  deceased: DeceasedDto;

  @ApiProperty({ type: BereavedFamilyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => BereavedFamilyDto)
  family: BereavedFamilyDto;

  @ApiProperty({ type: AddressDto, description: "The family's address (for the letter)" })
  @IsDefined()
  @ValidateNested()
  @Type(() => AddressDto)
  address: AddressDto;
}

export class CopyRequestDto {
  @ApiProperty({ example: 3, description: 'Pages of the original' })
  @IsInt({ message: 'pages phải là số nguyên' })
  @Min(1, { message: 'pages tối thiểu là 1' })
  @Max(10_000)
  pages: number;

  @ApiProperty({ example: 2, description: 'Certified copies wanted of this original' })
  @IsInt({ message: 'copies phải là số nguyên' })
  @Min(1, { message: 'copies tối thiểu là 1' })
  @Max(1_000)
  copies: number;
}

export class SubmittedDocumentDto {
  @ApiProperty({ example: 'Tờ khai đăng ký khai sinh' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: DOCUMENT_FORMS, example: 'original' })
  @IsIn(DOCUMENT_FORMS, { message: `form là một trong ${DOCUMENT_FORMS.join(', ')}` })
  form: DocumentForm;

  @ApiProperty({ example: 1, description: 'Copies of this paper in one set' })
  @IsInt({ message: 'count phải là số nguyên' })
  @Min(1, { message: 'count tối thiểu là 1' })
  @Max(100, { message: 'count tối đa là 100' })
  count: number;
}

export class ResultDeliveryDto {
  @ApiProperty({ enum: ['desk', 'post'], description: 'At the desk, or by the postal service' })
  @IsIn(['desk', 'post'], { message: 'method là desk hoặc post' })
  method: 'desk' | 'post';

  @ApiPropertyOptional({ example: 'Số 12, phố Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  address?: string;
}

/** What every dossier carries, however it arrives. */
export class DossierFormDto {
  @ApiProperty({ example: '14797', description: '5-digit 2025 code of the receiving commune' })
  @IsCommuneCode()
  communeCode: string;

  @ApiProperty({ example: 'birth-registration', description: 'A key from GET /v1/procedures' })
  @IsProcedureKey()
  @Length(1, 60)
  procedureKey: string;

  @ApiProperty({ type: ApplicantDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant: ApplicantDto;

  @ApiPropertyOptional({
    example: 6000,
    description:
      'Amount due when it differs from what the law computes (an exemption, or a late registration in a province whose fees the system lacks)',
  })
  @IsOptional()
  @IsInt({ message: 'feeVnd phải là số nguyên' })
  @Min(0)
  @Max(100_000_000)
  feeVnd?: number;

  @ApiPropertyOptional({
    type: [CopyRequestDto],
    description:
      'Copy certification: each original with its pages and copies; the fee is computed (Circular 226/2016/TT-BTC)',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CopyRequestDto)
  copyRequests?: CopyRequestDto[];

  @ApiPropertyOptional({ type: BirthDetailsDto, description: 'For birth-registration' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BirthDetailsDto)
  birth?: BirthDetailsDto;

  @ApiPropertyOptional({ type: MarriageDetailsDto, description: 'For marriage-registration' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MarriageDetailsDto)
  marriage?: MarriageDetailsDto;

  @ApiPropertyOptional({ type: DeathDetailsDto, description: 'For death-registration' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeathDetailsDto)
  death?: DeathDetailsDto;

  @ApiPropertyOptional({
    type: [SubmittedDocumentDto],
    description: 'The papers handed in (Mẫu 01, item 1), each with its form and copies',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SubmittedDocumentDto)
  documents?: SubmittedDocumentDto[];

  @ApiPropertyOptional({ example: 1, description: 'Sets (bộ) handed in (Mẫu 01, item 2)' })
  @IsOptional()
  @IsInt({ message: 'sets phải là số nguyên' })
  @Min(1, { message: 'sets tối thiểu là 1' })
  @Max(50, { message: 'sets tối đa là 50' })
  sets?: number;

  @ApiPropertyOptional({
    type: ResultDeliveryDto,
    description: 'Where the result goes (Mẫu 01, item 6)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResultDeliveryDto)
  resultDelivery?: ResultDeliveryDto;

  protected toForm(): Omit<ReceiveDossierRequest, 'channel'> {
    return {
      communeCode: this.communeCode,
      procedureKey: this.procedureKey,
      applicant: { ...this.applicant },
      ...(this.feeVnd !== undefined ? { feeVnd: this.feeVnd } : {}),
      ...(this.copyRequests
        ? { copyRequests: this.copyRequests.map(({ pages, copies }) => ({ pages, copies })) }
        : {}),
      ...(this.birth ? { birth: plain(this.birth) } : {}),
      ...(this.marriage ? { marriage: plain(this.marriage) } : {}),
      ...(this.death ? { death: plain(this.death) } : {}),
      ...(this.documents
        ? { documents: this.documents.map(({ name, form, count }) => ({ name, form, count })) }
        : {}),
      ...(this.sets !== undefined ? { sets: this.sets } : {}),
      ...(this.resultDelivery
        ? {
            resultDelivery:
              this.resultDelivery.method === 'post'
                ? { method: 'post' as const, address: this.resultDelivery.address ?? '' }
                : { method: 'desk' as const },
          }
        : {}),
    };
  }
}

function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export class ReceiveDossierRequestDto extends DossierFormDto {
  @ApiProperty({ enum: ['counter', 'online'] })
  @IsIn(['counter', 'online'], { message: 'channel là counter hoặc online' })
  channel: 'counter' | 'online';

  toRequest(): ReceiveDossierRequest {
    return { ...this.toForm(), channel: this.channel };
  }
}

export class ImportedPaymentDto {
  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS, { message: 'method là cash hoặc cashless' })
  method: PaymentMethod;

  @ApiProperty({ example: '2025-10-06T08:35:00+07:00' })
  @IsISO8601({ strict: true }, { message: 'paidAt là thời điểm ISO 8601' })
  @Matches(INSTANT, { message: 'paidAt phải ghi múi giờ (Z hoặc +07:00)' })
  paidAt: string;
}

export class ImportDossierRequestDto extends DossierFormDto {
  @ApiProperty({
    example: '2025-10-06T08:30:00+07:00',
    description: 'When the dossier was really received, with its offset',
  })
  @IsISO8601({ strict: true }, { message: 'receivedAt là thời điểm ISO 8601' })
  @Matches(INSTANT, { message: 'receivedAt phải ghi múi giờ (Z hoặc +07:00)' })
  receivedAt: string;

  @ApiPropertyOptional({
    example: '000.00.38.H56-251006-0001',
    description: 'The code the old system gave it; a new one is issued when absent',
  })
  @IsOptional()
  @Matches(DOSSIER_CODE_PATTERN, { message: 'dossierCode không đúng định dạng mã hồ sơ' })
  dossierCode?: string;

  @ApiPropertyOptional({
    type: ImportedPaymentDto,
    description:
      'How the fee was paid, if one was due (the amount is the fee due; ignored when the dossier was free); absent: still unpaid',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImportedPaymentDto)
  payment?: ImportedPaymentDto;

  @ApiPropertyOptional({
    example: '2025-10-07T10:00:00+07:00',
    description: 'When it was processed (đã giải quyết xong); absent: still in hand',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'processedAt là thời điểm ISO 8601' })
  @Matches(INSTANT, { message: 'processedAt phải ghi múi giờ (Z hoặc +07:00)' })
  processedAt?: string;

  @ApiPropertyOptional({
    example: '2025-10-07T15:00:00+07:00',
    description: 'When the result was returned (needs processedAt); on time is judged by it',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'returnedAt là thời điểm ISO 8601' })
  @Matches(INSTANT, { message: 'returnedAt phải ghi múi giờ (Z hoặc +07:00)' })
  returnedAt?: string;

  toRequest(): ReceiveDossierRequest {
    return { ...this.toForm(), channel: 'import', receivedAt: new Date(this.receivedAt) };
  }

  /** What happened after receipt, if the import says; one stored dossier either way. */
  toHistory(): ImportedHistory | undefined {
    if (!this.payment && !this.processedAt && !this.returnedAt) {
      return undefined;
    }
    return {
      ...(this.payment
        ? { payment: { method: this.payment.method, paidAt: new Date(this.payment.paidAt) } }
        : {}),
      ...(this.processedAt ? { processedAt: new Date(this.processedAt) } : {}),
      ...(this.returnedAt ? { returnedAt: new Date(this.returnedAt) } : {}),
    };
  }
}

export class StatusChangeRequestDto {
  @ApiProperty({ enum: DOSSIER_STATUSES, example: 'in-progress' })
  @IsIn(DOSSIER_STATUSES, { message: `to là một trong ${DOSSIER_STATUSES.join(', ')}` })
  to: DossierStatus;

  @ApiPropertyOptional({
    description:
      'Required for rejected, supplement-requested, financial-obligation, stopped, withdrawn',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Documents to add or complete (supplement-requested)',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  items?: string[];

  @ApiPropertyOptional({ description: 'Historical import only (role system)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'at là thời điểm ISO 8601' })
  @Matches(INSTANT, { message: 'at phải ghi múi giờ (Z hoặc +07:00)' })
  at?: string;
}

export class PaymentRequestDto {
  @ApiProperty({ example: 10000 })
  @IsInt({ message: 'amountVnd phải là số nguyên' })
  @Min(1)
  @Max(100_000_000)
  amountVnd: number;

  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS, { message: 'method là cash hoặc cashless' })
  method: PaymentMethod;

  @ApiPropertyOptional({ example: 'VCB-20260212-000123', description: 'Receipt or transaction' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  reference?: string;

  @ApiPropertyOptional({ description: 'Historical import only (role system)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'paidAt là thời điểm ISO 8601' })
  @Matches(INSTANT, { message: 'paidAt phải ghi múi giờ (Z hoặc +07:00)' })
  paidAt?: string;
}

export class SearchDossiersQueryDto {
  @ApiPropertyOptional({ example: '14797' })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;

  @ApiPropertyOptional({ enum: DOSSIER_STATUSES })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES)
  status?: DossierStatus;

  @ApiPropertyOptional({ example: 'birth-registration' })
  @IsOptional()
  @IsProcedureKey()
  procedureKey?: string;

  @ApiPropertyOptional({
    example: '2026-02-01',
    description: 'Received on or after (Vietnam date)',
  })
  @IsOptional()
  @IsCalendarDate({ message: 'from phải là một ngày có thật, dạng YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-02-28',
    description: 'Received on or before (Vietnam date)',
  })
  @IsOptional()
  @IsCalendarDate({ message: 'to phải là một ngày có thật, dạng YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({
    description:
      'true: only open dossiers whose appointment is close (the deadline service warned, in working hours)',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dueSoon phải là true hoặc false' })
  dueSoon?: 'true' | 'false';

  @PageLimit()
  limit?: number;
}

export class VerificationRequestDto {
  @ApiProperty({
    example: 'Cần xác minh tình trạng hôn nhân của bên nữ tại nơi cư trú trước đây.',
    description: 'Why verification is needed; recorded and sent with the new appointment',
  })
  @IsOptional()
  @IsString({ message: 'reason phải là chuỗi ký tự' })
  @Length(0, 1000)
  reason?: string;
}
