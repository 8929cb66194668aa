import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDefined,
  IsEmail,
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
import { DOSSIER_STATUSES, DossierStatus, PAYMENT_METHODS, PaymentMethod } from '@libs/contracts';
import {
  AddressDto,
  BirthDetailsDto,
  PersonNameDto,
} from '../../birth-registration/dto/register-birth.request.dto';
import { ReceiveDossierRequest } from '../domain/dossier-rules';
import { DOSSIER_CODE_PATTERN } from '../domain/dossier-code';

const COMMUNE_CODE = /^\d{5}$/;
const PROCEDURE_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
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
  @IsEmail({}, { message: 'email không hợp lệ' })
  email?: string;

  @ApiPropertyOptional({ example: 'Số 12, phố Trần Phú' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  addressLine?: string;
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

/** What every dossier carries, however it arrives. */
export class DossierFormDto {
  @ApiProperty({ example: '14797', description: '5-digit 2025 code of the receiving commune' })
  @Matches(COMMUNE_CODE, { message: 'communeCode phải gồm 5 chữ số' })
  communeCode: string;

  @ApiProperty({ example: 'birth-registration', description: 'A key from GET /v1/procedures' })
  @Matches(PROCEDURE_KEY, { message: 'procedureKey viết thường, nối bằng dấu gạch ngang' })
  @Length(1, 60)
  procedureKey: string;

  @ApiProperty({ type: ApplicantDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant: ApplicantDto;

  @ApiPropertyOptional({
    example: 6000,
    description: 'Amount due when it differs from the posted fee (e.g. copies of many pages)',
  })
  @IsOptional()
  @IsInt({ message: 'feeVnd phải là số nguyên' })
  @Min(0)
  @Max(100_000_000)
  feeVnd?: number;

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

  protected toForm(): Omit<ReceiveDossierRequest, 'channel'> {
    return {
      communeCode: this.communeCode,
      procedureKey: this.procedureKey,
      applicant: { ...this.applicant },
      ...(this.feeVnd !== undefined ? { feeVnd: this.feeVnd } : {}),
      ...(this.birth ? { birth: plain(this.birth) } : {}),
      ...(this.marriage ? { marriage: plain(this.marriage) } : {}),
      ...(this.death ? { death: plain(this.death) } : {}),
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

  toRequest(): ReceiveDossierRequest {
    return { ...this.toForm(), channel: 'import', receivedAt: new Date(this.receivedAt) };
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
  @Matches(COMMUNE_CODE, { message: 'communeCode phải gồm 5 chữ số' })
  communeCode?: string;

  @ApiPropertyOptional({ enum: DOSSIER_STATUSES })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES)
  status?: DossierStatus;

  @ApiPropertyOptional({ example: 'birth-registration' })
  @IsOptional()
  @Matches(PROCEDURE_KEY, { message: 'procedureKey viết thường, nối bằng dấu gạch ngang' })
  procedureKey?: string;

  @ApiPropertyOptional({
    example: '2026-02-01',
    description: 'Received on or after (Vietnam date)',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'from phải có dạng YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-02-28',
    description: 'Received on or before (Vietnam date)',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to phải có dạng YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
