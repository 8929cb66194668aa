import { createHmac, randomBytes, scryptSync } from 'node:crypto';

/**
 * Costs of single operations on this machine, measured in the benchmark's own process, to
 * explain the figures: intake hashes each dossier's lookup secret with scrypt (Node's default
 * cost, N = 16384), which bounds how many dossiers a core can receive.
 */
export interface Calibration {
  scryptDefaultMs: number;
  scryptN1024Ms: number;
  hmacSha256Ms: number;
}

function timeOf(runs: number, work: () => void): number {
  const started = performance.now();
  for (let index = 0; index < runs; index += 1) {
    work();
  }
  return Math.round(((performance.now() - started) / runs) * 1000) / 1000;
}

export function calibrate(): Calibration {
  const salt = randomBytes(16);
  const key = randomBytes(32);
  return {
    scryptDefaultMs: timeOf(10, () => scryptSync('K7Q2M9XH4D', salt, 32)),
    scryptN1024Ms: timeOf(50, () => scryptSync('K7Q2M9XH4D', salt, 32, { N: 1024 })),
    hmacSha256Ms: timeOf(2000, () => createHmac('sha256', key).update('K7Q2M9XH4D').digest()),
  };
}
