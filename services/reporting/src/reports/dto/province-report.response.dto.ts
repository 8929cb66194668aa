import { ApiProperty } from '@nestjs/swagger';

import { ProvinceReport } from '../application/reports.service';
import { ModelVerdictDto, PeriodDto } from './commune-report.response.dto';

export class ProvinceCommuneRowDto {
  @ApiProperty({ nullable: true, type: Number, description: '1 = best; null for "no data"' })
  rank: number | null;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: 'Phường Hạc Thành' })
  communeName: string;

  @ApiProperty()
  dossiersReceived: number;

  @ApiProperty()
  dossiersReturned: number;

  @ApiProperty()
  dossiersLate: number;

  @ApiProperty({ nullable: true, type: Number })
  onTimeRate: number | null;

  @ApiProperty({ nullable: true, type: Number })
  satisfactionRate: number | null;

  @ApiProperty({ nullable: true, type: Number })
  feedbackOnTimeRate: number | null;

  @ApiProperty({ nullable: true, type: Number })
  onlineShare: number | null;

  @ApiProperty({ nullable: true, type: Number })
  cashlessShare: number | null;

  @ApiProperty({ example: { congratulation: 132, condolence: 36, apology: 0, thankYou: 48 } })
  letters: { congratulation: number; condolence: number; apology: number; thankYou: number };

  @ApiProperty({ type: ModelVerdictDto })
  model: ModelVerdictDto;
}

export class ModelCriteriaDto {
  @ApiProperty({ example: '2025.1' })
  version: string;

  @ApiProperty({ example: 0.98 })
  minOnTimeRate: number;

  @ApiProperty({ example: 0.9 })
  minSatisfactionRate: number;

  @ApiProperty({ example: 0.95 })
  minFeedbackOnTimeRate: number;

  @ApiProperty({ example: true })
  requireEveryLetter: boolean;
}

export class TargetProgressDto {
  @ApiProperty({ example: 2025 })
  year: number;

  @ApiProperty({ example: 0.5 })
  targetShare: number;

  @ApiProperty({ example: 83 })
  communesRequired: number;

  @ApiProperty()
  communesMeeting: number;

  @ApiProperty()
  reached: boolean;
}

export class ProvinceSummaryDto {
  @ApiProperty({ example: 166 })
  communes: number;

  @ApiProperty()
  meeting: number;

  @ApiProperty()
  notMeeting: number;

  @ApiProperty()
  noData: number;

  @ApiProperty({ type: Number, description: 'Communes meeting the model ÷ communes' })
  meetingShare: number;
}

export class Decision766GroupDto {
  @ApiProperty({ example: 'Tiến độ giải quyết' })
  group: string;

  @ApiProperty({ example: 'onTimeRate' })
  figure: string;
}

export class ProvinceReportResponseDto {
  @ApiProperty({ example: '38' })
  provinceCode: string;

  @ApiProperty({ example: 'Tỉnh Thanh Hóa' })
  provinceName: string;

  @ApiProperty({ type: PeriodDto })
  period: PeriodDto;

  @ApiProperty({ type: ModelCriteriaDto })
  criteria: ModelCriteriaDto;

  @ApiProperty({ type: ProvinceSummaryDto })
  summary: ProvinceSummaryDto;

  @ApiProperty({ type: [TargetProgressDto] })
  targets: TargetProgressDto[];

  @ApiProperty({
    type: [Decision766GroupDto],
    description: 'Decision 766/QĐ-TTg indicator groups these figures can feed',
  })
  decision766Groups: Decision766GroupDto[];

  @ApiProperty({ type: [ProvinceCommuneRowDto], description: 'Every commune, ranked' })
  communes: ProvinceCommuneRowDto[];

  static from(report: ProvinceReport): ProvinceReportResponseDto {
    return {
      provinceCode: report.provinceCode,
      provinceName: report.provinceName,
      period: { from: report.period.from, to: report.period.to },
      criteria: { ...report.criteria },
      summary: {
        ...report.summary,
        meetingShare:
          report.summary.communes === 0
            ? 0
            : Math.round((report.summary.meeting / report.summary.communes) * 1e6) / 1e6,
      },
      targets: report.targets.map((target) => ({ ...target })),
      decision766Groups: report.decision766Groups.map((group) => ({ ...group })),
      communes: report.communes.map((row) => ({
        rank: row.rank,
        communeCode: row.communeCode,
        communeName: row.communeName,
        dossiersReceived: row.figures.dossiersReceived,
        dossiersReturned: row.figures.dossiersReturned,
        dossiersLate: row.figures.dossiersLate,
        onTimeRate: row.figures.onTimeRate,
        satisfactionRate: row.figures.satisfactionRate,
        feedbackOnTimeRate: row.figures.feedbackOnTimeRate,
        onlineShare: row.figures.onlineShare,
        cashlessShare: row.figures.cashlessShare,
        letters: {
          congratulation: row.figures.letters.congratulation,
          condolence: row.figures.letters.condolence,
          apology: row.figures.letters.apology,
          thankYou: row.figures.letters.thankYou,
        },
        model: row.verdict,
      })),
    };
  }
}
