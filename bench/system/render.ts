import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { buildNotes } from './notes';
import { REPOSITORY_ROOT } from './paths';
import { BenchResults, writeReport } from './report';

/**
 * Renders docs/benchmarks.md again from docs/benchmarks.json (after a change to the notes or
 * the report's layout), without running anything:
 *   node -r ./bench/register-paths.js dist/bench/bench/system/render.js [path/to/benchmarks.json]
 */
const source = resolve(process.argv[2] ?? join(REPOSITORY_ROOT, 'docs', 'benchmarks.json'));
const results = JSON.parse(readFileSync(source, 'utf8')) as BenchResults;
const written = writeReport(dirname(source), results, buildNotes(results));
process.stdout.write(`wrote ${written.markdown} and ${written.json}\n`);
