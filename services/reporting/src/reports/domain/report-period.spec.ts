import { namedPeriod, resolvePeriod } from './report-period';

describe('report periods', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2022-H2', '2022-07-01', '2022-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2022-Q4', '2022-10-01', '2022-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2022-03-15', '2022-03-15', '2022-03-15'],
  ])('should read %s as %s to %s', (text, from, to) => {
    expect(namedPeriod(text)).toEqual({ from, to });
    expect(resolvePeriod({ period: text }, 1096)).toEqual({ from, to });
  });

  it('should accept a custom range of real dates', () => {
    expect(resolvePeriod({ from: '2022-01-01', to: '2022-12-31' }, 1096)).toEqual({
      from: '2022-01-01',
      to: '2022-12-31',
    });
  });

  const problems = (query: Record<string, string>, maxDays = 1096): unknown => {
    try {
      resolvePeriod(query, maxDays);
    } catch (error) {
      return error;
    }
    throw new Error('accepted');
  };

  it.each([
    [{ from: '2022-12-31', to: '2022-01-01' }, 'to'],
    [{ from: '2022-02-30', to: '2022-03-01' }, 'from'],
    [{ from: '01/01/2022', to: '2022-03-01' }, 'from'],
    [{ from: '2022-01-01' }, 'to'],
    [{}, 'from'],
    [{ period: '2022-Q5' }, 'period'],
    [{ period: '2022', from: '2022-01-01' }, 'period'],
  ])('should refuse %j naming %s', (query, field) => {
    expect(problems(query)).toMatchObject({
      code: 'REPORT.INVALID_PERIOD',
      kind: 'invalid',
      fields: expect.arrayContaining([expect.objectContaining({ field })]),
    });
  });

  it('should refuse a period longer than the configured maximum', () => {
    expect(problems({ from: '2020-01-01', to: '2022-12-31' }, 366)).toMatchObject({
      code: 'REPORT.INVALID_PERIOD',
      fields: [{ field: 'to', messages: ['Kỳ báo cáo dài tối đa 366 ngày.'] }],
    });
  });
});
