import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { DOSSIER_CHANNELS, DOSSIER_STATUSES, DossierChannel, DossierStatus } from '@libs/contracts';
import { compact } from '@libs/persistence';

import { ProcedureNamingDto } from '../../procedures/dto/procedure.dto';
import { certificationNumberText } from '../domain/certification-register';
import { CivilStatusDetails, Dossier, DossierApplicant } from '../domain/dossier';
import {
  DOSSIER_STATUS_NAMES,
  DOSSIER_TRANSITIONS,
  REASON_REQUIRED,
} from '../domain/dossier-status';

export class DossierProcedureDto extends ProcedureNamingDto {
  @ApiProperty({ example: 3 })
  processingWorkingDays: number;

  @ApiPropertyOptional({ example: '15:00' })
  cutoff?: string;

  @ApiPropertyOptional({
    example: 5,
    description: 'The legal maximum when verification is needed; absent when the law allows none',
  })
  verificationMaxWorkingDays?: number;
}

export class VerificationDto {
  @ApiProperty({ example: 'Cần xác minh tình trạng hôn nhân của bên nữ tại nơi cư trú trước đây.' })
  reason: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiProperty({ description: 'Subject of the officer who found verification needed' })
  by: string;

  @ApiProperty({ format: 'date-time' })
  previousDueAt: string;

  @ApiProperty({ format: 'date-time', description: 'The appointment at the legal maximum' })
  dueAt: string;

  @ApiProperty({ example: 5 })
  maxWorkingDays: number;

  @ApiProperty({ example: 'Luật Hộ tịch 2014, Điều 18 khoản 2' })
  legalBasis: string;
}

export class DossierFeeDto {
  @ApiProperty({ example: 10000 })
  amountVnd: number;

  @ApiProperty({ enum: ['not-required', 'unpaid', 'paid'] })
  status: string;

  @ApiPropertyOptional({ enum: ['cash', 'cashless'] })
  method?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  paidAt?: string;

  @ApiPropertyOptional()
  reference?: string;
}

export class StatusNoteDto {
  @ApiProperty({ enum: DOSSIER_STATUSES })
  status: DossierStatus;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: [String] })
  items: string[];

  @ApiProperty()
  by: string;
}

export class DueSoonDto {
  @ApiProperty({ format: 'date-time', description: 'When the deadline service warned' })
  warnedAt: string;

  @ApiProperty({ example: 4, description: 'Working hours left to the appointment then' })
  workingHoursLeft: number;
}

export class RescheduleDto {
  @ApiProperty({ format: 'date-time' })
  previousDueAt: string;

  @ApiProperty({ format: 'date-time' })
  dueAt: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

export class CertificationEntryDto {
  @ApiProperty({ example: '01/2026-SCT/BS', description: 'Book: number/year-kind' })
  book: string;

  @ApiProperty({ type: [Number], example: [125], description: 'One per certified document' })
  numbers: number[];

  @ApiProperty({ example: 'Số chứng thực: 125; Quyển số: 01/2026-SCT/BS' })
  text: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

export class NextStatusDto {
  @ApiProperty({ enum: DOSSIER_STATUSES, example: 'in-progress' })
  status: DossierStatus;

  @ApiProperty({ example: 'Đang xử lý' })
  name: string;

  @ApiProperty({ description: 'The citizen must be told why, in writing' })
  reasonRequired: boolean;
}

export class DossierResponseDto {
  @ApiProperty({ format: 'uuid' })
  dossierId: string;

  @ApiProperty({ example: 'H38.147.97-260212-380001' })
  dossierCode: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: 'Phường Hạc Thành' })
  communeName: string;

  @ApiProperty({ type: DossierProcedureDto })
  procedure: DossierProcedureDto;

  @ApiProperty({ enum: DOSSIER_CHANNELS })
  channel: DossierChannel;

  @ApiProperty()
  applicant: DossierApplicant;

  @ApiPropertyOptional({
    description: 'Birth, marriage or death details (civil-status procedures)',
  })
  civilStatus?: CivilStatusDetails;

  @ApiProperty({ enum: DOSSIER_STATUSES })
  status: DossierStatus;

  @ApiProperty({ example: 'Được tiếp nhận' })
  statusName: string;

  @ApiProperty({
    type: [NextStatusDto],
    description: 'The legal moves from the present status, for the desk; empty once closed',
  })
  nextStatuses: NextStatusDto[];

  @ApiProperty({ example: 2, description: 'National status code (1–10)' })
  nationalStatusCode: number;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ description: 'Subject of the officer who received it' })
  receivedBy: string;

  @ApiProperty({ format: 'date-time', description: 'The appointment in force' })
  dueAt: string;

  @ApiProperty({ format: 'date-time', description: 'The appointment on the receipt slip' })
  originalDueAt: string;

  @ApiPropertyOptional({ type: RescheduleDto })
  reschedule?: RescheduleDto;

  @ApiPropertyOptional({ type: VerificationDto, description: 'The "cần xác minh" decision' })
  verification?: VerificationDto;

  @ApiPropertyOptional({ type: DueSoonDto, description: 'Warned that the appointment is close' })
  dueSoon?: DueSoonDto;

  @ApiProperty({ type: DossierFeeDto })
  fee: DossierFeeDto;

  @ApiProperty({ type: [StatusNoteDto], description: 'Supplement requests, refusals, stops' })
  notes: StatusNoteDto[];

  @ApiPropertyOptional({ format: 'date-time' })
  processedAt?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The civil-status registration it made' })
  civilStatusRegistrationId?: string;

  @ApiPropertyOptional({
    type: CertificationEntryDto,
    description: 'A certification’s số chứng thực (Decree 23/2015 art. 13), once done',
  })
  certification?: CertificationEntryDto;

  @ApiPropertyOptional({ format: 'date-time' })
  returnedAt?: string;

  @ApiPropertyOptional()
  onTime?: boolean;

  @ApiPropertyOptional({
    example: 'K7Q2M-9XH4D',
    description:
      'Lookup secret for the citizen: only in the answer that created the dossier (it is stored hashed)',
  })
  lookupSecret?: string;

  static from(dossier: Dossier, lookupSecret?: string): DossierResponseDto {
    const status = DOSSIER_STATUS_NAMES[dossier.status];
    const { procedure, reschedule, dueSoon, verification, fee, certification } = dossier;
    const iso = (date: Date | undefined): string | undefined => date?.toISOString();
    return {
      dossierId: dossier.id,
      dossierCode: dossier.code,
      communeCode: dossier.commune.code,
      communeName: dossier.commune.name,
      procedure: compact({
        key: procedure.key,
        name: procedure.name,
        nationalCode: procedure.nationalCode,
        processingWorkingDays: procedure.processingWorkingDays,
        cutoff: procedure.cutoff,
        verificationMaxWorkingDays: procedure.verification?.maxWorkingDays,
      }),
      channel: dossier.channel,
      applicant: dossier.applicant,
      status: dossier.status,
      statusName: status.name,
      nextStatuses: DOSSIER_TRANSITIONS[dossier.status].map((next) => ({
        status: next,
        name: DOSSIER_STATUS_NAMES[next].name,
        reasonRequired: REASON_REQUIRED.has(next),
      })),
      nationalStatusCode: status.nationalCode,
      receivedAt: dossier.receivedAt.toISOString(),
      receivedBy: dossier.receivedBy.subject,
      dueAt: dossier.dueAt.toISOString(),
      originalDueAt: dossier.originalDueAt.toISOString(),
      fee: compact({ ...fee, paidAt: iso(fee.paidAt) }),
      notes: dossier.notes.map((note) => ({
        status: note.status,
        at: note.at.toISOString(),
        reason: note.reason,
        items: note.items,
        by: note.by.subject,
      })),
      ...compact({
        civilStatus: dossier.civilStatus,
        reschedule: reschedule && {
          previousDueAt: reschedule.previousDueAt.toISOString(),
          dueAt: reschedule.dueAt.toISOString(),
          reason: reschedule.reason,
          at: reschedule.at.toISOString(),
        },
        dueSoon: dueSoon && {
          warnedAt: dueSoon.warnedAt.toISOString(),
          workingHoursLeft: dueSoon.workingHoursLeft,
        },
        verification: verification && {
          reason: verification.reason,
          requestedAt: verification.requestedAt.toISOString(),
          by: verification.by.subject,
          previousDueAt: verification.previousDueAt.toISOString(),
          dueAt: verification.dueAt.toISOString(),
          maxWorkingDays: verification.maxWorkingDays,
          legalBasis: verification.legalBasis,
        },
        processedAt: iso(dossier.processedAt),
        civilStatusRegistrationId: dossier.civilStatusRegistrationId,
        certification: certification && {
          book: certification.book,
          numbers: [...certification.numbers],
          text: certificationNumberText(certification),
          at: certification.at.toISOString(),
        },
        returnedAt: iso(dossier.returnedAt),
        onTime: dossier.onTime,
        lookupSecret,
      }),
    };
  }
}
