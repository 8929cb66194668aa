import { copyCertificationFeeVnd, copyFeeVnd, isLateRegistration } from './fees';

describe('fees', () => {
  // Circular 226/2016/TT-BTC art. 4(1): 2,000 đ a page, 1,000 đ from the third page, at most
  // 200,000 đ a copy; pages are the original's.
  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 5_000],
    [10, 12_000],
    [198, 200_000],
    [500, 200_000],
  ])('should charge a copy of a %i-page original %i đồng', (pages, amount) => {
    expect(copyFeeVnd(pages)).toBe(amount);
  });

  it('should add up every copy of every original', () => {
    expect(
      copyCertificationFeeVnd([
        { pages: 2, copies: 5 },
        { pages: 3, copies: 1 },
      ]),
    ).toBe(5 * 4_000 + 5_000);
  });

  it('should refuse pages or copies below one', () => {
    expect(() => copyFeeVnd(0)).toThrow(RangeError);
    expect(() => copyCertificationFeeVnd([{ pages: 1, copies: 0 }])).toThrow(RangeError);
  });

  // Luật Hộ tịch 2014 art. 15(1) (60 days from the birth), art. 33(1) (15 days from the death).
  it('should call a registration late only after the legal period', () => {
    expect(isLateRegistration('birth', '2026-01-01', '2026-03-02')).toBe(false);
    expect(isLateRegistration('birth', '2026-01-01', '2026-03-03')).toBe(true);
    expect(isLateRegistration('death', '2026-03-10', '2026-03-25')).toBe(false);
    expect(isLateRegistration('death', '2026-03-10', '2026-03-26')).toBe(true);
    expect(isLateRegistration('marriage', '2000-01-01', '2026-03-26')).toBe(false);
  });
});
