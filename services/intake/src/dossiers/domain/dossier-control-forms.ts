import { vietnamCalendarDate, vietnameseDateTime, vietnameseLongDate } from '@libs/clock';
import { DossierStatus } from '@libs/contracts';
import {
  datelinePlace,
  DocumentTableColumn,
  OfficialDocument,
  oneStopCentre,
  spreadsheetCsv,
  unitNameInSentence,
  unitNaming,
} from '@libs/documents';
import { Commune } from '@libs/reference-data';

import { Actor, Dossier, DossierTransition } from './dossier';
import { DOSSIER_STATUS_NAMES } from './dossier-status';

/**
 * The one-stop desk's two control forms, laid out as Circular 01/2018/TT-VPCP's Mẫu 05 and Mẫu 06
 * (numbered 06 and 07 in the 2025 set of Circular 03/2025/TT-VPCP, where 05 became the stop
 * notice; that numbering is from secondary sources, see docs/legal-basis.md):
 * - Mẫu 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: travels with the dossier; one row per
 *   handover, with its time, the people who gave and took it, and whether the step was before,
 *   on or after the appointment.
 * - Mẫu 07, Sổ theo dõi hồ sơ: the desk's register, one line per dossier received, in the order
 *   of the register numbers that Mẫu 01 prints.
 */

/** Dd/mm/yyyy, Vietnam time, for the narrow columns of the register. */
export function shortVietnamDate(instant: Date): string {
  const [year, month, day] = vietnamCalendarDate(instant).split('-');
  return `${day}/${month}/${year}`;
}

/** "Trước hạn", "Đúng hạn" or "Quá hạn": a step compared with the appointment, by calendar day. */
export function timeliness(at: Date, dueAt: Date): 'Trước hạn' | 'Đúng hạn' | 'Quá hạn' {
  if (at.getTime() > dueAt.getTime()) {
    return 'Quá hạn';
  }
  return vietnamCalendarDate(at) === vietnamCalendarDate(dueAt) ? 'Đúng hạn' : 'Trước hạn';
}

/**
 * The appointment a step is judged by: the office's own promise, the verification time
 * included; an apology's new date excuses nothing (as for `onTime`).
 */
function promisedDueAt(dossier: Dossier): Date {
  return dossier.reschedule ? dossier.reschedule.previousDueAt : dossier.dueAt;
}

function actorName(actor: Actor): string {
  return actor.name ?? actor.subject;
}

/** Who gives and who takes the dossier at a move, as the control sheet's first column says. */
function handover(transition: DossierTransition, centre: string): string {
  const officer = actorName(transition.by);
  switch (transition.to) {
    case 'in-progress':
      return transition.from === 'received'
        ? `Giao: ${centre}\nNhận: công chức giải quyết (${officer})`
        : `Nhận lại hồ sơ đã bổ sung, tiếp tục giải quyết (${officer})`;
    case 'processed':
      return transition.from === 'received'
        ? `Giải quyết ngay tại ${centre} (${officer})`
        : `Giao: công chức giải quyết\nNhận: ${centre} (kết quả, ${officer})`;
    case 'result-returned':
      return `Giao: ${centre} (${officer})\nNhận: người nộp hồ sơ (trả kết quả)`;
    case 'supplement-requested':
      return `Yêu cầu bổ sung, hoàn thiện hồ sơ (${officer})`;
    case 'financial-obligation':
      return `Yêu cầu thực hiện nghĩa vụ tài chính (${officer})`;
    case 'received':
    case 'rejected':
    case 'stopped':
    case 'withdrawn':
      return `${DOSSIER_STATUS_NAMES[transition.to].name} (${officer})`;
  }
}

/**
 * The moves of a dossier: those it recorded, or for a dossier older than the log, those its
 * dates prove (processed, returned) and its notes (supplements, refusals, stops).
 */
export function dossierMoves(dossier: Dossier): DossierTransition[] {
  if (dossier.transitions && dossier.transitions.length > 0) {
    return dossier.transitions;
  }
  const moves: DossierTransition[] = dossier.notes.map((note) => ({
    from: 'received',
    to: note.status,
    at: note.at,
    by: note.by,
    reason: note.reason,
  }));
  if (dossier.processedAt) {
    moves.push({
      from: 'in-progress',
      to: 'processed',
      at: dossier.processedAt,
      by: dossier.receivedBy,
    });
  }
  if (dossier.returnedAt) {
    moves.push({
      from: 'processed',
      to: 'result-returned',
      at: dossier.returnedAt,
      by: dossier.receivedBy,
    });
  }
  return moves.sort((a, b) => a.at.getTime() - b.at.getTime());
}

const CONTROL_COLUMNS: DocumentTableColumn[] = [
  { header: 'TÊN CƠ QUAN, BỘ PHẬN\n(giao, nhận hồ sơ)', weight: 34 },
  { header: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', weight: 26 },
  {
    header: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ\n(Trước hạn/ đúng hạn/ quá hạn)',
    weight: 20,
    align: 'center',
  },
  { header: 'GHI CHÚ', weight: 20 },
];

/** Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ, built from the dossier's recorded moves. */
export function processControlSheet(dossier: Dossier, printedAt: Date): OfficialDocument {
  const names = oneStopCentre(dossier.commune, unitNaming(dossier.commune));
  const unit = unitNameInSentence(dossier.commune, unitNaming(dossier.commune));
  // The header already names the commune: the rows name the centre alone.
  const centre = names.inSentence.replace(` ${unit}`, '');
  const due = promisedDueAt(dossier);
  const register = dossier.receipt?.register;
  const rows: string[][] = [
    [
      `Tiếp nhận: ${centre}\n(${actorName(dossier.receivedBy)})`,
      vietnameseDateTime(dossier.receivedAt),
      timeliness(dossier.receivedAt, due),
      register ? `Sổ theo dõi hồ sơ quyển ${register.book}, số ${register.number}` : '',
    ],
    ...dossierMoves(dossier).map((move) => [
      handover(move, centre),
      vietnameseDateTime(move.at),
      timeliness(move.at, due),
      move.reason ?? '',
    ]),
  ];
  const verification = dossier.verification
    ? [
        `Cần xác minh: hẹn trả theo thời hạn tối đa ${dossier.verification.maxWorkingDays} ngày làm việc (${dossier.verification.legalBasis}); lý do: ${dossier.verification.reason}.`,
      ]
    : [];
  const reschedule = dossier.reschedule
    ? [
        `Đã xin lỗi và hẹn lại ngày trả kết quả: ${vietnameseDateTime(dossier.reschedule.dueAt)}; lý do: ${dossier.reschedule.reason}.`,
      ]
    : [];
  return {
    parentBodyLines: [names.parentLine],
    issuerLines: [names.headerLine],
    placeAndDate: `${datelinePlace(dossier.commune, unitNaming(dossier.commune))}, ${vietnameseLongDate(vietnamCalendarDate(printedAt))}`,
    title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    subtitle: `Mã hồ sơ: ${dossier.code}`,
    paragraphs: ['(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)'],
    fields: [
      { label: 'Thủ tục:', value: dossier.procedure.name },
      { label: 'Người nộp hồ sơ:', value: dossier.applicant.fullName },
      {
        label: 'Cơ quan (bộ phận) giải quyết hồ sơ:',
        value: `Ủy ban nhân dân ${unit}`,
      },
      { label: 'Cơ quan phối hợp giải quyết hồ sơ:', value: 'không' },
      { label: 'Thời gian hẹn trả kết quả:', value: vietnameseDateTime(due) },
    ],
    table: { columns: CONTROL_COLUMNS, rows, fontSize: 10 },
    closingParagraphs: [
      ...verification,
      ...reschedule,
      `Tình trạng hiện tại: ${DOSSIER_STATUS_NAMES[dossier.status].name}.`,
    ],
    signatureBlock: {
      lines: ['NGƯỜI LẬP PHIẾU'],
      annotation: '(Ký và ghi rõ họ tên)',
      ...(dossier.receivedBy.name ? { signerName: dossier.receivedBy.name } : {}),
    },
  };
}

/** A register period: Vietnam calendar days, both included. */
export interface RegisterPeriod {
  from: string;
  to: string;
}

/** A register covers at most a year: the book is one a year (Mẫu 01's "Quyển số …/năm"). */
export const MAX_REGISTER_DAYS = 366;

/** What is wrong with a period, per field; empty when it can be printed. */
export function registerPeriodProblems(
  period: RegisterPeriod,
): { field: string; message: string }[] {
  const from = Date.parse(`${period.from}T00:00:00Z`);
  const to = Date.parse(`${period.to}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    return [
      { field: 'from', message: 'Kỳ phải có ngày bắt đầu và ngày kết thúc dạng YYYY-MM-DD.' },
    ];
  }
  if (to < from) {
    return [{ field: 'to', message: 'Ngày kết thúc không được trước ngày bắt đầu.' }];
  }
  if ((to - from) / 86_400_000 + 1 > MAX_REGISTER_DAYS) {
    return [
      { field: 'to', message: `Sổ theo dõi hồ sơ in tối đa ${MAX_REGISTER_DAYS} ngày một lần.` },
    ];
  }
  return [];
}

/** The register's columns, as Mẫu 06 of Circular 01/2018 lists them (a label per column). */
export const REGISTER_COLUMNS: readonly DocumentTableColumn[] = [
  { header: 'STT', weight: 3.5, align: 'center' },
  { header: 'Mã hồ sơ', weight: 15 },
  { header: 'Tên thủ tục hành chính', weight: 12 },
  { header: 'Số lượng hồ sơ (bộ)', weight: 4.5, align: 'center' },
  { header: 'Tên cá nhân, tổ chức', weight: 9 },
  { header: 'Địa chỉ, số điện thoại', weight: 10 },
  { header: 'Cơ quan chủ trì giải quyết', weight: 7 },
  { header: 'Nhận hồ sơ', weight: 8, align: 'center' },
  { header: 'Hẹn trả kết quả', weight: 8, align: 'center' },
  { header: 'Chuyển hồ sơ đến cơ quan giải quyết', weight: 8, align: 'center' },
  { header: 'Nhận kết quả từ cơ quan giải quyết', weight: 8, align: 'center' },
  { header: 'Trả kết quả', weight: 8, align: 'center' },
  { header: 'Ký nhận', weight: 5 },
  { header: 'Ghi chú', weight: 7 },
];

function firstMoveTo(dossier: Dossier, to: DossierStatus): Date | undefined {
  return dossierMoves(dossier).find((move) => move.to === to)?.at;
}

/** One line of the register, a cell per column of REGISTER_COLUMNS. */
export function registerRow(dossier: Dossier, fallbackNumber: number): string[] {
  const contact = [dossier.applicant.addressLine, dossier.applicant.phone]
    .filter(Boolean)
    .join('; ');
  const handedToOfficer = firstMoveTo(dossier, 'in-progress');
  const resultBack = dossier.processedAt;
  const notes = [
    dossier.status === 'result-returned' || !dossier.notes.length
      ? ''
      : DOSSIER_STATUS_NAMES[dossier.status].name,
    dossier.onTime === false ? 'Trả quá hạn' : '',
    dossier.reschedule ? `Hẹn lại ${shortVietnamDate(dossier.reschedule.dueAt)}` : '',
    dossier.receipt?.resultDelivery.method === 'post' ? 'Trả qua bưu chính' : '',
  ].filter(Boolean);
  return [
    String(dossier.receipt?.register?.number ?? fallbackNumber),
    dossier.code,
    dossier.procedure.name,
    String(dossier.receipt?.sets ?? 1),
    dossier.applicant.fullName,
    contact,
    `UBND ${unitNameInSentence(dossier.commune, unitNaming(dossier.commune))}`,
    shortVietnamDate(dossier.receivedAt),
    shortVietnamDate(promisedDueAt(dossier)),
    handedToOfficer ? shortVietnamDate(handedToOfficer) : '',
    resultBack ? shortVietnamDate(resultBack) : '',
    dossier.returnedAt ? shortVietnamDate(dossier.returnedAt) : '',
    '',
    notes.join('; '),
  ];
}

/** Register lines in book order: by register number, then by receipt time. */
export function registerOrder(dossiers: readonly Dossier[]): Dossier[] {
  return [...dossiers].sort(
    (a, b) =>
      (a.receipt?.register?.number ?? Number.MAX_SAFE_INTEGER) -
        (b.receipt?.register?.number ?? Number.MAX_SAFE_INTEGER) ||
      a.receivedAt.getTime() - b.receivedAt.getTime(),
  );
}

function periodText(period: RegisterPeriod): string {
  const day = (date: string): string => date.split('-').reverse().join('/');
  return `Từ ngày ${day(period.from)} đến ngày ${day(period.to)}`;
}

/** Mẫu 07: Sổ theo dõi hồ sơ of one commune over a period, landscape A4. */
export function trackingRegister(
  commune: Commune,
  period: RegisterPeriod,
  dossiers: readonly Dossier[],
  printedAt: Date,
): OfficialDocument {
  const names = oneStopCentre(commune, unitNaming(commune));
  const ordered = registerOrder(dossiers);
  return {
    parentBodyLines: [names.parentLine],
    issuerLines: [names.headerLine],
    placeAndDate: `${datelinePlace(commune, unitNaming(commune))}, ${vietnameseLongDate(vietnamCalendarDate(printedAt))}`,
    title: 'SỔ THEO DÕI HỒ SƠ',
    subtitle: periodText(period),
    paragraphs: [],
    landscape: true,
    table: {
      columns: [...REGISTER_COLUMNS],
      rows: ordered.map((dossier, index) => registerRow(dossier, index + 1)),
      fontSize: 8,
      emptyText: 'Không có hồ sơ tiếp nhận trong kỳ.',
    },
    closingParagraphs: [`Tổng số: ${ordered.length} hồ sơ.`],
    signatureBlock: {
      lines: ['NGƯỜI LẬP SỔ'],
      annotation: '(Ký và ghi rõ họ tên)',
    },
  };
}

/**
 * The same register as CSV, one header line of the column names and one line per dossier. A
 * citizen's text that a spreadsheet would run as a formula is neutralised, as in every export.
 */
export function trackingRegisterCsv(dossiers: readonly Dossier[]): string {
  return spreadsheetCsv([
    REGISTER_COLUMNS.map((column) => column.header),
    ...registerOrder(dossiers).map((dossier, index) => registerRow(dossier, index + 1)),
  ]);
}
