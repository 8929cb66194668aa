import { Injectable } from '@nestjs/common';

import { assertCanRead, Principal, tenantScopeOf } from '@libs/auth';
import { CommuneDirectory } from '@libs/reference-data';

import { FiguresErrors } from '../domain/figures.errors';
import { OnTimeFactStore } from '../domain/on-time-fact.store';
import { breakdown, FigureRow, OnTimeFigures, summarize } from '../domain/on-time-figures';

export interface FiguresSection {
  total: OnTimeFigures;
  byCommune: { communeCode: string; figures: OnTimeFigures }[];
  byCategory: { key: string; figures: OnTimeFigures }[];
  byOfficer: { officerId: string; figures: OnTimeFigures }[];
}

export interface OnTimeReport {
  period: string;
  communeCode?: string;
  dossiers: FiguresSection;
  feedbackCases: FiguresSection;
}

@Injectable()
export class OnTimeFiguresService {
  constructor(
    private readonly facts: OnTimeFactStore,
    private readonly communes: CommuneDirectory,
  ) {}

  /** A commune's month, or every commune the caller may read (a province: all of its own). */
  async report(
    query: { period: string; communeCode?: string },
    principal: Principal,
  ): Promise<OnTimeReport> {
    if (query.communeCode) {
      const commune = this.communes.find(query.communeCode);
      if (!commune) {
        throw FiguresErrors.unknownCommune(query.communeCode);
      }
      assertCanRead(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    }
    const rows = await this.facts.rows({
      period: query.period,
      ...(query.communeCode ? { communeCode: query.communeCode } : {}),
      scope: tenantScopeOf(principal),
    });
    return {
      period: query.period,
      ...(query.communeCode ? { communeCode: query.communeCode } : {}),
      dossiers: section(rows.filter((row) => row.subjectType === 'dossier')),
      feedbackCases: section(rows.filter((row) => row.subjectType === 'feedback-case')),
    };
  }
}

function section(rows: FigureRow[]): FiguresSection {
  return {
    total: summarize(rows),
    byCommune: breakdown(rows, 'communeCode').map(({ key, figures }) => ({
      communeCode: key,
      figures,
    })),
    byCategory: breakdown(rows, 'category'),
    byOfficer: breakdown(rows, 'officerId').map(({ key, figures }) => ({
      officerId: key,
      figures,
    })),
  };
}
