import {
  dueAt,
  extendDue,
  HourMinute,
  isWithinOfficeHours,
  nextOfficeOpening,
} from '@libs/calendar';
import { vietnamCalendarDate, vietnameseAmount } from '@libs/clock';
import { DossierChannel, DossierStatus, PaymentMethod } from '@libs/contracts';
import { Commune } from '@libs/reference-data';

import { normalizeName } from '../../birth-registration/domain/birth-registration';
import {
  copyCertificationFeeVnd,
  CopyRequest,
  isLateRegistration,
  lateRegistrationFeeVnd,
  ProvinceCivilStatusFees,
} from '../../procedures/domain/fees';
import { Procedure } from '../../procedures/domain/procedure';
import { civilStatusDetails, CivilStatusDetailsRequest } from './civil-status-details';
import { IntakeSettings } from './commune-intake-settings';
import {
  Actor,
  Dossier,
  DossierApplicant,
  ProcedureSnapshot,
  ReceiptDetails,
  ResultDelivery,
  SubmittedDocument,
} from './dossier';
import { DossierErrors, Problem } from './dossier.errors';
import { importedCodeProblems } from './dossier-code';
import { canTransition, isClosed, REASON_REQUIRED } from './dossier-status';
import { personFacts } from './person-details';

/** Nothing the platform holds predates the one-stop desks' electronic systems. */
const EARLIEST_RECEIPT = new Date('2015-01-01T00:00:00+07:00');

export interface ReceiveDossierRequest extends CivilStatusDetailsRequest {
  communeCode: string;
  procedureKey: string;
  channel: DossierChannel;
  applicant: DossierApplicant;
  /** The amount due when it differs from the posted fee (e.g. an exemption). */
  feeVnd?: number;
  /** Copy certification: the originals and copies, from which the fee is computed. */
  copyRequests?: CopyRequest[];
  /** Historical import only: when the dossier was really received. */
  receivedAt?: Date;
  /** The papers handed in, each with its form and number of copies (Mẫu 01, item 1). */
  documents?: SubmittedDocument[];
  /** Number of sets (bộ) handed in (Mẫu 01, item 2); 1 when not stated. */
  sets?: number;
  /** Where the result goes (Mẫu 01, item 6); the desk when not stated. */
  resultDelivery?: ResultDelivery;
}

export interface ReceiveContext {
  id: string;
  now: Date;
  receivedBy: Actor;
  /** Resolved by the caller; undefined when unknown. */
  commune: Commune | undefined;
  procedure: Procedure | undefined;
  findCommune: (code: string) => Commune | undefined;
  /** Historical import only: the code the old system gave the dossier. */
  importedCode?: string;
  /** The commune's province civil-status fees, if the system has them. */
  civilStatusFees?: ProvinceCivilStatusFees;
  /** The commune's intake settings (agency e-ID, after-hours rule); checks need them. */
  settings?: IntakeSettings;
}

export type PreparedDossier = Omit<Dossier, 'code'>;

/**
 * The appointment: close of office (the province's hours), the procedure's working days after
 * the receipt day, counted from the next working day after the cut-off if it has one.
 */
export function appointmentFor(
  procedure: ProcedureSnapshot,
  validReceiptAt: Date,
  provinceCode?: string,
): Date {
  return dueAt(validReceiptAt, procedure.processingWorkingDays, {
    ...(procedure.cutoff ? { cutoff: procedure.cutoff as HourMinute } : {}),
    ...(provinceCode ? { provinceCode } : {}),
  });
}

/**
 * The amount due at receipt: what the officer states, else what the law computes (copies by
 * pages and copies; a late birth or death at the province's rate). Problems are reported.
 */
function feeAtReceipt(
  request: ReceiveDossierRequest,
  procedure: Procedure,
  civilStatus: Dossier['civilStatus'],
  receivedAt: Date,
  fees: ProvinceCivilStatusFees | undefined,
  problems: Problem[],
): number {
  const basis = procedure.feeBasis ?? 'flat';
  if (request.copyRequests !== undefined && basis !== 'per-copy-page') {
    problems.push({
      field: 'copyRequests',
      message: `Phí thủ tục ${procedure.name} không tính theo số trang, số bản.`,
    });
  }
  if (basis === 'per-copy-page' && request.copyRequests !== undefined) {
    const computed = copyCertificationFeeVnd(request.copyRequests);
    if (request.feeVnd !== undefined && request.feeVnd !== computed) {
      problems.push({
        field: 'feeVnd',
        message: `Phí chứng thực theo số trang, số bản là ${vietnameseAmount(computed)} (Thông tư 226/2016/TT-BTC).`,
      });
    }
    return computed;
  }
  if (basis === 'late-registration' && civilStatus && civilStatus.kind !== 'marriage') {
    const eventDate =
      civilStatus.kind === 'birth'
        ? civilStatus.child.dateOfBirth
        : civilStatus.deceased.dateOfDeath;
    const late = isLateRegistration(civilStatus.kind, eventDate, vietnamCalendarDate(receivedAt));
    if (!late) {
      if (request.feeVnd !== undefined && request.feeVnd > 0) {
        problems.push({
          field: 'feeVnd',
          message: 'Đăng ký đúng hạn được miễn lệ phí (Luật Hộ tịch 2014, Điều 11 khoản 1).',
        });
      }
      return 0;
    }
    if (request.feeVnd !== undefined) {
      return request.feeVnd;
    }
    const provincial = lateRegistrationFeeVnd(civilStatus.kind, fees);
    if (provincial === undefined) {
      problems.push({
        field: 'feeVnd',
        message:
          'Đăng ký quá hạn phải nộp lệ phí theo nghị quyết của Hội đồng nhân dân tỉnh; tỉnh chưa có mức thu trong hệ thống, cần nhập số tiền.',
      });
      return 0;
    }
    return provincial;
  }
  return request.feeVnd ?? procedure.feeVnd;
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
  const settings = context.settings;
  if (commune && settings && !settings.agency) {
    problems.push({
      field: 'communeCode',
      message:
        'Tỉnh của xã, phường này chưa có mã định danh điện tử cơ quan (Quyết định 20/2020/QĐ-TTg) trong hệ thống nên chưa cấp được mã hồ sơ.',
    });
  }
  if (context.importedCode !== undefined && commune && settings?.agency) {
    problems.push(
      ...importedCodeProblems(
        context.importedCode,
        { ...settings, agency: settings.agency },
        receivedAt,
        context.now,
      ).map((message) => ({ field: 'dossierCode', message })),
    );
  }
  const validReceiptAt = counterReceiptTime(request, receivedAt, commune, settings);
  const receipt = receiptDetails(request, problems);
  const applicant = normalizeApplicant(request.applicant, receivedAt, problems);
  let civilStatus: Dossier['civilStatus'];
  let amountVnd = 0;
  if (commune && procedure) {
    const checked = civilStatusDetails(procedure.civilStatusOutcome, request, {
      commune,
      receivedAt,
      findCommune: context.findCommune,
    });
    civilStatus = checked.details;
    problems.push(...checked.problems);
    amountVnd = feeAtReceipt(
      request,
      procedure,
      civilStatus,
      receivedAt,
      context.civilStatusFees,
      problems,
    );
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
    ...(procedure.verification ? { verification: procedure.verification } : {}),
    ...(procedure.certificationRegister
      ? { certificationRegister: procedure.certificationRegister }
      : {}),
  };
  const due = appointmentFor(snapshot, validReceiptAt, commune.provinceCode);
  return {
    id: context.id,
    commune,
    procedure: snapshot,
    channel: request.channel,
    applicant,
    ...(civilStatus ? { civilStatus } : {}),
    receipt: request.copyRequests
      ? {
          ...receipt,
          copyRequests: request.copyRequests.map(({ pages, copies }) => ({ pages, copies })),
        }
      : receipt,
    status: 'received',
    receivedAt: validReceiptAt,
    receivedBy: context.receivedBy,
    dueAt: due,
    originalDueAt: due,
    fee: { amountVnd, status: amountVnd > 0 ? 'unpaid' : 'not-required' },
    notes: [],
    // The handover itself: an officer may start work before the dated receipt time.
    lastChangedAt: receivedAt,
    ...(validReceiptAt.getTime() !== receivedAt.getTime() ? { handedOverAt: receivedAt } : {}),
  };
}

/**
 * The time a counter receipt is dated: the handover, inside office hours. Outside them the
 * commune either refuses (the citizen comes back when the desk is open) or dates it to the next
 * office session. Online submissions are accepted at any hour; imports keep their own time.
 */
function counterReceiptTime(
  request: ReceiveDossierRequest,
  receivedAt: Date,
  commune: Commune | undefined,
  settings: IntakeSettings | undefined,
): Date {
  if (
    request.channel !== 'counter' ||
    request.receivedAt !== undefined ||
    !commune ||
    !settings ||
    settings.afterHoursCounter === 'at-handover' ||
    isWithinOfficeHours(receivedAt, commune.provinceCode)
  ) {
    return receivedAt;
  }
  const opening = nextOfficeOpening(receivedAt, commune.provinceCode);
  if (settings.afterHoursCounter === 'refuse') {
    throw DossierErrors.outsideOfficeHours(opening);
  }
  return opening;
}

const MAX_SETS = 50;
const MAX_COPIES = 100;

/** Mẫu 01's record of the handover, with one problem per bad entry. */
function receiptDetails(request: ReceiveDossierRequest, problems: Problem[]): ReceiptDetails {
  const documents = (request.documents ?? []).map((document, index) => {
    const name = normalizeName(document.name);
    if (!name) {
      problems.push({
        field: `documents[${index}].name`,
        message: 'Tên giấy tờ không được để trống.',
      });
    }
    if (!Number.isInteger(document.count) || document.count < 1 || document.count > MAX_COPIES) {
      problems.push({
        field: `documents[${index}].count`,
        message: `Số bản của mỗi giấy tờ từ 1 đến ${MAX_COPIES}.`,
      });
    }
    return { name, form: document.form, count: document.count };
  });
  const sets = request.sets ?? 1;
  if (!Number.isInteger(sets) || sets < 1 || sets > MAX_SETS) {
    problems.push({ field: 'sets', message: `Số lượng hồ sơ từ 1 đến ${MAX_SETS} bộ.` });
  }
  let resultDelivery: ResultDelivery = { method: 'desk' };
  if (request.resultDelivery?.method === 'post') {
    const address = normalizeName(request.resultDelivery.address);
    if (!address) {
      problems.push({
        field: 'resultDelivery.address',
        message: 'Nhận kết quả qua dịch vụ bưu chính phải ghi địa chỉ nhận.',
      });
    }
    resultDelivery = { method: 'post', address };
  }
  return { documents, sets, resultDelivery };
}

function normalizeApplicant(
  applicant: DossierApplicant,
  receivedAt: Date,
  problems: Problem[],
): DossierApplicant {
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
    ...personFacts(
      'applicant',
      applicant,
      { date: vietnamCalendarDate(receivedAt), label: 'ngày nộp hồ sơ' },
      problems,
    ),
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
    transitions: [
      ...(dossier.transitions ?? []),
      {
        from: dossier.status,
        to: change.to,
        at: change.at,
        by: change.by,
        ...(reason ? { reason } : {}),
      },
    ],
  };
  let dueMoved = false;
  if (dossier.status === 'supplement-requested' && change.to === 'in-progress') {
    // The time counts from the valid (now complete) dossier, cut-off rule included; a legal
    // verification time already granted keeps applying.
    const procedure = dossier.verification
      ? { ...dossier.procedure, processingWorkingDays: dossier.verification.maxWorkingDays }
      : dossier.procedure;
    after.dueAt = appointmentFor(procedure, change.at, dossier.commune.provinceCode);
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
      message: `Số tiền phải thu là ${vietnameseAmount(dossier.fee.amountVnd)}.`,
    });
  }
  // a fee paid at the handover counts even when the receipt is dated to the next session
  const earliest = dossier.handedOverAt ?? dossier.receivedAt;
  if (payment.at.getTime() > payment.now.getTime() || payment.at < earliest) {
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

/** Statuses in which the officer is still deciding the dossier, so verification can be needed. */
const VERIFIABLE_STATUSES: ReadonlySet<DossierStatus> = new Set(['received', 'in-progress']);

export interface VerificationCommand {
  reason?: string;
  at: Date;
  by: Actor;
}

/**
 * "Cần xác minh": moves the appointment to the legal maximum the procedure's law allows when
 * verification is needed, counted from the same start as the appointment in force. Allowed
 * once, with a reason, only while the dossier is being decided and before its time has run out.
 */
export function requestVerification(dossier: Dossier, command: VerificationCommand): Dossier {
  const reason = command.reason ? normalizeName(command.reason) : '';
  if (!reason) {
    throw DossierErrors.verificationReasonRequired();
  }
  if (isClosed(dossier.status)) {
    throw DossierErrors.closed(dossier.status);
  }
  const allowance = dossier.procedure.verification;
  if (!allowance) {
    throw DossierErrors.verificationNotAllowed(dossier.procedure.name);
  }
  if (dossier.verification) {
    throw DossierErrors.verificationAlreadyApplied(dossier.verification.requestedAt);
  }
  if (!VERIFIABLE_STATUSES.has(dossier.status)) {
    throw DossierErrors.verificationNotInStatus(dossier.status);
  }
  if (dossier.reschedule) {
    throw DossierErrors.verificationAfterReschedule();
  }
  if (command.at.getTime() > dossier.dueAt.getTime()) {
    throw DossierErrors.verificationTooLate(dossier.dueAt);
  }
  const extraDays = allowance.maxWorkingDays - dossier.procedure.processingWorkingDays;
  const dueAt = extendDue(dossier.dueAt, Math.max(extraDays, 0), dossier.commune.provinceCode);
  return {
    ...dossier,
    dueAt,
    lastChangedAt: command.at,
    verification: {
      reason,
      requestedAt: command.at,
      by: command.by,
      previousDueAt: dossier.dueAt,
      dueAt,
      maxWorkingDays: allowance.maxWorkingDays,
      legalBasis: allowance.legalBasis,
    },
  };
}
