import { drawSample, sampleSize } from './sampling';

const frameOf = (size: number): string[] =>
  Array.from({ length: size }, (_, index) => `dossier-${String(index).padStart(5, '0')}`);

describe('sampleSize', () => {
  it('should give 375 for the ward’s 6,000 dossiers at a 5% margin', () => {
    expect(sampleSize(6000, 0.05)).toBe(375);
  });

  it('should round up a fractional sample size', () => {
    // 50 / (1 + 50 · 0.0025) = 44.44…
    expect(sampleSize(50, 0.05)).toBe(45);
    // 1000 / (1 + 1000 · 0.01) = 90.9…
    expect(sampleSize(1000, 0.1)).toBe(91);
  });

  it('should keep exact quotients exact', () => {
    // 100 / 1.25 = 80 and 400 / 2 = 200, with no floating-point creep to 81 or 201.
    expect(sampleSize(100, 0.05)).toBe(80);
    expect(sampleSize(400, 0.05)).toBe(200);
  });

  it('should never sample more than the population and stay below 1/e² for large ones', () => {
    expect(sampleSize(0, 0.05)).toBe(0);
    expect(sampleSize(1, 0.05)).toBe(1);
    expect(sampleSize(3, 0.05)).toBe(3);
    expect(sampleSize(10_000_000, 0.05)).toBe(400);
  });

  it('should refuse a margin the formula is not meant for', () => {
    expect(() => sampleSize(100, 0)).toThrow(RangeError);
    expect(() => sampleSize(100, 0.5)).toThrow(RangeError);
    expect(() => sampleSize(100, 0.12345)).toThrow(RangeError);
    expect(() => sampleSize(-1, 0.05)).toThrow(RangeError);
  });
});

describe('drawSample', () => {
  it('should draw the requested number of distinct dossiers from the frame', () => {
    const frame = frameOf(6000);

    const sample = drawSample(frame, 375, 'mttq-2026-h1');

    expect(sample).toHaveLength(375);
    expect(new Set(sample).size).toBe(375);
    expect(sample.every((id) => frame.includes(id))).toBe(true);
  });

  it('should draw the same sample from the same frame and seed, whatever the frame order', () => {
    const frame = frameOf(500);
    const shuffled = [...frame].reverse();

    expect(drawSample(shuffled, 50, 'seed-a')).toEqual(drawSample(frame, 50, 'seed-a'));
  });

  it('should draw a different sample with another seed', () => {
    const frame = frameOf(500);

    expect(drawSample(frame, 50, 'seed-a')).not.toEqual(drawSample(frame, 50, 'seed-b'));
  });

  it('should spread the sample over the whole frame rather than take its start', () => {
    const sample = drawSample(frameOf(1000), 100, 'spread');
    const firstHalf = sample.filter((id) => id < 'dossier-00500').length;

    expect(firstHalf).toBeGreaterThan(30);
    expect(firstHalf).toBeLessThan(70);
  });

  it('should take the whole frame when it is not larger than the sample', () => {
    expect(drawSample(['b', 'a'], 5, 'x')).toEqual(['a', 'b']);
  });
});
