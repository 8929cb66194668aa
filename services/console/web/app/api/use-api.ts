import { useCallback } from 'react';

import { useSession } from '../auth/auth';
import { ApiRequest, ApiResult, callApi, Service } from './api-client';

/**
 * Calls as the signed-in officer. A 401 means the session ended (expired, revoked, signed
 * out elsewhere): the officer signs in again and comes back to the same page, whose form
 * drafts are kept in session storage.
 */
export function useApi(): <T>(
  service: Service,
  path: string,
  request?: ApiRequest,
) => Promise<ApiResult<T>> {
  const { accessToken, sessionExpired } = useSession();
  return useCallback(
    async <T>(service: Service, path: string, request: ApiRequest = {}) => {
      const result = await callApi<T>(service, path, {
        ...request,
        ...(accessToken ? { accessToken } : {}),
      });
      if (!result.ok && result.status === 401) {
        await sessionExpired();
      }
      return result;
    },
    [accessToken, sessionExpired],
  );
}
