import { DossierChannel, DossierStatus, PaymentMethod, Sex } from '@libs/contracts';
import { Commune } from '@libs/reference-data';
import { CivilStatusOutcome, VerificationAllowance } from '../../procedures/domain/procedure';

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
  deceased: { fullName: string; dateOfDeath: string };
  family: { fullName: string; relationship?: string };
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
  processedAt?: Date;
  civilStatusRegistrationId?: string;
  returnedAt?: Date;
  onTime?: boolean;
  lastChangedAt: Date;
  /** The handover, when a counter receipt after hours was dated to the next session. */
  handedOverAt?: Date;
}
