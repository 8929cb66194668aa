/** One line of the final count: what was owed against what the system holds. */
export interface Count {
  item: string;
  expected: number;
  found: number;
  lost: number;
  doubled: number;
  /** The first few lost or doubled ids, to start an investigation from. */
  examples: string[];
}

const EXAMPLES = 5;

/**
 * Each expected id must be found exactly once. An id found twice counts as doubled once per
 * extra copy; an id found that nobody owed (a second registration for one request) as doubled.
 */
export function exactlyOnce(
  item: string,
  expectedIds: readonly string[],
  foundIds: readonly string[],
): Count {
  const occurrences = new Map<string, number>();
  for (const id of foundIds) {
    occurrences.set(id, (occurrences.get(id) ?? 0) + 1);
  }
  const owed = new Set(expectedIds);
  const lostIds = [...owed].filter((id) => !occurrences.has(id));
  const doubledIds: string[] = [];
  let doubled = 0;
  for (const [id, times] of occurrences) {
    const extra = owed.has(id) ? times - 1 : times;
    if (extra > 0) {
      doubled += extra;
      doubledIds.push(`${id}${owed.has(id) ? '' : ' (owed to nobody)'} ×${times}`);
    }
  }
  return {
    item,
    expected: owed.size,
    found: foundIds.length,
    lost: lostIds.length,
    doubled,
    examples: [
      ...lostIds.slice(0, EXAMPLES).map((id) => `lost ${id}`),
      ...doubledIds.slice(0, EXAMPLES).map((id) => `doubled ${id}`),
    ],
  };
}

/** A figure (a counter a report shows) against the number of facts it counts. */
export function figure(item: string, expected: number, found: number | undefined): Count {
  const value = found ?? 0;
  return {
    item,
    expected,
    found: value,
    lost: Math.max(0, expected - value),
    doubled: Math.max(0, value - expected),
    examples: found === undefined ? ['figure missing from the answer'] : [],
  };
}

export function totals(counts: readonly Count[]): { lost: number; doubled: number } {
  return counts.reduce(
    (sum, count) => ({ lost: sum.lost + count.lost, doubled: sum.doubled + count.doubled }),
    { lost: 0, doubled: 0 },
  );
}

/** A fixed-width table, one count a line. */
export function renderCounts(counts: readonly Count[]): string {
  const width = Math.max(...counts.map((count) => count.item.length), 4);
  const cell = (value: string | number): string => String(value).padStart(9);
  const lines = [
    `${'item'.padEnd(width)}${cell('expected')}${cell('found')}${cell('lost')}${cell('doubled')}`,
  ];
  for (const count of counts) {
    lines.push(
      `${count.item.padEnd(width)}${cell(count.expected)}${cell(count.found)}${cell(count.lost)}${cell(count.doubled)}`,
    );
    for (const example of count.examples) {
      lines.push(`    ${example}`);
    }
  }
  const { lost, doubled } = totals(counts);
  lines.push(`${'TOTAL'.padEnd(width)}${cell('')}${cell('')}${cell(lost)}${cell(doubled)}`);
  return lines.join('\n');
}
