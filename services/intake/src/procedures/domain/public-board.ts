import { DEFAULT_OFFICE_SESSIONS, OfficeSession, PROVINCE_OFFICE_HOURS } from '@libs/calendar';
import { vietnamCalendarDate, vietnameseAmount, vietnameseLongDate } from '@libs/clock';
import {
  datelinePlace,
  DocumentField,
  DocumentTableColumn,
  OfficialDocument,
  oneStopCentre,
  unitNaming,
} from '@libs/documents';
import { Commune } from '@libs/reference-data';

import { Procedure } from './procedure';

/**
 * The code of conduct the model ward posts at its desk, in the article's own words ("5 biết,
 * 3 không, 4 thể hiện"; the article has "né tránh", not "thoái thác", review of 2026-12). The
 * survey's conduct questions ask about the same twelve items.
 */
export const CONDUCT_CODE: readonly { group: string; items: readonly string[] }[] = [
  {
    group: '5 biết',
    items: [
      'Biết lắng nghe dân nói',
      'Biết nói để dân hiểu',
      'Biết làm để dân tin',
      'Biết xin lỗi',
      'Biết cảm ơn',
    ],
  },
  {
    group: '3 không',
    items: ['Không gây phiền hà, sách nhiễu', 'Không né tránh trách nhiệm', 'Không trễ hẹn'],
  },
  {
    group: '4 thể hiện',
    items: [
      'Thể hiện sự tôn trọng khi giao tiếp',
      'Thể hiện văn minh, lịch sự khi giải quyết công việc',
      'Thể hiện lắng nghe đầy đủ, hướng dẫn thủ tục chu đáo, gần dân',
      'Thể hiện giải quyết kịp thời thắc mắc, kiến nghị chính đáng',
    ],
  },
];

const BOARD_COLUMNS: DocumentTableColumn[] = [
  { header: 'STT', weight: 6.5, align: 'center' },
  { header: 'Thủ tục hành chính\n(mã thủ tục)', weight: 33.5 },
  { header: 'Thời hạn giải quyết', weight: 22 },
  { header: 'Phí, lệ phí', weight: 38 },
];

/** "Trong ngày (nhận sau 15 giờ: ngày làm việc tiếp theo)" or "03 ngày làm việc". */
export function boardTime(procedure: Procedure): string {
  const base =
    procedure.processingWorkingDays === 0
      ? 'Trong ngày'
      : `${String(procedure.processingWorkingDays).padStart(2, '0')} ngày làm việc`;
  const cutoff = procedure.cutoff
    ? ` (nhận sau ${Number(procedure.cutoff.slice(0, 2))} giờ: trả trong ngày làm việc tiếp theo)`
    : '';
  const verification = procedure.verification
    ? `; cần xác minh: không quá ${String(procedure.verification.maxWorkingDays).padStart(2, '0')} ngày làm việc`
    : '';
  return `${base}${cutoff}${verification}`;
}

/** The fee as the citizen reads it: the posted note when the amount is not flat or not fixed. */
export function boardFee(procedure: Procedure): string {
  if (procedure.feeNote) {
    return procedure.feeNote;
  }
  return procedure.feeVnd === 0 ? 'Không thu' : vietnameseAmount(procedure.feeVnd);
}

function sessionsText(sessions: readonly OfficeSession[]): string {
  const [morning, afternoon] = sessions;
  const range = (session: OfficeSession): string =>
    `${session.start.replace(':', ' giờ ')} đến ${session.end.replace(':', ' giờ ')}`;
  if (morning && afternoon && sessions.length === 2) {
    return `sáng từ ${range(morning)}, chiều từ ${range(afternoon)}`;
  }
  return sessions.map(range).join('; ');
}

/**
 * The printable public board of the one-stop desk: the code of conduct, then every procedure of
 * the commune's catalogue with its legal time and its fees, and the office hours. Posting the
 * procedures and fees is the desk's duty (niêm yết công khai thủ tục hành chính; the article:
 * "niêm yết 5 biết, 3 không, 4 thể hiện; bảng nội quy, quy định về thu phí").
 */
export function publicBoard(
  commune: Commune,
  procedures: readonly Procedure[],
  printedAt: Date,
): OfficialDocument {
  const naming = unitNaming(commune);
  const centre = oneStopCentre(commune, naming);
  const sessions =
    PROVINCE_OFFICE_HOURS.find((entry) => entry.provinceCode === commune.provinceCode)?.sessions ??
    DEFAULT_OFFICE_SESSIONS;
  const conduct: DocumentField[] = CONDUCT_CODE.flatMap(({ group, items }) => [
    { label: `${group.toLocaleUpperCase('vi')}:`, value: '' },
    ...items.map((item) => ({ label: '    -', value: item })),
  ]);
  const ordered = [...procedures].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return {
    parentBodyLines: [centre.parentLine],
    issuerLines: [centre.headerLine],
    placeAndDate: `${datelinePlace(commune, naming)}, ${vietnameseLongDate(vietnamCalendarDate(printedAt))}`,
    title: 'BẢNG NIÊM YẾT CÔNG KHAI',
    subtitle: 'Quy tắc ứng xử, thủ tục hành chính và phí, lệ phí',
    paragraphs: [
      `I. Cán bộ, công chức ${centre.inSentence} thực hiện quy tắc ứng xử "5 biết, 3 không, 4 thể hiện":`,
    ],
    fields: [
      ...conduct,
      {
        label: `II. Thủ tục hành chính tiếp nhận tại ${centre.inSentence}, thời hạn giải quyết và phí, lệ phí:`,
        value: '',
      },
    ],
    table: {
      columns: BOARD_COLUMNS,
      rows: ordered.map((procedure, index) => [
        String(index + 1),
        procedure.nationalCode ? `${procedure.name} (${procedure.nationalCode})` : procedure.name,
        boardTime(procedure),
        boardFee(procedure),
      ]),
      fontSize: 10,
      emptyText: 'Chưa có thủ tục nào trong danh mục.',
    },
    closingParagraphs: [
      `III. Thời gian tiếp nhận và trả kết quả: ${sessionsText(sessions)}, các ngày làm việc từ Thứ Hai đến Thứ Sáu (trừ ngày nghỉ lễ, Tết).`,
      'Mọi phản ánh, kiến nghị về thái độ phục vụ, thời hạn giải quyết và việc thu phí, lệ phí, xin gửi vào hòm thư góp ý tại Trung tâm hoặc trực tiếp lãnh đạo Ủy ban nhân dân vào ngày tiếp công dân.',
    ],
    signatureBlock: { lines: [centre.headerLine] },
  };
}
