import { percentCell, spreadsheetCsv } from '@libs/documents';

import {
  CONDUCT_ITEM_DESCRIPTIONS,
  CONDUCT_ITEMS,
  SIPAS_ELEMENT_LABELS,
  SIPAS_ELEMENTS,
} from '../../questionnaires/domain/measures';
import { IndexDimension, IndexFigures } from './satisfaction-index';

export interface IndexSheetRow {
  communeCode: string;
  communeName: string;
  period: string | null;
  dimension: IndexDimension;
  dimensionKey: string;
  figures: IndexFigures;
}

const DIMENSION_LABELS: Record<IndexDimension, string> = {
  commune: 'Toàn xã, phường',
  procedure: 'Theo thủ tục',
  officer: 'Theo công chức',
};

const decimal = (value: number | null): string =>
  value === null ? '' : (Math.round(value * 100) / 100).toFixed(2);

/** The indexes as a spreadsheet officers open in Excel, rates in percent with one decimal. */
export function indexesCsv(rows: IndexSheetRow[]): string {
  const sipasLabels = SIPAS_ELEMENTS.map(
    (element) => `${SIPAS_ELEMENT_LABELS[element]}: điểm TB (1–5)`,
  );
  const conductLabels = CONDUCT_ITEMS.map(
    (item) => `${CONDUCT_ITEM_DESCRIPTIONS[item].label} (% có)`,
  );
  const header = [
    'Mã xã/phường',
    'Tên xã/phường',
    'Kỳ báo cáo',
    'Phạm vi',
    'Thủ tục/Công chức',
    'Phiếu mời đã gửi',
    'Phiếu trả lời',
    'Tỷ lệ phản hồi (%)',
    'Số phiếu hài lòng và rất hài lòng',
    'Tỷ lệ hài lòng tại bộ phận một cửa (%)',
    'Số phiếu không hài lòng',
    'Chỉ số hài lòng QĐ 766 (%)',
    'Điểm hài lòng chung TB (1–5)',
    ...sipasLabels,
    ...conductLabels,
  ];
  const lines = rows.map(
    ({ communeCode, communeName, period, dimension, dimensionKey, figures }) => [
      communeCode,
      communeName,
      period ?? '',
      DIMENSION_LABELS[dimension],
      dimensionKey,
      figures.invitations,
      figures.answers,
      percentCell(figures.responseRate),
      figures.satisfied,
      percentCell(figures.satisfactionRate),
      figures.dissatisfied,
      percentCell(figures.decision766.value),
      decimal(figures.overallAverage),
      ...figures.sipas.map((score) => decimal(score.average)),
      ...figures.conduct.map((score) => percentCell(score.yesShare)),
    ],
  );
  return spreadsheetCsv([header, ...lines]);
}
