import { HourMinute } from '@libs/calendar';

/** What a procedure's result registers in the civil-status book, if anything. */
export const CIVIL_STATUS_OUTCOMES = ['birth', 'marriage', 'death', 'none'] as const;
export type CivilStatusOutcome = (typeof CIVIL_STATUS_OUTCOMES)[number];

/**
 * How far the procedure is offered online (Decree 42/2022/NĐ-CP): the whole procedure
 * online ("toàn trình"), partly online ("một phần": the citizen still comes to the desk),
 * or only at the desk.
 */
export const SERVICE_LEVELS = ['full-online', 'partial-online', 'counter-only'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/**
 * The longer time a law allows when verification is needed ("trường hợp cần xác minh"), counted
 * like the ordinary time: working days after the receipt day. Only built-in procedures carry
 * one, from their law; a commune cannot grant it (docs/legal-basis.md).
 */
export interface VerificationAllowance {
  maxWorkingDays: number;
  legalBasis: string;
}

/** How the amount due is counted when it is not the flat `feeVnd`. */
export const FEE_BASES = ['flat', 'per-copy-page', 'late-registration'] as const;
export type FeeBasis = (typeof FEE_BASES)[number];

/** The certification books of Decree 23/2015/NĐ-CP art. 13(4), by their symbols. */
export const CERTIFICATION_REGISTERS = ['SCT/BS', 'SCT/CK,ĐC', 'SCT/CKND', 'SCT/HĐ,GD'] as const;
export type CertificationRegister = (typeof CERTIFICATION_REGISTERS)[number];

export interface Procedure {
  key: string;
  /** Vietnamese name as published in the procedure list. */
  name: string;
  /** National procedure code on the Cổng Dịch vụ công quốc gia, e.g. '1.001193'. */
  nationalCode?: string;
  /** Legal basis of the processing time, fee and cut-off, for the posted schedule. */
  legalBasis?: string;
  /** Working days after the receipt day; 0 means the result is due the same day. */
  processingWorkingDays: number;
  /** Receipts at or after this time count from the next working day (the 15:00 rule). */
  cutoff?: HourMinute;
  /** Base fee or charge in đồng (0 = free). */
  feeVnd: number;
  /** How the fee is counted when it is not a flat amount (per page, exemptions). */
  feeNote?: string;
  serviceLevel: ServiceLevel;
  civilStatusOutcome: CivilStatusOutcome;
  /** The longer legal time when verification is needed; absent when the law gives none. */
  verification?: VerificationAllowance;
  /** Documents the citizen hands in or shows, as the law lists them. */
  requiredDocuments?: readonly string[];
  /** 'flat' when absent. */
  feeBasis?: FeeBasis;
  /** The book a certification is entered in, with its number (số chứng thực). */
  certificationRegister?: CertificationRegister;
  /** Where the definition comes from: the built-in catalogue or a commune's own entry. */
  source: 'national-default' | 'commune';
}

/** The terms that come from the law and stay with a built-in procedure whatever a commune sets. */
export type LegalTerms = Pick<
  Procedure,
  'verification' | 'feeBasis' | 'certificationRegister' | 'requiredDocuments'
>;

/** A commune's own entry: a new procedure or its own terms for a default one. */
export type ProcedureDefinition = Omit<Procedure, 'source' | keyof LegalTerms> & {
  active: boolean;
};
