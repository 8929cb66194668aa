import { percentCell, spreadsheetCsv } from '@libs/documents';

import { CommuneFigures } from './commune-figures';
import { RankedCommuneRow } from './province-table';
import { ReportPeriod } from './report-period';

export function provinceTableCsv(period: ReportPeriod, rows: readonly RankedCommuneRow[]): string {
  return spreadsheetCsv([
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
      percentCell(row.figures.onTimeRate),
      percentCell(row.figures.satisfactionRate),
      percentCell(row.figures.feedbackOnTimeRate),
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
  return spreadsheetCsv([
    ['Chỉ tiêu', 'Giá trị'],
    ['Xã, phường', `${commune.name} (${commune.code})`],
    ['Từ ngày', period.from],
    ['Đến ngày', period.to],
    ['Hồ sơ tiếp nhận', figures.dossiersReceived],
    ['Hồ sơ tiếp nhận trực tuyến', figures.dossiersReceivedOnline],
    ['Hồ sơ đã trả kết quả', figures.dossiersReturned],
    ['Hồ sơ trả đúng hạn', figures.dossiersOnTime],
    ['Hồ sơ trả trễ hạn', figures.dossiersLate],
    ['Tỷ lệ đúng hạn (%)', percentCell(figures.onTimeRate)],
    ['Thời gian giải quyết trung bình (giờ)', figures.processingTime.averageHours],
    ['Thời gian giải quyết, phân vị 90 (giờ)', figures.processingTime.p90Hours],
    ['Tỷ lệ hồ sơ trực tuyến (%)', percentCell(figures.onlineShare)],
    ['Tỷ lệ thanh toán không dùng tiền mặt (%)', percentCell(figures.cashlessShare)],
    ['Thư chúc mừng', figures.letters.congratulation],
    ['Thư chia buồn', figures.letters.condolence],
    ['Thư xin lỗi', figures.letters.apology],
    ['Thư cảm ơn', figures.letters.thankYou],
    ['Phiếu khảo sát', figures.surveyResponses],
    ['Tỷ lệ hài lòng (%)', percentCell(figures.satisfactionRate)],
    ['Phản ánh, kiến nghị tiếp nhận', figures.feedbackReceived],
    ['Phản ánh, kiến nghị trả lời đúng hạn', figures.feedbackAnsweredOnTime],
    ['Phản ánh, kiến nghị chuyển lãnh đạo do quá hạn', figures.feedbackEscalated],
    ['Kết quả đánh giá', verdictLabel],
  ]);
}
