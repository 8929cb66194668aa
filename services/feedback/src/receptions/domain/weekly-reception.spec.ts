import { receptionWeeksSpan, weeklyReceptionCompliance } from './weekly-reception';

// Wednesday 4 March 2026, 10:00 in Vietnam.
const NOW = new Date('2026-03-04T03:00:00Z');

describe('weekly citizen reception (Luật Tiếp công dân 2013, Art. 15(2)(d))', () => {
  it('should flag a past week without a reception and keep the current week open', () => {
    const weeks = weeklyReceptionCompliance(
      ['2026-02-05', '2026-02-26'],
      { from: '2026-02-02', to: '2026-03-04' },
      NOW,
    );

    expect(weeks.map((week) => [week.weekStart, week.status])).toEqual([
      ['2026-02-02', 'held'],
      ['2026-02-09', 'missed'],
      // 16–20/2/2026 are all Tết days off: no reception is owed.
      ['2026-02-16', 'no-working-day'],
      ['2026-02-23', 'held'],
      ['2026-03-02', 'in-progress'],
    ]);
    expect(weeks[0]?.heldOn).toEqual(['2026-02-05']);
  });

  it('should count a week as held by any day in it, from Monday to Sunday', () => {
    const [week] = weeklyReceptionCompliance(
      ['2026-02-01'],
      { from: '2026-01-26', to: '2026-01-26' },
      NOW,
    );
    expect(week).toEqual({
      weekStart: '2026-01-26',
      weekEnd: '2026-02-01',
      heldOn: ['2026-02-01'],
      status: 'held',
    });
  });

  it('should read receptions over the whole first and last weeks of a range', () => {
    // Wednesday 11 February to Tuesday 3 March 2026
    expect(receptionWeeksSpan({ from: '2026-02-11', to: '2026-03-03' })).toEqual({
      from: '2026-02-09',
      to: '2026-03-08',
    });
  });
});
