import { vietnamCalendarDate } from '@libs/clock';
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

/** No dossier the platform holds was returned before the one-stop desks went electronic. */
export const EARLIEST_CAMPAIGN_MONTH = '2015-01';

/**
 * The longest sampling frame: two years covers the before/after-model comparison; a
 * longer one would mix answers about practices the commune has since changed.
 */
export const MAX_CAMPAIGN_MONTHS = 24;

function monthIndex(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

/**
 * Checks what the DTO cannot: months that exist in the platform's history (from 2015, not
 * after the current month, since the sample is drawn from dossiers already returned), in
 * order, at most two years apart, and a margin the formula supports.
 */
export function checkCampaignRequest(
  request: CampaignRequest,
  marginOfError: number,
  now: Date,
): void {
  const problems: { field: string; message: string }[] = [];
  if (PERIOD.test(request.periodFrom) && PERIOD.test(request.periodTo)) {
    const currentMonth = vietnamCalendarDate(now).slice(0, 7);
    if (request.periodFrom < EARLIEST_CAMPAIGN_MONTH) {
      problems.push({
        field: 'periodFrom',
        message: 'Tháng bắt đầu không được trước tháng 01/2015.',
      });
    }
    if (request.periodTo > currentMonth) {
      problems.push({
        field: 'periodTo',
        message:
          'Tháng kết thúc không được sau tháng hiện tại: mẫu được chọn từ hồ sơ đã trả kết quả.',
      });
    } else if (request.periodFrom > request.periodTo) {
      problems.push({
        field: 'periodTo',
        message: 'Tháng kết thúc phải không trước tháng bắt đầu.',
      });
    } else if (
      monthIndex(request.periodTo) - monthIndex(request.periodFrom) + 1 >
      MAX_CAMPAIGN_MONTHS
    ) {
      problems.push({
        field: 'periodTo',
        message: `Một đợt khảo sát chọn mẫu trong tối đa ${MAX_CAMPAIGN_MONTHS} tháng.`,
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
