import type { TenantScope } from '@libs/auth';

/** The store filter of a tenant scope (a type alias: it fits any record's `FilterQuery`). */
export type TenantFilter = {
  $or: ({ communeCode: { $in: string[] } } | { provinceCode: string })[];
};

/**
 * Only the records of the scope's communes or of its province. Repositories add it to every
 * read on behalf of a principal, so a guessed id of another commune's record finds nothing.
 */
export function tenantFilter(scope: TenantScope): TenantFilter {
  const clauses: TenantFilter['$or'] = [{ communeCode: { $in: [...scope.communes] } }];
  if (scope.provinceCode) {
    clauses.push({ provinceCode: scope.provinceCode });
  }
  return { $or: clauses };
}
