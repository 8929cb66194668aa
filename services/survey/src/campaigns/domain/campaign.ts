import { isSupportedMargin } from './sampling';
import { CampaignErrors } from './campaign.errors';

export const CAMPAIGN_KINDS = ['before-model', 'after-model', 'periodic'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, string> = {
  'before-model': 'Trước khi thực hiện mô hình',
  'after-model': 'Sau khi thực hiện mô hình',
  periodic: 'Định kỳ',
};

export type CampaignStatus = 'sampling' | 'open';

/**
 * A survey of a sample of the dossiers a commune returned in a range of months, e.g. the
 * Fatherland Front's twice-yearly poll or the surveys before and after the model.
 */
export interface Campaign {
  id: string;
  communeCode: string;
  provinceCode: string;
  title: string;
  kind: CampaignKind;
  organiser: string;
  /** First and last month (YYYY-MM) of returns in the sampling frame. */
  periodFrom: string;
  periodTo: string;
  marginOfError: number;
  seed: string;
  /** N: dossiers returned in the frame when the sample was drawn. */
  population: number;
  /** n = ⌈N / (1 + N·e²)⌉. */
  sampleSize: number;
  sampledDossierIds: string[];
  questionnaireId: string;
  questionnaireVersion: number;
  status: CampaignStatus;
  invitationsIssued: number;
  createdAt: Date;
  createdBy: string;
}

export interface CampaignRequest {
  communeCode: string;
  title: string;
  kind: CampaignKind;
  organiser?: string;
  periodFrom: string;
  periodTo: string;
  marginOfError?: number;
  seed?: string;
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Checks what the DTO cannot: the months in order and a margin the formula supports. */
export function checkCampaignRequest(request: CampaignRequest, marginOfError: number): void {
  const problems: { field: string; message: string }[] = [];
  if (PERIOD.test(request.periodFrom) && PERIOD.test(request.periodTo)) {
    if (request.periodFrom > request.periodTo) {
      problems.push({
        field: 'periodTo',
        message: 'Tháng kết thúc phải không trước tháng bắt đầu.',
      });
    }
  }
  if (!isSupportedMargin(marginOfError)) {
    problems.push({
      field: 'marginOfError',
      message: 'Sai số cho phép từ 0,01 đến 0,2, tối đa 4 chữ số thập phân.',
    });
  }
  if (problems.length > 0) {
    throw CampaignErrors.invalid(problems);
  }
}
