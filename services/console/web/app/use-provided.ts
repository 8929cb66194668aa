import { Context, useContext } from 'react';

/**
 * What the provider above a component gives. A component placed outside its provider is a
 * programming error: said at once, with `outside`, rather than as an undefined value later.
 */
export function useProvided<T>(context: Context<T | undefined>, outside: string): T {
  const value = useContext(context);
  if (!value) {
    throw new Error(outside);
  }
  return value;
}
