/**
 * Reading `explain` answers (verbosity `queryPlanner`) the same way on every store the
 * project supports: MongoDB 6–8 (classic and slot-based plans, the 8.0 express path,
 * aggregations wrapping their plan in `$cursor` or `stages`) and the embedded store, which
 * answers in MongoDB's shape.
 */

/** Stages that read through an index rather than through every document. */
export const INDEX_STAGES: ReadonlySet<string> = new Set([
  'IXSCAN',
  'IDHACK',
  'EXPRESS_IXSCAN',
  'EXPRESS_IDHACK',
  'COUNT_SCAN',
]);

/** The stage that reads every document of the collection. */
export const COLLECTION_SCAN = 'COLLSCAN';

/**
 * Keys that never hold the chosen plan: the optimiser's losers, and documents written in the
 * caller's terms (a filter on a field named `stage` must not read as a plan stage).
 */
const NOT_PLANS = new Set([
  'rejectedPlans',
  'parsedQuery',
  'filter',
  'command',
  'indexBounds',
  'keyPattern',
  'serverInfo',
  'serverParameters',
]);

/**
 * The stage names of the chosen plan(s), outermost first. Accepts a whole explain answer or
 * any plan node inside one; plans the optimiser rejected are not looked at.
 */
export function planStages(plan: unknown): string[] {
  const stages: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') {
      return;
    }
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (NOT_PLANS.has(key)) {
        continue;
      }
      if (key === 'stage' && typeof value === 'string') {
        stages.push(value);
      } else {
        visit(value);
      }
    }
  };
  visit(plan);
  return stages;
}

/** True when the chosen plan reads through an index and nowhere scans the collection. */
export function usesIndex(plan: unknown): boolean {
  const stages = planStages(plan);
  return stages.some((stage) => INDEX_STAGES.has(stage)) && !stages.includes(COLLECTION_SCAN);
}
