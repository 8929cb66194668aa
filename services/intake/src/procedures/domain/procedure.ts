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

export const PROCEDURE_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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
  /** Where the definition comes from: the built-in catalogue or a commune's own entry. */
  source: 'national-default' | 'commune';
}

/** A commune's own entry: a new procedure or its own terms for a default one. */
export type ProcedureDefinition = Omit<Procedure, 'source'> & { active: boolean };
