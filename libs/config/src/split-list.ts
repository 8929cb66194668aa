/** `a, b,c,` → ['a', 'b', 'c']: list settings are comma-separated in the environment. */
export const splitList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;
