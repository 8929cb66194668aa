import { createHash } from 'node:crypto';

/** Margins are taken to four decimals (0.05 = 500 basis points of a unit). */
const SCALE = 10_000;

export function isSupportedMargin(marginOfError: number): boolean {
  const basisPoints = marginOfError * SCALE;
  return (
    marginOfError >= 0.01 &&
    marginOfError <= 0.2 &&
    Math.abs(basisPoints - Math.round(basisPoints)) < 1e-6
  );
}

/**
 * SIPAS sample size n = ⌈N / (1 + N·e²)⌉ (Yamane), in exact integer arithmetic so that an
 * exact quotient (N = 6000, e = 0.05 → 375) is not pushed up by floating-point error.
 */
export function sampleSize(population: number, marginOfError: number): number {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`Population must be a non-negative integer, got ${population}`);
  }
  if (!isSupportedMargin(marginOfError)) {
    throw new RangeError(`Margin of error must be 0.01–0.2 with 4 decimals, got ${marginOfError}`);
  }
  const e = BigInt(Math.round(marginOfError * SCALE));
  const scale = BigInt(SCALE);
  const numerator = BigInt(population) * scale * scale;
  const denominator = scale * scale + BigInt(population) * e * e;
  return Number((numerator + denominator - 1n) / denominator);
}

/** A number in [0, bound) from the seed and step, the same on every machine. */
function draw(seed: string, step: number, bound: number): number {
  const digest = createHash('sha256').update(`${seed}:${step}`).digest();
  // 48 bits leave a modulo bias below 2⁻³⁰ for any frame a commune can have.
  return digest.readUIntBE(0, 6) % bound;
}

/**
 * A simple random sample of `size` ids, reproducible by anyone holding the frame and the
 * seed: sort the ids, then for step i swap position i with i + H(seed:i) mod (N − i)
 * (a partial Fisher–Yates shuffle, H = first 48 bits of SHA-256). Returned in id order.
 */
export function drawSample(frame: readonly string[], size: number, seed: string): string[] {
  const ids = [...frame].sort();
  const count = Math.min(size, ids.length);
  for (let step = 0; step < count; step += 1) {
    const pick = step + draw(seed, step, ids.length - step);
    [ids[step], ids[pick]] = [ids[pick], ids[step]];
  }
  return ids.slice(0, count).sort();
}
