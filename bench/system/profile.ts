import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

export interface ProfileSummary {
  file: string;
  seconds: number;
  samples: number;
  /** Share of samples (%) by where the code lives: a package, node internals, the repo. */
  byOrigin: { origin: string; pct: number }[];
  /** The functions with the most self time. */
  topFunctions: { fn: string; pct: number }[];
}

function originOf(url: string, functionName: string): string {
  if (!url) {
    return functionName.startsWith('(') ? functionName : '(native)';
  }
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) {
    return modules[1];
  }
  if (url.startsWith('node:')) {
    return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;
  }
  const repository = /dist\/((?:libs|services)\/[^/]+)/.exec(url);
  return repository?.[1] ?? url.split('/').slice(-2).join('/');
}

/** Self time of a V8 CPU profile, by package and by function. */
export function summarizeProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) {
      continue;
    }
    const { functionName, url, lineNumber } = node.callFrame;
    const origin = originOf(url, functionName);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + hits);
    const name = `${functionName || '(anonymous)'} ${origin}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, count: number): [string, number][] =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
  const pct = (hits: number): number => Math.round((hits / total) * 1000) / 10;
  return {
    file,
    seconds: Math.round((profile.endTime - profile.startTime) / 1e5) / 10,
    samples: total,
    byOrigin: top(byOrigin, 15).map(([origin, hits]) => ({ origin, pct: pct(hits) })),
    topFunctions: top(byFunction, 20).map(([fn, hits]) => ({ fn, pct: pct(hits) })),
  };
}

export function summarizeProfiles(directory: string): ProfileSummary[] {
  try {
    return readdirSync(directory)
      .filter((name) => name.endsWith('.cpuprofile'))
      .sort()
      .map((name) => summarizeProfile(join(directory, name)));
  } catch {
    return [];
  }
}
