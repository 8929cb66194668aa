type AbsentKeys<T> = {
  [K in keyof T]-?: null extends T[K] ? K : undefined extends T[K] ? K : never;
}[keyof T];

/** `T` with every key that may hold `null` or `undefined` made optional and never empty. */
export type Compact<T> = { [K in Exclude<keyof T, AbsentKeys<T>>]: T[K] } & {
  [K in AbsentKeys<T>]?: NonNullable<T[K]>;
};

/**
 * A shallow copy without the keys whose value is `null` or `undefined`: a stored
 * `assignee: null` becomes an absent `assignee?`, and an optional field left `undefined`
 * stays out of the document or JSON written from it (exactOptionalPropertyTypes).
 */
export function compact<T extends object>(value: T): Compact<T> {
  const present: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== null && field !== undefined) {
      present[key] = field;
    }
  }
  return present as Compact<T>;
}
