import { IndexFigures } from '../../indexes/domain/satisfaction-index';
import { ConductGroup, ConductItem, SipasElement } from '../../questionnaires/domain/measures';

export interface Change {
  before: number | null;
  after: number | null;
  /** after − before; null when either side has no answers. */
  change: number | null;
}

export interface CampaignComparison {
  satisfactionRate: Change;
  responseRate: Change;
  overallAverage: Change;
  sipas: (Change & { element: SipasElement; label: string })[];
  conduct: (Change & { item: ConductItem; group: ConductGroup; label: string })[];
}

function change(before: number | null, after: number | null): Change {
  return { before, after, change: before === null || after === null ? null : after - before };
}

/** How the second campaign differs from the first, overall and per SIPAS and 5-3-4 item. */
export function compareCampaigns(before: IndexFigures, after: IndexFigures): CampaignComparison {
  return {
    satisfactionRate: change(before.satisfactionRate, after.satisfactionRate),
    responseRate: change(before.responseRate, after.responseRate),
    overallAverage: change(before.overallAverage, after.overallAverage),
    sipas: before.sipas.map((score, index) => ({
      element: score.element,
      label: score.label,
      ...change(score.average, after.sipas[index]?.average ?? null),
    })),
    conduct: before.conduct.map((score, index) => ({
      item: score.item,
      group: score.group,
      label: score.label,
      ...change(score.yesShare, after.conduct[index]?.yesShare ?? null),
    })),
  };
}
