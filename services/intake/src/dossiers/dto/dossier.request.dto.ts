import {
  DOSSIER_STATUSES,
  DossierStatus,
  PAYMENT_METHODS,
  PaymentMethod,
  Sex,
  SEXES,
} from '@libs/contracts';
import {
  CommuneCodeField,
  DateField,
  DAY_SHAPE,
  EnumField,
  InstantField,
  IntField,
  MailboxField,
  NestedField,
  PageLimit,
  PatternField,
  ProcedureKeyField,
  TextField,
  TextListField,
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

const FULL_NAME = { label: 'Họ tên', min: 1, max: 100 };
const SEX = { label: 'Giới tính', values: SEXES, optional: true };
const REASON = { label: 'Lý do', min: 1, max: 1000 };
const PAYMENT_METHOD = { label: 'Hình thức nộp lệ phí', values: PAYMENT_METHODS };
/** Documents to add or complete, as a supplement request lists them. */
export const SUPPLEMENT_ITEMS = {
  label: 'Danh sách giấy tờ cần bổ sung',
  itemLabel: 'Tên giấy tờ cần bổ sung',
  itemMax: 300,
  list: { unit: 'giấy tờ', min: 1, max: 30 },
  optional: true,
};

export class ApplicantDto {
  @TextField({ ...FULL_NAME, example: 'Nguyễn Văn An' })
  fullName: string;

  @PatternField({
    label: 'Số định danh cá nhân',
    pattern: /^\d{12}$/,
    rule: 'gồm đúng 12 chữ số',
    optional: true,
    example: '038090001234',
    description: '12-digit citizen identity number',
  })
  identityNumber?: string;

  @PatternField({
    label: 'Số điện thoại',
    pattern: /^\+?\d{9,15}$/,
    rule: 'gồm 9 đến 15 chữ số',
    optional: true,
    example: '0912345678',
  })
  phone?: string;

  @MailboxField({ optional: true, example: 'an.nguyen@example.vn' })
  email?: string;

  @TextField({
    label: 'Địa chỉ',
    min: 1,
    max: 200,
    optional: true,
    example: 'Số 12, phố Trần Phú',
  })
  addressLine?: string;

  @EnumField({
    ...SEX,
    example: 'female',
    description: 'The applicant: letters choose "Ông", "Bà", "Anh", "Chị"',
  })
  sex?: Sex;

  @DateField({
    label: 'Ngày sinh',
    optional: true,
    example: '1990-05-14',
    description: 'YYYY-MM-DD, not after the receipt',
  })
  dateOfBirth?: string;
}

export class MarriageDetailsDto {
  @NestedField({ label: 'Thông tin người chồng', type: PersonNameDto })
  husband: PersonNameDto;

  @NestedField({ label: 'Thông tin người vợ', type: PersonNameDto })
  wife: PersonNameDto;

  @NestedField({
    label: 'Địa chỉ',
    type: AddressDto,
    description: 'Where the couple will live (for the letter)',
  })
  address: AddressDto;
}

export class DeceasedDto {
  @TextField({ ...FULL_NAME, example: 'Lê Văn Bình' })
  fullName: string;

  @PatternField({ label: 'Ngày mất', ...DAY_SHAPE, example: '2026-02-10' })
  dateOfDeath: string;

  @EnumField({
    ...SEX,
    example: 'male',
    description: 'The deceased: letters choose "Ông", "Bà", "Anh", "Chị"',
  })
  sex?: Sex;

  @DateField({
    label: 'Ngày sinh',
    optional: true,
    example: '1942-03-15',
    description: 'YYYY-MM-DD, not after the death',
  })
  dateOfBirth?: string;
}

export class BereavedFamilyDto {
  @TextField({
    ...FULL_NAME,
    example: 'Lê Thị Hoa',
    description: 'The family member who declared the death',
  })
  fullName: string;

  @TextField({ label: 'Quan hệ', min: 1, max: 50, optional: true, example: 'con gái' })
  relationship?: string;

  @EnumField({
    ...SEX,
    example: 'female',
    description: 'The declarant: letters choose "Ông", "Bà", "Anh", "Chị"',
  })
  sex?: Sex;

  @DateField({
    label: 'Ngày sinh',
    optional: true,
    example: '1968-07-01',
    description: 'YYYY-MM-DD, not after the receipt',
  })
  dateOfBirth?: string;
}

export class DeathDetailsDto {
  @NestedField({ label: 'Thông tin người mất', type: DeceasedDto })
  deceased: DeceasedDto;

  @NestedField({ label: 'Thông tin người đi khai tử', type: BereavedFamilyDto })
  family: BereavedFamilyDto;

  @NestedField({
    label: 'Địa chỉ',
    type: AddressDto,
    description: "The family's address (for the letter)",
  })
  address: AddressDto;
}

export class CopyRequestDto {
  @IntField({
    label: 'Số trang',
    min: 1,
    max: 10_000,
    example: 3,
    description: 'Pages of the original',
  })
  pages: number;

  @IntField({
    label: 'Số bản sao',
    min: 1,
    max: 1_000,
    example: 2,
    description: 'Certified copies wanted of this original',
  })
  copies: number;
}

export class SubmittedDocumentDto {
  @TextField({ label: 'Tên giấy tờ', min: 1, max: 200, example: 'Tờ khai đăng ký khai sinh' })
  name: string;

  @EnumField({ label: 'Hình thức giấy tờ', values: DOCUMENT_FORMS, example: 'original' })
  form: DocumentForm;

  @IntField({
    label: 'Số bản',
    min: 1,
    max: 100,
    example: 1,
    description: 'Copies of this paper in one set',
  })
  count: number;
}

export class ResultDeliveryDto {
  @EnumField({
    label: 'Hình thức nhận kết quả',
    values: ['desk', 'post'],
    description: 'At the desk, or by the postal service',
  })
  method: 'desk' | 'post';

  @TextField({
    label: 'Địa chỉ nhận kết quả',
    min: 1,
    max: 300,
    optional: true,
    example: 'Số 12, phố Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa',
  })
  address?: string;
}

/** What every dossier carries, however it arrives. */
export class DossierFormDto {
  @CommuneCodeField({ description: '5-digit 2025 code of the receiving commune' })
  communeCode: string;

  @ProcedureKeyField({
    max: 60,
    example: 'birth-registration',
    description: 'A key from GET /v1/procedures',
  })
  procedureKey: string;

  @NestedField({ label: 'Thông tin người nộp hồ sơ', type: ApplicantDto })
  applicant: ApplicantDto;

  @IntField({
    label: 'Lệ phí',
    min: 0,
    max: 100_000_000,
    optional: true,
    example: 6000,
    description:
      'Amount due when it differs from what the law computes (an exemption, or a late registration in a province whose fees the system lacks)',
  })
  feeVnd?: number;

  @NestedField({
    label: 'Danh sách bản chính cần chứng thực',
    type: CopyRequestDto,
    list: { unit: 'bản chính', min: 1, max: 100 },
    optional: true,
    description:
      'Copy certification: each original with its pages and copies; the fee is computed (Circular 226/2016/TT-BTC)',
  })
  copyRequests?: CopyRequestDto[];

  @NestedField({
    label: 'Thông tin khai sinh',
    type: BirthDetailsDto,
    optional: true,
    description: 'For birth-registration',
  })
  birth?: BirthDetailsDto;

  @NestedField({
    label: 'Thông tin đăng ký kết hôn',
    type: MarriageDetailsDto,
    optional: true,
    description: 'For marriage-registration',
  })
  marriage?: MarriageDetailsDto;

  @NestedField({
    label: 'Thông tin khai tử',
    type: DeathDetailsDto,
    optional: true,
    description: 'For death-registration',
  })
  death?: DeathDetailsDto;

  @NestedField({
    label: 'Danh sách giấy tờ',
    type: SubmittedDocumentDto,
    list: { unit: 'giấy tờ', max: 50 },
    optional: true,
    description: 'The papers handed in (Mẫu 01, item 1), each with its form and copies',
  })
  documents?: SubmittedDocumentDto[];

  @IntField({
    label: 'Số bộ hồ sơ',
    min: 1,
    max: 50,
    optional: true,
    example: 1,
    description: 'Sets (bộ) handed in (Mẫu 01, item 2)',
  })
  sets?: number;

  @NestedField({
    label: 'Nơi nhận kết quả',
    type: ResultDeliveryDto,
    optional: true,
    description: 'Where the result goes (Mẫu 01, item 6)',
  })
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
  @EnumField({ label: 'Kênh tiếp nhận', values: ['counter', 'online'] })
  channel: 'counter' | 'online';

  toRequest(): ReceiveDossierRequest {
    return { ...this.toForm(), channel: this.channel };
  }
}

export class ImportedPaymentDto {
  @EnumField(PAYMENT_METHOD)
  method: PaymentMethod;

  @InstantField({ label: 'Thời điểm nộp lệ phí', example: '2025-10-06T08:35:00+07:00' })
  paidAt: string;
}

export class ImportDossierRequestDto extends DossierFormDto {
  @InstantField({
    label: 'Thời điểm tiếp nhận',
    example: '2025-10-06T08:30:00+07:00',
    description: 'When the dossier was really received, with its offset',
  })
  receivedAt: string;

  @PatternField({
    label: 'Mã hồ sơ',
    pattern: DOSSIER_CODE_PATTERN,
    rule: 'không đúng định dạng',
    optional: true,
    example: '000.00.38.H56-251006-0001',
    description: 'The code the old system gave it; a new one is issued when absent',
  })
  dossierCode?: string;

  @NestedField({
    label: 'Thông tin nộp lệ phí',
    type: ImportedPaymentDto,
    optional: true,
    description:
      'How the fee was paid, if one was due (the amount is the fee due; ignored when the dossier was free); absent: still unpaid',
  })
  payment?: ImportedPaymentDto;

  @InstantField({
    label: 'Thời điểm giải quyết xong',
    optional: true,
    example: '2025-10-07T10:00:00+07:00',
    description: 'When it was processed (đã giải quyết xong); absent: still in hand',
  })
  processedAt?: string;

  @InstantField({
    label: 'Thời điểm trả kết quả',
    optional: true,
    example: '2025-10-07T15:00:00+07:00',
    description: 'When the result was returned (needs processedAt); on time is judged by it',
  })
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
  @EnumField({ label: 'Trạng thái mới', values: DOSSIER_STATUSES, example: 'in-progress' })
  to: DossierStatus;

  @TextField({
    ...REASON,
    optional: true,
    description:
      'Required for rejected, supplement-requested, financial-obligation, stopped, withdrawn',
  })
  reason?: string;

  @TextListField({
    ...SUPPLEMENT_ITEMS,
    description: 'Documents to add or complete (supplement-requested)',
  })
  items?: string[];

  @InstantField({
    label: 'Thời điểm chuyển trạng thái',
    optional: true,
    description: 'Historical import only (role system)',
  })
  at?: string;
}

export class PaymentRequestDto {
  @IntField({ label: 'Số tiền', min: 1, max: 100_000_000, example: 10000 })
  amountVnd: number;

  @EnumField(PAYMENT_METHOD)
  method: PaymentMethod;

  @TextField({
    label: 'Số biên lai hoặc mã giao dịch',
    min: 1,
    max: 100,
    optional: true,
    example: 'VCB-20260212-000123',
    description: 'Receipt or transaction',
  })
  reference?: string;

  @InstantField({
    label: 'Thời điểm nộp lệ phí',
    optional: true,
    description: 'Historical import only (role system)',
  })
  paidAt?: string;
}

export class SearchDossiersQueryDto {
  @CommuneCodeField({ optional: true })
  communeCode?: string;

  @EnumField({ label: 'Trạng thái', values: DOSSIER_STATUSES, optional: true })
  status?: DossierStatus;

  @ProcedureKeyField({ optional: true, example: 'birth-registration' })
  procedureKey?: string;

  @DateField({
    label: 'Từ ngày',
    optional: true,
    example: '2026-02-01',
    description: 'Received on or after (Vietnam date)',
  })
  from?: string;

  @DateField({
    label: 'Đến ngày',
    optional: true,
    example: '2026-02-28',
    description: 'Received on or before (Vietnam date)',
  })
  to?: string;

  @EnumField({
    label: 'Sắp đến hạn',
    values: ['true', 'false'],
    optional: true,
    description:
      'true: only open dossiers whose appointment is close (the deadline service warned, in working hours)',
  })
  dueSoon?: 'true' | 'false';

  @PageLimit()
  limit?: number;
}

export class VerificationRequestDto {
  @TextField({
    label: 'Lý do',
    min: 0,
    max: 1000,
    optional: true,
    example: 'Cần xác minh tình trạng hôn nhân của bên nữ tại nơi cư trú trước đây.',
    description: 'Why verification is needed; recorded and sent with the new appointment',
  })
  reason?: string;
}
