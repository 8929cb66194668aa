import { VietnamWorkingCalendar } from '@libs/calendar';
import { addCalendarDays, endOfVietnamDay, vietnamCalendarDate } from '@libs/clock';
import { DomainError } from '@libs/errors';

/**
 * What the law does with a citizen's letter, step by step (sources in docs/legal-basis.md,
 * "Letters, complaints, denunciations"):
 * - handling the letter (xử lý đơn: read, classify, accept, forward or guide) has its own
 *   limit, separate from answering it;
 * - a complaint (khiếu nại, Luật Khiếu nại 2011) and a denunciation (tố cáo, Luật Tố cáo
 *   2018) leave the petition flow for their own procedure, with statutory acceptance and
 *   resolution periods counted from acceptance (thụ lý).
 */
export const LETTER_HANDLING_WORKING_DAYS = 10;

export const STATUTORY_PROCEDURES = ['complaint', 'denunciation'] as const;
export type StatutoryProcedure = (typeof STATUTORY_PROCEDURES)[number];

export const STATUTORY_PROCEDURE_LABELS: Record<StatutoryProcedure, string> = {
  complaint: 'Khiếu nại (giải quyết theo Luật Khiếu nại)',
  denunciation: 'Tố cáo (giải quyết theo Luật Tố cáo)',
};

/** Complaint: Art. 27 (accept within 10 days of receipt), Art. 28 (first-instance resolution). */
const COMPLAINT = {
  acceptanceDays: 10,
  resolutionDays: { normal: 30, complex: 45 },
  remoteAreaResolutionDays: { normal: 45, complex: 60 },
} as const;

/**
 * Denunciation: Art. 24(1) (enter, classify and first-handle within 7 working days),
 * Art. 30 (30 days from acceptance; one extension of ≤ 30 days for a complex case, two for an
 * especially complex one).
 */
const DENUNCIATION = {
  initialHandlingWorkingDays: 7,
  resolutionDays: 30,
  extensionMaxDays: 30,
  maxExtensions: { normal: 0, complex: 1, 'especially-complex': 2 },
} as const;

export const COMPLEXITIES = ['normal', 'complex', 'especially-complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

export interface StatutoryRoute {
  procedure: StatutoryProcedure;
  routedAt: Date;
  routedBy: string;
  reason: string;
  /** Ở vùng sâu, vùng xa đi lại khó khăn: longer complaint periods (Luật Khiếu nại Art. 28). */
  remoteArea: boolean;
  /** Last moment to accept (thụ lý) or refuse in writing. */
  acceptanceDueAt: Date;
  acceptedAt?: Date;
  complexity?: Complexity;
  /** Statutory end of resolution, extensions included. */
  resolutionDueAt?: Date;
  extensions: { days: number; reason: string; decidedAt: Date }[];
}

export const LetterProcedureErrors = {
  invalid: (field: string, message: string): DomainError =>
    new DomainError('FEEDBACK.INVALID', 'invalid', 'Yêu cầu chưa hợp lệ.', [
      { field, messages: [message] },
    ]),
  notRouted: (code: string): DomainError =>
    new DomainError(
      'FEEDBACK_CASE.NOT_ROUTED',
      'conflict',
      `Đơn ${code} chưa được chuyển sang giải quyết khiếu nại hoặc tố cáo.`,
    ),
  alreadyAccepted: (code: string): DomainError =>
    new DomainError('FEEDBACK_CASE.ALREADY_ACCEPTED', 'conflict', `Đơn ${code} đã được thụ lý.`),
  notAccepted: (code: string): DomainError =>
    new DomainError(
      'FEEDBACK_CASE.NOT_ACCEPTED',
      'conflict',
      `Đơn ${code} chưa được thụ lý nên chưa thể gia hạn giải quyết.`,
    ),
  extensionNotAllowed: (message: string): DomainError =>
    new DomainError('FEEDBACK_CASE.EXTENSION_NOT_ALLOWED', 'conflict', message),
};

const calendar = new VietnamWorkingCalendar();

/**
 * A period of `days` calendar days from an event: the day of the event is not counted, and a
 * period ending on a day off ends on the next working day (Bộ luật Dân sự 2015 Art. 147–148).
 */
export function calendarDaysPeriodEnd(from: Date, days: number): Date {
  const last = addCalendarDays(vietnamCalendarDate(from), days);
  return endOfVietnamDay(calendar.firstWorkingDayFrom(last));
}

/** `workingDays` working days after the day of the event, to the end of that day. */
export function workingDaysPeriodEnd(from: Date, workingDays: number): Date {
  return endOfVietnamDay(calendar.addWorkingDays(vietnamCalendarDate(from), workingDays));
}

/** Deadline for handling the letter (xử lý đơn), whatever it turns out to be. */
export function letterHandlingDueAt(receivedAt: Date): Date {
  return workingDaysPeriodEnd(receivedAt, LETTER_HANDLING_WORKING_DAYS);
}

/** Takes a letter out of the petition flow into the complaint or denunciation procedure. */
export function routeLetter(
  request: { procedure: StatutoryProcedure; reason: string; remoteArea?: boolean },
  context: { receivedAt: Date; now: Date; by: string },
): StatutoryRoute {
  const reason = request.reason.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!reason) {
    throw LetterProcedureErrors.invalid(
      'reason',
      'Cần ghi lý do phân loại đơn là khiếu nại hoặc tố cáo.',
    );
  }
  const acceptanceDueAt =
    request.procedure === 'complaint'
      ? calendarDaysPeriodEnd(context.receivedAt, COMPLAINT.acceptanceDays)
      : workingDaysPeriodEnd(context.receivedAt, DENUNCIATION.initialHandlingWorkingDays);
  return {
    procedure: request.procedure,
    routedAt: context.now,
    routedBy: context.by,
    reason,
    remoteArea: request.remoteArea ?? false,
    acceptanceDueAt,
    extensions: [],
  };
}

/** Acceptance (thụ lý) starts the statutory resolution period. */
export function acceptLetter(
  route: StatutoryRoute,
  complexity: Complexity,
  context: { now: Date; caseCode: string },
): StatutoryRoute {
  if (route.acceptedAt) {
    throw LetterProcedureErrors.alreadyAccepted(context.caseCode);
  }
  if (route.procedure === 'complaint' && complexity === 'especially-complex') {
    throw LetterProcedureErrors.invalid(
      'complexity',
      'Luật Khiếu nại (Điều 28) chỉ phân biệt vụ việc thông thường và phức tạp.',
    );
  }
  let days: number;
  if (route.procedure === 'complaint') {
    const table = route.remoteArea ? COMPLAINT.remoteAreaResolutionDays : COMPLAINT.resolutionDays;
    days = complexity === 'complex' ? table.complex : table.normal;
  } else {
    days = DENUNCIATION.resolutionDays;
  }
  return {
    ...route,
    acceptedAt: context.now,
    complexity,
    resolutionDueAt: calendarDaysPeriodEnd(context.now, days),
  };
}

/**
 * Extends the resolution of a denunciation (Luật Tố cáo Art. 30(2)–(4)): a written decision,
 * at most 30 days each, once for a complex case, twice for an especially complex one. The law
 * on complaints has no extension: its longer period comes with the complexity at acceptance.
 */
export function extendResolution(
  route: StatutoryRoute,
  request: { days: number; reason: string },
  context: { now: Date; caseCode: string },
): StatutoryRoute {
  if (!route.acceptedAt || !route.resolutionDueAt || !route.complexity) {
    throw LetterProcedureErrors.notAccepted(context.caseCode);
  }
  if (route.procedure === 'complaint') {
    throw LetterProcedureErrors.extensionNotAllowed(
      'Luật Khiếu nại không cho gia hạn thời hạn giải quyết khiếu nại lần đầu (Điều 28); vụ việc phức tạp được xác định khi thụ lý.',
    );
  }
  const allowed = DENUNCIATION.maxExtensions[route.complexity];
  if (route.extensions.length >= allowed) {
    throw LetterProcedureErrors.extensionNotAllowed(
      allowed === 0
        ? 'Chỉ vụ việc tố cáo phức tạp hoặc đặc biệt phức tạp mới được gia hạn giải quyết (Luật Tố cáo, Điều 30).'
        : `Vụ việc ${route.complexity === 'complex' ? 'phức tạp' : 'đặc biệt phức tạp'} chỉ được gia hạn ${allowed} lần (Luật Tố cáo, Điều 30).`,
    );
  }
  if (!Number.isInteger(request.days) || request.days < 1) {
    throw LetterProcedureErrors.invalid('days', 'Số ngày gia hạn phải là số nguyên dương.');
  }
  if (request.days > DENUNCIATION.extensionMaxDays) {
    throw LetterProcedureErrors.invalid(
      'days',
      `Mỗi lần gia hạn không quá ${DENUNCIATION.extensionMaxDays} ngày (Luật Tố cáo, Điều 30).`,
    );
  }
  const reason = request.reason.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!reason) {
    throw LetterProcedureErrors.invalid(
      'reason',
      'Cần ghi lý do gia hạn (quyết định bằng văn bản).',
    );
  }
  return {
    ...route,
    resolutionDueAt: calendarDaysPeriodEnd(route.resolutionDueAt, request.days),
    extensions: [...route.extensions, { days: request.days, reason, decidedAt: context.now }],
  };
}
