import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a service's own process.memoryUsage() said, at the sample with the largest RSS. */
export interface MemorySummary {
  service: string;
  samples: number;
  rssMaxMB: number;
  /** At the largest-RSS sample: the V8 heap reserved, used, and memory outside it. */
  heapTotalMB: number;
  heapUsedMB: number;
  externalMB: number;
  arrayBuffersMB: number;
  /** rss − heapTotal at that sample: code, stacks, malloc arenas (scrypt's 16 MB blocks). */
  outsideHeapMB: number;
  heapUsedMaxMB: number;
}

interface Sample {
  t: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

export function summarizeMemoryTraces(directory: string): MemorySummary[] {
  let files: string[];
  try {
    files = readdirSync(directory).filter((name) => name.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.sort().flatMap((file) => {
    const samples = readFileSync(join(directory, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Sample);
    if (samples.length === 0) {
      return [];
    }
    const top = samples.reduce((best, sample) => (sample.rss > best.rss ? sample : best));
    return [
      {
        service: file.replace(/\.jsonl$/, ''),
        samples: samples.length,
        rssMaxMB: mb(top.rss),
        heapTotalMB: mb(top.heapTotal),
        heapUsedMB: mb(top.heapUsed),
        externalMB: mb(top.external),
        arrayBuffersMB: mb(top.arrayBuffers),
        outsideHeapMB: mb(top.rss - top.heapTotal),
        heapUsedMaxMB: mb(Math.max(...samples.map((sample) => sample.heapUsed))),
      },
    ];
  });
}
