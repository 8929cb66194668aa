import { CommuneFigures } from './commune-figures';
import { RankedCommuneRow } from './province-table';
import { ReportPeriod } from './report-period';

const BOM = '\uFEFF';

const percent = (value: number | null): string =>
  value === null ? '' : (Math.round(value * 1000) / 10).toFixed(1);

/**
 * RFC 4180 quoting, and text a spreadsheet would run as a formula neutralised with a
 * leading quote (as survey's CSV export does).
 */
function field(value: string | number | null): string {
  if (value === null) {
    return '';
  }
  const text =
    typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (values: (string | number | null)[]): string => values.map(field).join(',');

/** UTF-8 with BOM, CRLF line ends, Vietnamese headers: what Excel opens correctly. */
function csv(rows: (string | number | null)[][]): string {
  return BOM + rows.map(line).join('\r\n') + '\r\n';
}

export function provinceTableCsv(period: ReportPeriod, rows: readonly RankedCommuneRow[]): string {
  return csv([
    [
      'Hạng',
      'Mã xã, phường',
      'Tên xã, phường',
      'Từ ngày',
      'Đến ngày',
      'Hồ sơ tiếp nhận',
      'Hồ sơ đã trả kết quả',
      'Hồ sơ trễ hạn',
      'Tỷ lệ đúng hạn (%)',
      'Tỷ lệ hài lòng (%)',
      'Phản ánh, kiến nghị trả lời đúng hạn (%)',
      'Kết quả đánh giá',
    ],
    ...rows.map((row) => [
      row.rank,
      row.communeCode,
      row.communeName,
      period.from,
      period.to,
      row.figures.dossiersReceived,
      row.figures.dossiersReturned,
      row.figures.dossiersLate,
      percent(row.figures.onTimeRate),
      percent(row.figures.satisfactionRate),
      percent(row.figures.feedbackOnTimeRate),
      row.verdict.label,
    ]),
  ]);
}

export function communeReportCsv(
  commune: { code: string; name: string },
  period: ReportPeriod,
  figures: CommuneFigures,
  verdictLabel: string,
): string {
  return csv([
    ['Chỉ tiêu', 'Giá trị'],
    ['Xã, phường', `${commune.name} (${commune.code})`],
    ['Từ ngày', period.from],
    ['Đến ngày', period.to],
    ['Hồ sơ tiếp nhận', figures.dossiersReceived],
    ['Hồ sơ tiếp nhận trực tuyến', figures.dossiersReceivedOnline],
    ['Hồ sơ đã trả kết quả', figures.dossiersReturned],
    ['Hồ sơ trả đúng hạn', figures.dossiersOnTime],
    ['Hồ sơ trả trễ hạn', figures.dossiersLate],
    ['Tỷ lệ đúng hạn (%)', percent(figures.onTimeRate)],
    ['Thời gian giải quyết trung bình (giờ)', figures.processingTime.averageHours],
    ['Thời gian giải quyết, phân vị 90 (giờ)', figures.processingTime.p90Hours],
    ['Tỷ lệ hồ sơ trực tuyến (%)', percent(figures.onlineShare)],
    ['Tỷ lệ thanh toán không dùng tiền mặt (%)', percent(figures.cashlessShare)],
    ['Thư chúc mừng', figures.letters.congratulation],
    ['Thư chia buồn', figures.letters.condolence],
    ['Thư xin lỗi', figures.letters.apology],
    ['Thư cảm ơn', figures.letters.thankYou],
    ['Phiếu khảo sát', figures.surveyResponses],
    ['Tỷ lệ hài lòng (%)', percent(figures.satisfactionRate)],
    ['Phản ánh, kiến nghị tiếp nhận', figures.feedbackReceived],
    ['Phản ánh, kiến nghị trả lời đúng hạn', figures.feedbackAnsweredOnTime],
    ['Phản ánh, kiến nghị chuyển lãnh đạo do quá hạn', figures.feedbackEscalated],
    ['Kết quả đánh giá', verdictLabel],
  ]);
}
