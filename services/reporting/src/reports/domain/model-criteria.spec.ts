import { figuresFrom } from './commune-figures';
import { judge, ModelCriteria, progressTowardTargets } from './model-criteria';

const CRITERIA: ModelCriteria = {
  version: '2025.1',
  minOnTimeRate: 0.98,
  minSatisfactionRate: 0.9,
  minFeedbackOnTimeRate: 0.95,
  requireEveryLetter: true,
};

/** The article's year, as counters. */
const modelYear = {
  received: 6024,
  returned: 6024,
  returnedOnTime: 6024,
  births: 97,
  marriages: 35,
  deaths: 36,
  'letter:birth-congratulation': 97,
  'letter:marriage-congratulation': 35,
  'letter:death-condolence': 36,
  'letter:thank-you': 48,
  surveyAnswers: 1200,
  'rating:4': 720,
  'rating:5': 480,
  feedbackReceived: 48,
  feedbackWithContact: 48,
  feedbackAnswered: 48,
  feedbackAnsweredOnTime: 48,
};

describe('meets the model', () => {
  it('should pass a commune that meets every criterion', () => {
    const verdict = judge(figuresFrom(modelYear), CRITERIA);
    expect(verdict).toMatchObject({
      status: 'meets',
      label: 'Đạt mô hình',
      criteriaVersion: '2025.1',
    });
    expect(verdict.checks.map((check) => check.result)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('should fail a commune below a threshold or owing a letter, and say which', () => {
    const late = judge(
      figuresFrom({ ...modelYear, returnedOnTime: 5900, returnedLate: 124 }),
      CRITERIA,
    );
    expect(late.status).toBe('does-not-meet');
    expect(late.checks.find((check) => check.criterion === 'on-time-rate')?.result).toBe('fail');
    // 124 late dossiers and no apology letter
    expect(late.checks.find((check) => check.criterion === 'letters')).toMatchObject({
      result: 'fail',
      required: 340,
      actual: 216,
    });
  });

  it('should call a commune without data "no data", never passing or failing', () => {
    expect(judge(figuresFrom({}), CRITERIA)).toMatchObject({
      status: 'no-data',
      label: 'Chưa có số liệu',
    });
    expect(judge(figuresFrom({ received: 4 }), CRITERIA).status).toBe('no-data');
  });

  it('should not require letters when the criteria version does not', () => {
    const verdict = judge(figuresFrom({ ...modelYear, 'letter:death-condolence': 0 }), {
      ...CRITERIA,
      requireEveryLetter: false,
    });
    expect(verdict.status).toBe('meets');
    expect(verdict.checks).toHaveLength(3);
  });

  it('should measure progress toward half the communes in 2025 and all in 2030', () => {
    expect(progressTowardTargets(83, 166)).toEqual([
      { year: 2025, targetShare: 0.5, communesRequired: 83, communesMeeting: 83, reached: true },
      { year: 2030, targetShare: 1, communesRequired: 166, communesMeeting: 83, reached: false },
    ]);
  });
});
