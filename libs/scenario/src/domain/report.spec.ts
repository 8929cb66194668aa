import { compareReport, reportFigures } from './report';

const report = {
  dossiersReceived: 10,
  dossiersReturned: 10,
  dossiersLate: 1,
  onTimeRate: 0.9,
  letters: { congratulation: 2, condolence: 1, apology: 1, thankYou: 3 },
  surveyResponses: 3,
  satisfactionRate: 2 / 3,
  feedbackReceived: 3,
  feedbackAnsweredOnTime: 3,
  averageProcessingHours: 4.2,
};

describe('compareReport', () => {
  it('should accept rates equal to 4 decimals and exact counts', () => {
    expect(
      compareReport(
        { onTimeRate: 0.90004, satisfactionRate: 0.6667, dossiersLate: 1, letters: { apology: 1 } },
        report,
      ),
    ).toEqual([]);
  });

  it('should list every differing key with both values', () => {
    expect(
      compareReport(
        { satisfactionRate: 0.6666, dossiersReceived: 11, letters: { thankYou: 4, condolence: 1 } },
        report,
      ),
    ).toEqual([
      { key: 'dossiersReceived', expected: 11, actual: 10 },
      { key: 'satisfactionRate', expected: 0.6666, actual: 2 / 3 },
      { key: 'letters.thankYou', expected: 4, actual: 3 },
    ]);
  });

  it('should count a figure the report lacks as a difference', () => {
    expect(compareReport({ surveyResponses: 0 }, { letters: {} })).toEqual([
      { key: 'surveyResponses', expected: 0, actual: undefined },
    ]);
  });

  it('should print only the figures the format names, in its order', () => {
    expect(Object.keys(reportFigures(report))).toEqual([
      'dossiersReceived',
      'dossiersReturned',
      'dossiersLate',
      'onTimeRate',
      'letters',
      'surveyResponses',
      'satisfactionRate',
      'feedbackReceived',
      'feedbackAnsweredOnTime',
    ]);
  });
});
