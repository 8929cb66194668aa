import { CommuneFigures } from './commune-figures';
import { ModelStatus, ModelVerdict } from './model-criteria';

export interface CommuneRow {
  communeCode: string;
  communeName: string;
  figures: CommuneFigures;
  verdict: ModelVerdict;
}

export interface RankedCommuneRow extends CommuneRow {
  /** 1 for the best; null for a commune with no data, which is not ranked. */
  rank: number | null;
}

const STATUS_ORDER: Record<ModelStatus, number> = { meets: 0, 'does-not-meet': 1, 'no-data': 2 };

/** Descending, with "nothing to measure" after every measured value. */
const byRateDesc = (a: number | null, b: number | null): number => (b ?? -1) - (a ?? -1);

/**
 * Communes meeting the model first, then those that do not, then those with no data; within
 * each, by on-time rate, satisfaction, petitions answered on time, results returned, code.
 */
export function rankCommunes(rows: readonly CommuneRow[]): RankedCommuneRow[] {
  const sorted = [...rows].sort(
    (a, b) =>
      STATUS_ORDER[a.verdict.status] - STATUS_ORDER[b.verdict.status] ||
      byRateDesc(a.figures.onTimeRate, b.figures.onTimeRate) ||
      byRateDesc(a.figures.satisfactionRate, b.figures.satisfactionRate) ||
      byRateDesc(a.figures.feedbackOnTimeRate, b.figures.feedbackOnTimeRate) ||
      b.figures.dossiersReturned - a.figures.dossiersReturned ||
      a.communeCode.localeCompare(b.communeCode),
  );
  let rank = 0;
  return sorted.map((row) => ({
    ...row,
    rank: row.verdict.status === 'no-data' ? null : ++rank,
  }));
}
