import { exactlyOnce, figure, renderCounts, totals } from './ledger';

describe('the fault suite ledger', () => {
  it('should count an owed id never found as lost and a second copy as doubled', () => {
    const count = exactlyOnce('letters', ['a', 'b', 'c'], ['a', 'b', 'b']);

    expect(count).toMatchObject({ expected: 3, found: 3, lost: 1, doubled: 1 });
    expect(count.examples).toEqual(['lost c', 'doubled b ×2']);
  });

  it('should count an id that nobody owed as doubled', () => {
    const count = exactlyOnce('registrations', ['a'], ['a', 'x']);

    expect(count).toMatchObject({ lost: 0, doubled: 1 });
    expect(count.examples).toEqual(['doubled x (owed to nobody) ×1']);
  });

  it('should compare a figure both ways and flag a missing one as lost', () => {
    expect(figure('births', 10, 9)).toMatchObject({ lost: 1, doubled: 0 });
    expect(figure('births', 10, 12)).toMatchObject({ lost: 0, doubled: 2 });
    expect(figure('births', 10, undefined)).toMatchObject({ lost: 10, found: 0 });
  });

  it('should sum every line into the totals the suite exits on', () => {
    const counts = [exactlyOnce('a', ['1'], []), figure('b', 1, 3)];

    expect(totals(counts)).toEqual({ lost: 1, doubled: 2 });
    expect(renderCounts(counts).split('\n').at(-1)).toMatch(/^TOTAL\s+1\s+2$/);
  });
});
