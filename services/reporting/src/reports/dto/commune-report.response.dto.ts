import { ApiProperty } from '@nestjs/swagger';

import { LETTER_KINDS } from '@libs/contracts';

import { CommuneReport } from '../application/reports.service';

export class PeriodDto {
  @ApiProperty({ example: '2022-01-01' })
  from: string;

  @ApiProperty({ example: '2022-12-31' })
  to: string;
}

export class ProcessingTimeDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mean calendar hours from receipt to return',
  })
  averageHours: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      '90th percentile (nearest rank) in whole hours, rounded up, from per-day histograms of whole hours',
  })
  p90Hours: number | null;
}

export class LettersDto {
  @ApiProperty({ description: 'Birth and marriage congratulations' })
  congratulation: number;

  @ApiProperty({ description: 'Condolences on a death' })
  condolence: number;

  @ApiProperty({ description: 'Apologies for a late dossier (before and after its due time)' })
  apology: number;

  @ApiProperty({ description: 'Thanks for feedback with contact details' })
  thankYou: number;

  @ApiProperty({
    description: `Letters per kind of the contract (${LETTER_KINDS.join(', ')})`,
    example: { 'birth-congratulation': 97 },
  })
  byKind: Record<string, number>;
}

export class CriterionCheckDto {
  @ApiProperty({ enum: ['on-time-rate', 'satisfaction-rate', 'feedback-on-time-rate', 'letters'] })
  criterion: string;

  @ApiProperty()
  label: string;

  @ApiProperty({ nullable: true, type: Number })
  required: number | null;

  @ApiProperty({ nullable: true, type: Number })
  actual: number | null;

  @ApiProperty({ enum: ['pass', 'fail', 'not-applicable'] })
  result: string;
}

export class ModelVerdictDto {
  @ApiProperty({ enum: ['meets', 'does-not-meet', 'no-data'] })
  status: string;

  @ApiProperty({ example: 'Chưa có số liệu' })
  label: string;

  @ApiProperty({ example: '2025.1' })
  criteriaVersion: string;

  @ApiProperty({ type: [CriterionCheckDto] })
  checks: CriterionCheckDto[];
}

const NOT_AVAILABLE = {
  deskWaitingTime: 'No event carries queue tickets or waiting times; see intake /v1/queue-figures.',
  conductScorecard:
    'survey.answered.v1 carries the overall rating only, not the 5-3-4 conduct items; see survey /v1/indexes.',
  receptionsHeld: 'No event is published when a citizen reception is held.',
};

export class CommuneReportResponseDto {
  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: 'Phường Hạc Thành' })
  communeName: string;

  @ApiProperty({ example: '38' })
  provinceCode: string;

  @ApiProperty({ type: PeriodDto })
  period: PeriodDto;

  @ApiProperty({ description: 'False when no event of the period concerns the commune' })
  hasData: boolean;

  @ApiProperty({ description: 'Received in the period (date of receipt, Vietnam time)' })
  dossiersReceived: number;

  @ApiProperty()
  dossiersReceivedOnline: number;

  @ApiProperty({ description: 'Results returned in the period (date of return)' })
  dossiersReturned: number;

  @ApiProperty()
  dossiersOnTime: number;

  @ApiProperty({ description: 'Returned after their due time' })
  dossiersLate: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'On time ÷ returned; 1 = 100%; null when none returned',
  })
  onTimeRate: number | null;

  @ApiProperty({ description: 'Dossier deadlines that passed (due date in the period)' })
  dossiersOverdue: number;

  @ApiProperty({ type: ProcessingTimeDto })
  processingTime: ProcessingTimeDto;

  @ApiProperty({ nullable: true, type: Number, description: 'Received online ÷ received' })
  onlineShare: number | null;

  @ApiProperty()
  feePayments: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Cashless fee payments ÷ fee payments',
  })
  cashlessShare: number | null;

  @ApiProperty({ example: { births: 97, marriages: 35, deaths: 36 } })
  civilStatus: { births: number; marriages: number; deaths: number };

  @ApiProperty({ type: LettersDto })
  letters: LettersDto;

  @ApiProperty()
  surveyResponses: number;

  @ApiProperty({ example: { '1': 0, '2': 0, '3': 0, '4': 720, '5': 480 } })
  surveyRatings: Record<string, number>;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: '(satisfied + very satisfied) ÷ answers',
  })
  satisfactionRate: number | null;

  @ApiProperty({
    description: 'Suggestions, petitions, recommendations and reception issues opened',
  })
  feedbackReceived: number;

  @ApiProperty()
  feedbackWithContact: number;

  @ApiProperty({ description: 'Settled in the period (answered, duplicate, not competent)' })
  feedbackAnswered: number;

  @ApiProperty()
  feedbackAnsweredOnTime: number;

  @ApiProperty()
  feedbackAnsweredLate: number;

  @ApiProperty({ nullable: true, type: Number })
  feedbackOnTimeRate: number | null;

  @ApiProperty({ description: 'Response deadlines that passed: escalated to the leader' })
  feedbackEscalated: number;

  @ApiProperty({ description: 'Cases opened from dissatisfied survey answers' })
  feedbackFromSurveys: number;

  @ApiProperty({ nullable: true, type: Number, description: 'Always null: no event carries it' })
  receptionsHeld: number | null;

  @ApiProperty({ nullable: true, type: Object, description: 'Always null: no event carries it' })
  conductScorecard: null;

  @ApiProperty({ nullable: true, type: Number, description: 'Always null: no event carries it' })
  deskWaitingTimeMinutes: number | null;

  @ApiProperty({ description: 'Why the null figures are null', example: NOT_AVAILABLE })
  notAvailable: Record<string, string>;

  @ApiProperty({ type: ModelVerdictDto })
  model: ModelVerdictDto;

  static from(report: CommuneReport): CommuneReportResponseDto {
    const { commune, figures } = report;
    return {
      communeCode: commune.code,
      communeName: commune.name,
      provinceCode: commune.provinceCode,
      period: { from: report.period.from, to: report.period.to },
      ...figures,
      letters: { ...figures.letters, byKind: { ...figures.letters.byKind } },
      receptionsHeld: null,
      conductScorecard: null,
      deskWaitingTimeMinutes: null,
      notAvailable: NOT_AVAILABLE,
      model: report.verdict,
    };
  }
}
