import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import {
  CommuneCode,
  FullName,
  OptionalAddressLine,
  OptionalDateOfBirth,
  OptionalEmail,
  OptionalOfficerId,
  OptionalPhone,
  OptionalSex,
  PROCEDURE_KEY_PATTERN,
  ProvinceCode,
  RequiredNested,
  Sex,
} from './common.types';
import { defineEvent } from './event-definition';

/** National dossier status codes (1–10) and the names the platform uses for them. */
export const DOSSIER_STATUSES = [
  'received', // 2 Được tiếp nhận
  'rejected', // 3 Không được tiếp nhận
  'in-progress', // 4 Đang xử lý
  'supplement-requested', // 5 Yêu cầu bổ sung
  'financial-obligation', // 6 Yêu cầu thực hiện nghĩa vụ tài chính
  'withdrawn', // 7 Công dân yêu cầu rút
  'stopped', // 8 Dừng xử lý
  'processed', // 9 Đã xử lý xong
  'result-returned', // 10 Đã trả kết quả
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_CHANNELS = ['counter', 'online', 'import'] as const;

/**
 * Why a status change moved the appointment: counted anew from a valid supplement, or the
 * legal time when verification is needed ("cần xác minh").
 */
export const APPOINTMENT_CHANGES = ['supplement', 'verification'] as const;
export type AppointmentChange = (typeof APPOINTMENT_CHANGES)[number];
export type DossierChannel = (typeof DOSSIER_CHANNELS)[number];

export class DossierApplicantV1 {
  @FullName("Applicant's full name, to address letters (apology, thank-you).")
  fullName: string;

  @OptionalAddressLine('Postal address line.')
  addressLine?: string;

  @OptionalEmail('E-mail address for electronic letters.')
  email?: string;

  @OptionalPhone('Mobile phone number for SMS.')
  phone?: string;

  @OptionalSex('Sex as on the identity card, when recorded: letters say "Ông" or "Bà".')
  sex?: Sex;

  @OptionalDateOfBirth(
    'Date of birth (YYYY-MM-DD), when recorded: letters choose "Anh/Chị" or "Ông/Bà".',
  )
  dateOfBirth?: string;
}

/** Fields every dossier event carries, so consumers can scope and report without a lookup. */
export class DossierRefV1 {
  @IsUUID()
  dossierId: string;

  @JSONSchema({ description: 'National dossier code, e.g. 000.00.38.H56-261128-0001.' })
  @IsString()
  @Length(5, 60)
  dossierCode: string;

  @CommuneCode()
  communeCode: string;

  @ProvinceCode()
  provinceCode: string;

  @Matches(PROCEDURE_KEY_PATTERN, { message: 'procedureKey must be kebab-case' })
  @Length(1, 100)
  procedureKey: string;
}

@JSONSchema({ description: 'A dossier was received at the desk, online or by historical import.' })
export class DossierReceivedV1 extends DossierRefV1 {
  @IsString()
  @Length(1, 300)
  procedureName: string;

  @IsIn(DOSSIER_CHANNELS)
  channel: DossierChannel;

  @JSONSchema({ description: 'When the valid dossier was received (RFC 3339).' })
  @IsISO8601({ strict: true })
  receivedAt: string;

  @IsInt()
  @Min(0)
  @Max(365)
  processingWorkingDays: number;

  @JSONSchema({ description: 'Whether a receipt after 15:00 counts from the next working day.' })
  @IsBoolean()
  afternoonCutoff: boolean;

  @JSONSchema({ description: 'The appointment printed on the receipt slip (RFC 3339).' })
  @IsISO8601({ strict: true })
  dueAt: string;

  @JSONSchema({ description: 'Subject id of the officer who received the dossier.' })
  @OptionalOfficerId()
  officerId?: string;

  @RequiredNested(() => DossierApplicantV1)
  applicant: DossierApplicantV1;
}

@JSONSchema({ description: 'A dossier moved from one national status to another.' })
export class DossierStatusChangedV1 extends DossierRefV1 {
  @IsIn(DOSSIER_STATUSES)
  from: DossierStatus;

  @IsIn(DOSSIER_STATUSES)
  to: DossierStatus;

  @IsISO8601({ strict: true })
  changedAt: string;

  @OptionalOfficerId()
  officerId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;

  @JSONSchema({
    description:
      'The new appointment when this change moved it (a supplemented dossier counts anew from the valid resubmission).',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string;

  @JSONSchema({
    description:
      "Why dueAt moved: 'supplement' (counted anew from the valid resubmission) or 'verification' (the officer found verification needed; the appointment moves to the legal maximum and `reason` says why; `from` equals `to`). Absent when dueAt is absent, and in events published before it was carried.",
  })
  @IsOptional()
  @IsIn(APPOINTMENT_CHANGES)
  appointmentChange?: AppointmentChange;
}

@JSONSchema({ description: 'The result was handed back to the citizen: the dossier is closed.' })
export class DossierResultReturnedV1 extends DossierRefV1 {
  @JSONSchema({
    description:
      'Vietnamese name of the procedure, for texts citizens and officers read (absent from events published before it was carried).',
  })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  procedureName?: string;

  @IsISO8601({ strict: true })
  receivedAt: string;

  @IsISO8601({ strict: true })
  dueAt: string;

  @IsISO8601({ strict: true })
  returnedAt: string;

  @IsBoolean()
  onTime: boolean;

  @OptionalOfficerId()
  officerId?: string;
}

export const DOSSIER_RECEIVED_V1 = defineEvent({
  name: 'dossier.received',
  version: 1,
  topic: TOPICS.dossier,
  producer: 'intake',
  summary: 'A dossier was received with its appointment; deadline starts tracking it.',
  dataClass: DossierReceivedV1,
});

export const DOSSIER_STATUS_CHANGED_V1 = defineEvent({
  name: 'dossier.status-changed',
  version: 1,
  topic: TOPICS.dossier,
  producer: 'intake',
  summary:
    'A dossier changed national status (in progress, supplement requested, processed, ...), or its appointment moved to the legal time for verification.',
  dataClass: DossierStatusChangedV1,
});

export const DOSSIER_RESULT_RETURNED_V1 = defineEvent({
  name: 'dossier.result-returned',
  version: 1,
  topic: TOPICS.dossier,
  producer: 'intake',
  summary: 'A result was returned; deadline closes the clock and survey invites the citizen.',
  dataClass: DossierResultReturnedV1,
});
