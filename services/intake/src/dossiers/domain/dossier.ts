import { DossierChannel, DossierStatus, PaymentMethod, Sex } from '@libs/contracts';
import { Commune } from '@libs/reference-data';
import { CivilStatusOutcome } from '../../procedures/domain/procedure';

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
}

export type FeeStatus = 'not-required' | 'unpaid' | 'paid';

export interface DossierFee {
  amountVnd: number;
  status: FeeStatus;
  method?: PaymentMethod;
  paidAt?: Date;
  reference?: string;
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

export interface Dossier {
  id: string;
  code: string;
  commune: Commune;
  procedure: ProcedureSnapshot;
  channel: DossierChannel;
  applicant: DossierApplicant;
  civilStatus?: CivilStatusDetails;
  status: DossierStatus;
  receivedAt: Date;
  receivedBy: Actor;
  /** The appointment in force: the one on the slip, a new one after a supplement or reschedule. */
  dueAt: Date;
  /** The appointment first printed on the receipt slip. */
  originalDueAt: Date;
  reschedule?: Reschedule;
  fee: DossierFee;
  notes: StatusNote[];
  processedAt?: Date;
  civilStatusRegistrationId?: string;
  returnedAt?: Date;
  onTime?: boolean;
  lastChangedAt: Date;
}
