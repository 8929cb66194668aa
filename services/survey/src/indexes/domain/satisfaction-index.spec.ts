import { AnswerAssessment } from '../../answers/domain/answer-sheet';
import {
  answerIncrements,
  figuresOf,
  IndexCounts,
  indexRowsFor,
  issuedIncrements,
} from './satisfaction-index';

const emptyCounts = (): IndexCounts => ({
  invitations: 0,
  returnedLate: 0,
  answers: 0,
  satisfied: 0,
  dissatisfied: 0,
  overall: {},
  sipas: {},
  conduct: {},
});

describe('indexRowsFor', () => {
  it('should count an after-result invitation for the commune, its procedure and its officer', () => {
    const rows = indexRowsFor({
      scope: 'result',
      campaignId: null,
      communeCode: '14797',
      provinceCode: '38',
      period: '2026-11',
      procedureKey: 'birth-registration',
      officerId: 'officer-7',
    });

    expect(rows.map((row) => [row.id, row.dimension, row.dimensionKey])).toEqual([
      ['result|14797|2026-11|commune|', 'commune', ''],
      ['result|14797|2026-11|procedure|birth-registration', 'procedure', 'birth-registration'],
      ['result|14797|2026-11|officer|officer-7', 'officer', 'officer-7'],
    ]);
  });

  it('should count a campaign invitation once, commune-wide, and skip a missing officer', () => {
    const rows = indexRowsFor({
      scope: 'campaign',
      campaignId: 'c1',
      communeCode: '14797',
      provinceCode: '38',
      period: null,
      procedureKey: 'birth-registration',
      officerId: null,
    });

    expect(rows.map((row) => row.id)).toEqual(['campaign:c1|14797|-|commune|']);
  });
});

describe('increments', () => {
  it('should count a late return for the Decision 766 indicator', () => {
    expect(issuedIncrements(true)).toEqual({ invitations: 1, returnedLate: 0 });
    expect(issuedIncrements(false)).toEqual({ invitations: 1, returnedLate: 1 });
  });

  it('should turn an answer into nested counter increments', () => {
    const assessment: AnswerAssessment = {
      overall: 4,
      satisfied: true,
      dissatisfied: true,
      sipas: { access: 5, officer: 2 },
      conduct: { listen: 'yes', apologise: 'not-applicable', 'keep-appointment': 'no' },
      failedConductItems: ['keep-appointment'],
    };

    expect(answerIncrements(assessment)).toEqual({
      answers: 1,
      satisfied: 1,
      dissatisfied: 1,
      'overall.r4': 1,
      'sipas.access.sum': 5,
      'sipas.access.count': 1,
      'sipas.access.satisfied': 1,
      'sipas.officer.sum': 2,
      'sipas.officer.count': 1,
      'sipas.officer.satisfied': 0,
      'conduct.listen.yes': 1,
      'conduct.apologise.notApplicable': 1,
      'conduct.keep-appointment.no': 1,
    });
  });
});

describe('figuresOf', () => {
  it('should give no rates before anything was counted', () => {
    const figures = figuresOf(emptyCounts());

    expect(figures).toMatchObject({
      responseRate: null,
      satisfactionRate: null,
      overallAverage: null,
      decision766: { value: null, target: 0.9, attainment: null },
    });
    expect(figures.conduct).toHaveLength(12);
    expect(figures.conduct.every((score) => score.yesShare === null)).toBe(true);
  });

  it('should compute response, satisfaction and conduct rates from the counters', () => {
    const figures = figuresOf({
      ...emptyCounts(),
      invitations: 10,
      returnedLate: 1,
      answers: 8,
      satisfied: 6,
      dissatisfied: 2,
      overall: { r1: 1, r3: 1, r4: 2, r5: 4 },
      sipas: { access: { sum: 36, count: 8, satisfied: 7 } },
      conduct: { 'keep-appointment': { yes: 6, no: 1, notApplicable: 1 } },
    });

    expect(figures.responseRate).toBe(0.8);
    expect(figures.satisfactionRate).toBe(0.75);
    expect(figures.overallAverage).toBe((1 + 3 + 8 + 20) / 8);
    expect(figures.overallDistribution).toEqual([1, 0, 1, 2, 4]);
    expect(figures.sipas[0]).toEqual({
      element: 'access',
      label: 'Tiếp cận dịch vụ',
      answers: 8,
      average: 4.5,
      satisfactionRate: 7 / 8,
    });
    expect(figures.conduct.find((score) => score.item === 'keep-appointment')).toEqual({
      item: 'keep-appointment',
      group: '3-khong',
      label: 'Không trễ hẹn',
      yes: 6,
      no: 1,
      notApplicable: 1,
      yesShare: 6 / 7,
    });
  });

  it('should compute the Decision 766 indicator as 1 − (late + dislikes) ÷ returned', () => {
    const figures = figuresOf({
      ...emptyCounts(),
      invitations: 20,
      returnedLate: 1,
      answers: 10,
      overall: { r1: 1, r2: 1, r5: 8 },
    });

    // 1 − (1 + 2) / 20 = 0.85, below the 90% target: 0.85 / 0.9 of the points.
    expect(figures.decision766.value).toBeCloseTo(0.85, 10);
    expect(figures.decision766.attainment).toBeCloseTo(0.85 / 0.9, 10);
    expect(
      figuresOf({ ...emptyCounts(), invitations: 20, answers: 5, overall: { r5: 5 } }).decision766,
    ).toEqual({ value: 1, target: 0.9, attainment: 1 });
  });
});
