import { DependencyList, useEffect, useState } from 'react';

import { ApiResult } from './api-client';

/**
 * What a page reads from a service: `undefined` while it loads, `null` when the service did
 * not answer (shown as an error, never as "none"), else the body. A newer load wins: the
 * answer of one the page no longer needs is dropped.
 */
export function useRemote<T>(
  load: () => Promise<ApiResult<T>> | undefined,
  deps: DependencyList,
): T | null | undefined {
  const [value, setValue] = useState<T | null | undefined>();
  useEffect(() => {
    const loading = load();
    if (!loading) {
      return;
    }
    let active = true;
    setValue(undefined);
    void loading.then((result) => {
      if (active) {
        setValue(result.ok ? result.body : null);
      }
    });
    return () => {
      active = false;
    };
    // The caller names what the load depends on, as with useEffect.
  }, deps);
  return value;
}
