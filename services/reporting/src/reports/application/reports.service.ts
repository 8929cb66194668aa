import { Injectable } from '@nestjs/common';

import { assertCanRead, Principal } from '@libs/auth';
import { Commune, CommuneDirectory } from '@libs/reference-data';

import { modelCriteriaFrom, ReportingEnvironment } from '../../config/reporting.environment';
import { CommuneDayStore } from '../../projections/domain/commune-day.store';
import { ConsumerLag } from '../../projections/domain/consumer-lag';
import { CommuneFigures, figuresFrom, sumCounts } from '../domain/commune-figures';
import {
  DECISION_766_GROUPS,
  judge,
  ModelCriteria,
  ModelVerdict,
  progressTowardTargets,
  TargetProgress,
} from '../domain/model-criteria';
import { rankCommunes, RankedCommuneRow } from '../domain/province-table';
import { PeriodQuery, ReportPeriod, resolvePeriod } from '../domain/report-period';
import { ReportErrors } from '../domain/reports.errors';

export interface CommuneReport {
  commune: Commune;
  period: ReportPeriod;
  figures: CommuneFigures;
  verdict: ModelVerdict;
}

export interface ProvinceReport {
  provinceCode: string;
  provinceName: string;
  period: ReportPeriod;
  criteria: ModelCriteria;
  communes: RankedCommuneRow[];
  summary: { communes: number; meeting: number; notMeeting: number; noData: number };
  targets: TargetProgress[];
  decision766Groups: typeof DECISION_766_GROUPS;
}

export interface ProjectionStatus {
  lag: number;
  lastEventAt: Date | null;
}

@Injectable()
export class ReportsService {
  private readonly criteria: ModelCriteria;

  constructor(
    private readonly days: CommuneDayStore,
    private readonly lagReader: ConsumerLag,
    private readonly communes: CommuneDirectory,
    private readonly environment: ReportingEnvironment,
  ) {
    this.criteria = modelCriteriaFrom(environment);
  }

  /** One commune's figures for a period; the period is checked before the commune. */
  async communeReport(
    communeCode: string,
    query: PeriodQuery,
    principal: Principal,
  ): Promise<CommuneReport> {
    const period = resolvePeriod(query, this.environment.REPORTING_MAX_PERIOD_DAYS);
    const commune = this.communes.find(communeCode);
    if (!commune) {
      throw ReportErrors.unknownCommune(communeCode);
    }
    assertCanRead(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    const figures = figuresFrom(
      sumCounts(await this.days.forCommune(commune.code, period.from, period.to)),
    );
    return { commune, period, figures, verdict: judge(figures, this.criteria) };
  }

  /** Every commune of the province, ranked, with its verdict and the targets' progress. */
  async provinceReport(
    provinceCode: string,
    query: PeriodQuery,
    principal: Principal,
  ): Promise<ProvinceReport> {
    const period = resolvePeriod(query, this.environment.REPORTING_MAX_PERIOD_DAYS);
    const communes = this.communes.inProvince(provinceCode);
    const first = communes[0];
    if (!first) {
      throw ReportErrors.unknownProvince(provinceCode);
    }
    if (!principal.roles.includes('province') || principal.provinceCode !== provinceCode) {
      throw ReportErrors.provinceForbidden(provinceCode);
    }
    const buckets = await this.days.forProvince(provinceCode, period.from, period.to);
    const byCommune = new Map<string, typeof buckets>();
    for (const bucket of buckets) {
      const list = byCommune.get(bucket.communeCode);
      if (list) {
        list.push(bucket);
      } else {
        byCommune.set(bucket.communeCode, [bucket]);
      }
    }
    const rows = rankCommunes(
      communes.map((commune) => {
        const figures = figuresFrom(sumCounts(byCommune.get(commune.code) ?? []));
        return {
          communeCode: commune.code,
          communeName: commune.name,
          figures,
          verdict: judge(figures, this.criteria),
        };
      }),
    );
    const count = (status: string) => rows.filter((row) => row.verdict.status === status).length;
    const meeting = count('meets');
    return {
      provinceCode,
      provinceName: first.provinceName,
      period,
      criteria: this.criteria,
      communes: rows,
      summary: {
        communes: rows.length,
        meeting,
        notMeeting: count('does-not-meet'),
        noData: count('no-data'),
      },
      targets: progressTowardTargets(meeting, rows.length),
      decision766Groups: DECISION_766_GROUPS,
    };
  }

  async status(): Promise<ProjectionStatus> {
    const [lag, lastEventAt] = await Promise.all([this.lagReader.lag(), this.days.lastUpdatedAt()]);
    return { lag, lastEventAt };
  }
}
