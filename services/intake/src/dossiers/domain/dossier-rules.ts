import { dueAt, HourMinute } from '@libs/calendar';
import { DossierChannel, DossierStatus, PaymentMethod } from '@libs/contracts';
import { Commune } from '@libs/reference-data';
import { normalizeName } from '../../birth-registration/domain/birth-registration';
import { Procedure } from '../../procedures/domain/procedure';
import { CivilStatusDetailsRequest, civilStatusDetails } from './civil-status-details';
import { Actor, Dossier, DossierApplicant, ProcedureSnapshot } from './dossier';
import { canTransition, isClosed, REASON_REQUIRED } from './dossier-status';
import { DossierErrors, Problem } from './dossier.errors';

/** Nothing the platform holds predates the one-stop desks' electronic systems. */
const EARLIEST_RECEIPT = new Date('2015-01-01T00:00:00+07:00');

export interface ReceiveDossierRequest extends CivilStatusDetailsRequest {
  communeCode: string;
  procedureKey: string;
  channel: DossierChannel;
  applicant: DossierApplicant;
  /** The amount due when it differs from the posted fee (e.g. a copy of many pages). */
  feeVnd?: number;
  /** Historical import only: when the dossier was really received. */
  receivedAt?: Date;
}

export interface ReceiveContext {
  id: string;
  now: Date;
  receivedBy: Actor;
  /** Resolved by the caller; undefined when unknown. */
  commune: Commune | undefined;
  procedure: Procedure | undefined;
  findCommune: (code: string) => Commune | undefined;
}

export type PreparedDossier = Omit<Dossier, 'code'>;

/** The appointment: close of office, the procedure's working days after the receipt day. */
export function appointmentFor(procedure: ProcedureSnapshot, validReceiptAt: Date): Date {
  return dueAt(
    validReceiptAt,
    procedure.processingWorkingDays,
    procedure.cutoff ? { cutoff: procedure.cutoff as HourMinute } : {},
  );
}

/**
 * Receives a dossier as the desk officer does: every problem is reported at once, and the
 * appointment is computed from the receipt time with the procedure's cut-off rule.
 */
export function prepareDossier(
  request: ReceiveDossierRequest,
  context: ReceiveContext,
): PreparedDossier {
  const problems: Problem[] = [];
  const { commune, procedure } = context;
  if (!commune) {
    problems.push({
      field: 'communeCode',
      message: `Không có xã, phường mã ${request.communeCode}.`,
    });
  }
  if (!procedure) {
    problems.push({
      field: 'procedureKey',
      message: `Xã, phường không tiếp nhận thủ tục "${request.procedureKey}".`,
    });
  } else if (request.channel === 'online' && procedure.serviceLevel === 'counter-only') {
    problems.push({
      field: 'channel',
      message: `Thủ tục ${procedure.name} chỉ tiếp nhận trực tiếp tại Bộ phận một cửa.`,
    });
  }
  const receivedAt = request.receivedAt ?? context.now;
  if (receivedAt.getTime() > context.now.getTime()) {
    problems.push({ field: 'receivedAt', message: 'Thời điểm tiếp nhận không được ở tương lai.' });
  } else if (receivedAt < EARLIEST_RECEIPT) {
    problems.push({
      field: 'receivedAt',
      message: 'Thời điểm tiếp nhận không được trước năm 2015.',
    });
  }
  const applicant = normalizeApplicant(request.applicant, problems);
  let civilStatus: Dossier['civilStatus'];
  if (commune && procedure) {
    const checked = civilStatusDetails(procedure.civilStatusOutcome, request, {
      commune,
      receivedAt,
      findCommune: context.findCommune,
    });
    civilStatus = checked.details;
    problems.push(...checked.problems);
  }
  if (problems.length > 0 || !commune || !procedure) {
    throw DossierErrors.invalid(problems);
  }
  const snapshot: ProcedureSnapshot = {
    key: procedure.key,
    name: procedure.name,
    ...(procedure.nationalCode ? { nationalCode: procedure.nationalCode } : {}),
    processingWorkingDays: procedure.processingWorkingDays,
    ...(procedure.cutoff ? { cutoff: procedure.cutoff } : {}),
    civilStatusOutcome: procedure.civilStatusOutcome,
  };
  const due = appointmentFor(snapshot, receivedAt);
  const amountVnd = request.feeVnd ?? procedure.feeVnd;
  return {
    id: context.id,
    commune,
    procedure: snapshot,
    channel: request.channel,
    applicant,
    ...(civilStatus ? { civilStatus } : {}),
    status: 'received',
    receivedAt,
    receivedBy: context.receivedBy,
    dueAt: due,
    originalDueAt: due,
    fee: { amountVnd, status: amountVnd > 0 ? 'unpaid' : 'not-required' },
    notes: [],
    lastChangedAt: receivedAt,
  };
}

function normalizeApplicant(applicant: DossierApplicant, problems: Problem[]): DossierApplicant {
  const fullName = normalizeName(applicant.fullName);
  if (!fullName) {
    problems.push({
      field: 'applicant.fullName',
      message: 'Họ tên người nộp không được để trống.',
    });
  }
  const addressLine = applicant.addressLine ? normalizeName(applicant.addressLine) : undefined;
  return {
    fullName,
    ...(applicant.identityNumber ? { identityNumber: applicant.identityNumber } : {}),
    ...(applicant.phone ? { phone: applicant.phone.replace(/[\s.]/g, '') } : {}),
    ...(applicant.email ? { email: applicant.email.trim().toLowerCase() } : {}),
    ...(addressLine ? { addressLine } : {}),
  };
}

export interface StatusChange {
  to: DossierStatus;
  at: Date;
  now: Date;
  reason?: string;
  /** Documents to add (a supplement request, Mẫu 02). */
  items?: string[];
  by: Actor;
  /** Id of the civil-status registration a processed civil-status dossier creates. */
  registrationId: string;
}

export interface StatusChangeResult {
  dossier: Dossier;
  /** True when the change moved the appointment (a supplement arrived). */
  dueMoved: boolean;
}

/** One move along the transition table, with what it implies for the appointment and result. */
export function changeStatus(dossier: Dossier, change: StatusChange): StatusChangeResult {
  if (!canTransition(dossier.status, change.to)) {
    throw DossierErrors.transitionNotAllowed(dossier.status, change.to);
  }
  const problems: Problem[] = [];
  if (change.at < dossier.lastChangedAt) {
    problems.push({ field: 'at', message: 'Thời điểm không được trước lần cập nhật trước.' });
  }
  if (change.at.getTime() > change.now.getTime()) {
    problems.push({ field: 'at', message: 'Thời điểm không được ở tương lai.' });
  }
  const reason = change.reason ? normalizeName(change.reason) : '';
  if (REASON_REQUIRED.has(change.to) && !reason) {
    problems.push({ field: 'reason', message: 'Cần ghi rõ lý do để thông báo cho công dân.' });
  }
  const items = (change.items ?? []).map(normalizeName).filter(Boolean);
  if (change.to === 'supplement-requested' && items.length === 0) {
    problems.push({ field: 'items', message: 'Cần liệt kê giấy tờ phải bổ sung, hoàn thiện.' });
  }
  if (problems.length > 0) {
    throw DossierErrors.invalid(problems);
  }
  if (change.to === 'result-returned' && dossier.fee.status === 'unpaid') {
    throw DossierErrors.feeUnpaid();
  }
  const after: Dossier = {
    ...dossier,
    status: change.to,
    lastChangedAt: change.at,
    notes: REASON_REQUIRED.has(change.to)
      ? [...dossier.notes, { status: change.to, at: change.at, reason, items, by: change.by }]
      : dossier.notes,
  };
  let dueMoved = false;
  if (dossier.status === 'supplement-requested' && change.to === 'in-progress') {
    // The time counts from the valid (now complete) dossier, cut-off rule included.
    after.dueAt = appointmentFor(dossier.procedure, change.at);
    dueMoved = true;
  }
  if (change.to === 'processed') {
    after.processedAt = change.at;
    if (dossier.civilStatus) {
      after.civilStatusRegistrationId = change.registrationId;
    }
  }
  if (change.to === 'result-returned') {
    after.returnedAt = change.at;
    // An apology's new appointment excuses nothing in the figures: a rescheduled dossier
    // is on time only if returned by the appointment the office had promised before.
    const promised = dossier.reschedule ? dossier.reschedule.previousDueAt : dossier.dueAt;
    after.onTime = change.at.getTime() <= promised.getTime();
  }
  return { dossier: after, dueMoved };
}

export interface Payment {
  amountVnd: number;
  method: PaymentMethod;
  at: Date;
  now: Date;
  reference?: string;
}

export function recordPayment(dossier: Dossier, payment: Payment): Dossier {
  if (isClosed(dossier.status)) {
    throw DossierErrors.closed(dossier.status);
  }
  if (dossier.fee.status === 'not-required') {
    throw DossierErrors.feeNotDue();
  }
  if (dossier.fee.status === 'paid') {
    throw DossierErrors.feeAlreadyPaid();
  }
  const problems: Problem[] = [];
  if (payment.amountVnd !== dossier.fee.amountVnd) {
    problems.push({
      field: 'amountVnd',
      message: `Số tiền phải thu là ${dossier.fee.amountVnd.toLocaleString('vi-VN')} đồng.`,
    });
  }
  if (payment.at.getTime() > payment.now.getTime() || payment.at < dossier.receivedAt) {
    problems.push({ field: 'paidAt', message: 'Thời điểm nộp phí phải từ lúc tiếp nhận đến nay.' });
  }
  if (problems.length > 0) {
    throw DossierErrors.invalid(problems);
  }
  return {
    ...dossier,
    fee: {
      amountVnd: dossier.fee.amountVnd,
      status: 'paid',
      method: payment.method,
      paidAt: payment.at,
      ...(payment.reference ? { reference: payment.reference } : {}),
    },
  };
}

/**
 * The one new appointment the deadline service recorded (with the apology). A dossier already
 * closed keeps its history as it is.
 */
export function applyReschedule(
  dossier: Dossier,
  reschedule: { dueAt: Date; reason: string; at: Date },
): Dossier | undefined {
  if (isClosed(dossier.status)) {
    return undefined;
  }
  return {
    ...dossier,
    dueAt: reschedule.dueAt,
    reschedule: {
      previousDueAt: dossier.dueAt,
      dueAt: reschedule.dueAt,
      reason: reschedule.reason,
      at: reschedule.at,
    },
  };
}
