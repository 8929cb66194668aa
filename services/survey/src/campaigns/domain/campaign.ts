import { vietnamCalendarDate } from '@libs/clock';

import { CampaignErrors } from './campaign.errors';
import { isSupportedMargin } from './sampling';

export const CAMPAIGN_KINDS = ['before-model', 'after-model', 'periodic'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, string> = {
  'before-model': 'Trước khi thực hiện mô hình',
  'after-model': 'Sau khi thực hiện mô hình',
  periodic: 'Định kỳ',
};

export type CampaignStatus = 'sampling' | 'open';

/**
 * Whom a campaign samples: the applicants of the dossiers the commune returned in the period,
 * or the commune's residents at large (the Fatherland Front polls households in the residential
 * groups, not only people who had a dossier): then N is the number of households the organiser
 * states, and the forms are handed out on paper with a code each.
 */
export const CAMPAIGN_FRAMES = ['returned-dossiers', 'residents'] as const;
export type CampaignFrame = (typeof CAMPAIGN_FRAMES)[number];

export const CAMPAIGN_FRAME_LABELS: Record<CampaignFrame, string> = {
  'returned-dossiers': 'Người có hồ sơ đã trả kết quả trong kỳ',
  residents: 'Người dân trên địa bàn (không gắn với hồ sơ)',
};

/** The most forms one resident poll prints: a larger sample needs a larger margin of error. */
export const MAX_RESIDENT_SAMPLE = 2000;
/** Households of the largest ward, with room to spare. */
export const MAX_RESIDENT_POPULATION = 500_000;

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
  frame: CampaignFrame;
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
  frame?: CampaignFrame;
  /** Residents' polls: N, the households of the commune, as the organiser counts them. */
  residentPopulation?: number;
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
  if ((request.frame ?? 'returned-dossiers') === 'residents') {
    const population = request.residentPopulation;
    if (
      population === undefined ||
      !Number.isInteger(population) ||
      population < 1 ||
      population > MAX_RESIDENT_POPULATION
    ) {
      problems.push({
        field: 'residentPopulation',
        message: `Khảo sát người dân trên địa bàn cần số hộ của xã, phường (từ 1 đến ${MAX_RESIDENT_POPULATION.toLocaleString('vi-VN')}).`,
      });
    }
  } else if (request.residentPopulation !== undefined) {
    problems.push({
      field: 'residentPopulation',
      message:
        'Chỉ khảo sát người dân trên địa bàn mới ghi số hộ; mẫu hồ sơ được chọn từ hồ sơ đã trả.',
    });
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

/** The placeholder dossier ids of a residents' poll: one per form, stable so issuing resumes. */
export function residentSampleIds(campaignId: string, size: number): string[] {
  return Array.from({ length: size }, (_, index) => `resident:${campaignId}:${index + 1}`);
}
