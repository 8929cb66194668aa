import { figuresFrom, p90Hours, sumCounts } from './commune-figures';

describe('commune figures', () => {
  it('should sum days and derive the rates the scenario format names', () => {
    const counts = sumCounts([
      {
        counts: {
          received: 3,
          'channel:online': 1,
          returned: 2,
          returnedOnTime: 2,
          processingMinutes: 600,
          'hours:4': 1,
          'hours:6': 1,
        },
      },
      {
        counts: {
          received: 1,
          returned: 2,
          returnedOnTime: 1,
          returnedLate: 1,
          processingMinutes: 600,
          'hours:5': 2,
          'letter:birth-congratulation': 2,
          'letter:marriage-congratulation': 1,
          'letter:overdue-apology': 1,
          surveyAnswers: 4,
          'rating:5': 2,
          'rating:4': 1,
          'rating:2': 1,
        },
      },
    ]);
    const figures = figuresFrom(counts);

    expect(figures).toMatchObject({
      hasData: true,
      dossiersReceived: 4,
      dossiersReturned: 4,
      dossiersLate: 1,
      onTimeRate: 0.75,
      onlineShare: 0.25,
      cashlessShare: null,
      processingTime: { averageHours: 5, p90Hours: 6 },
      letters: { congratulation: 3, condolence: 0, apology: 1, thankYou: 0 },
      surveyResponses: 4,
      satisfactionRate: 0.75,
      feedbackOnTimeRate: null,
    });
  });

  it('should give 1 for a perfect year and null rates when nothing was measured', () => {
    expect(figuresFrom({ returned: 6024, returnedOnTime: 6024 }).onTimeRate).toBe(1);
    expect(figuresFrom({ surveyAnswers: 3, 'rating:4': 1, 'rating:5': 1 }).satisfactionRate).toBe(
      0.666667,
    );
    const empty = figuresFrom({});
    expect(empty).toMatchObject({ hasData: false, onTimeRate: null, satisfactionRate: null });
    expect(empty.processingTime).toEqual({ averageHours: null, p90Hours: null });
  });

  it('should take the p90 as the nearest rank of the whole-hour histogram', () => {
    // Ten returns: nine within 2 hours and one in 40; the 9th of 10 is at 2 hours.
    expect(p90Hours({ 'hours:1': 5, 'hours:2': 4, 'hours:40': 1 })).toBe(2);
    expect(p90Hours({ 'hours:1': 5, 'hours:2': 3, 'hours:40': 2 })).toBe(40);
    expect(p90Hours({})).toBeNull();
  });
});
