import { DossierChannel, DossierStatus, PaymentMethod, Sex } from '@libs/contracts';
import { Commune } from '@libs/reference-data';

import { CopyRequest } from '../../procedures/domain/fees';
import {
  CertificationRegister,
  CivilStatusOutcome,
  VerificationAllowance,
} from '../../procedures/domain/procedure';

export interface PersonName {
  fullName: string;
}

export interface AddressLine {
  line: string;
  communeCode: string;
}

export interface BirthDetails {
  kind: 'birth';
  child: { fullName: string; dateOfBirth: string; sex: Sex };
  father?: PersonName;
  mother?: PersonName;
  address: AddressLine;
}

export interface MarriageDetails {
  kind: 'marriage';
  husband: PersonName;
  wife: PersonName;
  address: AddressLine;
}

export interface DeathDetails {
  kind: 'death';
  /** Sex and date of birth, when recorded: the condolence names the deceased with their age. */
  deceased: { fullName: string; dateOfDeath: string; sex?: Sex; dateOfBirth?: string };
  family: { fullName: string; relationship?: string; sex?: Sex; dateOfBirth?: string };
  address: AddressLine;
}

/** What the civil-status book will record; only for birth, marriage and death procedures. */
export type CivilStatusDetails = BirthDetails | MarriageDetails | DeathDetails;

export interface DossierApplicant {
  fullName: string;
  /** Citizen identity number (CCCD); kept in intake only. */
  identityNumber?: string;
  phone?: string;
  email?: string;
  addressLine?: string;
  /** As on the identity card, when recorded: letters say "Ông", "Bà", "Anh" or "Chị". */
  sex?: Sex;
  /** YYYY-MM-DD, when recorded: with the sex, it chooses the honorific. */
  dateOfBirth?: string;
}

/** The procedure's terms as they stood when the dossier was received. */
export interface ProcedureSnapshot {
  key: string;
  name: string;
  nationalCode?: string;
  processingWorkingDays: number;
  cutoff?: string;
  civilStatusOutcome: CivilStatusOutcome;
  /** The longer legal time when verification is needed, if the law gives one. */
  verification?: VerificationAllowance;
  /** A certification's book (Decree 23/2015 art. 13), e.g. 'SCT/BS'. */
  certificationRegister?: CertificationRegister;
}

export type FeeStatus = 'not-required' | 'unpaid' | 'paid';

export interface DossierFee {
  amountVnd: number;
  status: FeeStatus;
  method?: PaymentMethod;
  paidAt?: Date;
  reference?: string;
}

/** How a paper was handed in, as Mẫu 01 lists it. */
export const DOCUMENT_FORMS = ['original', 'copy', 'certified-copy', 'electronic'] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

export interface SubmittedDocument {
  name: string;
  form: DocumentForm;
  /** Number of copies of this paper in one set. */
  count: number;
}

/** Where the citizen registered to receive the result (Mẫu 01, item 6). */
export type ResultDelivery = { method: 'desk' } | { method: 'post'; address: string };

/** The dossier's line in the "sổ theo dõi hồ sơ" (Mẫu 07): book and order number. */
export interface RegisterEntry {
  book: string;
  number: number;
}

/** What Mẫu 01 records of the handover: the papers, the sets, the return, the register line. */
export interface ReceiptDetails {
  /** Empty when the papers were not itemised (older dossiers, imports). */
  documents: SubmittedDocument[];
  sets: number;
  resultDelivery: ResultDelivery;
  register?: RegisterEntry;
  /** Copy certification: one line per original, its pages and copies (one number each). */
  copyRequests?: CopyRequest[];
}

/**
 * The certification's line in the commune's "sổ chứng thực" (Decree 23/2015/NĐ-CP art. 13;
 * Circular 01/2020/TT-BTP art. 4): the book of its kind for the year, and one number per
 * certified document (several copies of one original share a number).
 */
export interface CertificationEntry {
  /** "01/2026-SCT/BS": book number, year and kind. */
  book: string;
  numbers: number[];
  at: Date;
}

export interface Actor {
  subject: string;
  name?: string;
}

/** A supplement request (Mẫu 02) or a refusal, stop or withdrawal, with its reason. */
export interface StatusNote {
  status: DossierStatus;
  at: Date;
  reason: string;
  items: string[];
  by: Actor;
}

/**
 * One recorded move of the dossier between statuses, with who made it and when: the rows of
 * its "phiếu kiểm soát quá trình giải quyết hồ sơ" (Mẫu 06).
 */
export interface DossierTransition {
  from: DossierStatus;
  to: DossierStatus;
  at: Date;
  by: Actor;
  reason?: string;
}

export interface Reschedule {
  previousDueAt: Date;
  dueAt: Date;
  reason: string;
  at: Date;
}

/**
 * The officer's "cần xác minh" decision: the appointment moves to the legal maximum, once, with
 * the reason recorded. A lawful time, unlike an apology's new date: on-time is judged by it.
 */
export interface VerificationRequest {
  reason: string;
  requestedAt: Date;
  by: Actor;
  previousDueAt: Date;
  dueAt: Date;
  maxWorkingDays: number;
  legalBasis: string;
}

export interface Dossier {
  id: string;
  code: string;
  commune: Commune;
  procedure: ProcedureSnapshot;
  channel: DossierChannel;
  applicant: DossierApplicant;
  civilStatus?: CivilStatusDetails;
  receipt?: ReceiptDetails;
  status: DossierStatus;
  receivedAt: Date;
  receivedBy: Actor;
  /** The appointment in force: the one on the slip, a new one after a supplement or reschedule. */
  dueAt: Date;
  /** The appointment first printed on the receipt slip. */
  originalDueAt: Date;
  reschedule?: Reschedule;
  verification?: VerificationRequest;
  fee: DossierFee;
  notes: StatusNote[];
  /** Every status change since receipt, oldest first (absent on dossiers older than the log). */
  transitions?: DossierTransition[];
  processedAt?: Date;
  civilStatusRegistrationId?: string;
  /** Set when a certification is done (processed): its số chứng thực. */
  certification?: CertificationEntry;
  returnedAt?: Date;
  onTime?: boolean;
  lastChangedAt: Date;
  /** The handover, when a counter receipt after hours was dated to the next session. */
  handedOverAt?: Date;
  /** The deadline service's warning that the appointment is close (deadline.due-soon). */
  dueSoon?: DueSoonWarning;
}

/** When the desk was warned, and how many working hours were left then. */
export interface DueSoonWarning {
  warnedAt: Date;
  workingHoursLeft: number;
}
