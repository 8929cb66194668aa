import {
  MAX_ROWS,
  NO_FILTERS,
  PAGE_SIZE,
  pageOf,
  registerQuery,
  validateFilters,
} from './letter-register-query';

describe('the letter register’s filters and pages', () => {
  it('should refuse a period that ends before it starts and a one-letter name', () => {
    expect(validateFilters({ ...NO_FILTERS, from: '2026-12-02', to: '2026-11-30' })).toEqual({
      to: 'errRegisterDates',
    });
    expect(validateFilters({ ...NO_FILTERS, recipient: ' a ' })).toEqual({
      recipient: 'errRegisterRecipient',
    });
    expect(validateFilters({ ...NO_FILTERS, from: '2026-11-30', to: '2026-11-30' })).toEqual({});
  });

  it('should ask for the filters given, the first pages and one letter more', () => {
    const query = registerQuery(
      '14797',
      { ...NO_FILTERS, kind: 'death-condolence', recipient: ' Lê Thị'.normalize('NFD') },
      2,
    );
    const params = new URL(query, 'http://console').searchParams;

    expect(query.startsWith('/v1/letters?')).toBe(true);
    expect(Object.fromEntries(params)).toEqual({
      communeCode: '14797',
      kind: 'death-condolence',
      recipient: 'Lê Thị'.normalize('NFC'),
      limit: String(2 * PAGE_SIZE + 1),
    });
    expect(
      new URL(registerQuery('14797', NO_FILTERS, 50), 'http://c').searchParams.get('limit'),
    ).toBe(String(MAX_ROWS));
  });

  it('should cut one page out and say whether another follows or the limit was reached', () => {
    const rows = Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, index) => index);

    expect(pageOf(rows, 2)).toEqual({
      rows: rows.slice(PAGE_SIZE, 2 * PAGE_SIZE),
      hasNext: true,
      capped: false,
    });
    expect(pageOf(rows.slice(0, 5), 1)).toEqual({
      rows: [0, 1, 2, 3, 4],
      hasNext: false,
      capped: false,
    });
    const all = Array.from({ length: MAX_ROWS }, (_, index) => index);
    expect(pageOf(all, MAX_ROWS / PAGE_SIZE)).toMatchObject({ hasNext: false, capped: true });
  });
});
