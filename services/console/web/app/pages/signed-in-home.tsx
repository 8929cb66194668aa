import { Navigate } from 'react-router';

import { useSession } from '../auth/auth';
import { homeOf } from '../auth/claims';
import { RequireDesk } from '../auth/require-desk';

/** After sign-in: the desk for officers and leaders, the communes' table for the province. */
export function SignedInHome() {
  const { officer } = useSession();
  return (
    <RequireDesk allow={() => true}>
      {officer && <Navigate to={homeOf(officer)} replace />}
    </RequireDesk>
  );
}
