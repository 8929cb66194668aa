import { join } from 'node:path';

/** The repository root, from dist/bench/bench/system (compiled) or bench/system (sources). */
export const REPOSITORY_ROOT = __dirname.includes(join('dist', 'bench'))
  ? join(__dirname, '..', '..', '..', '..')
  : join(__dirname, '..', '..');
