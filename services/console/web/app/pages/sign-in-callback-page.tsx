import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { useSession } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { Page } from '../layout/page';

/** Where the provider sends the browser back with the code; the code is exchanged once. */
export function SignInCallbackPage() {
  const { t } = useI18n();
  const { completeSignIn, signIn } = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) {
      return;
    }
    started.current = true;
    completeSignIn().then(
      (returnTo) => void navigate(returnTo, { replace: true }),
      () => setFailed(true),
    );
  }, [completeSignIn, navigate]);
  return (
    <Page title={failed ? t('signInFailed') : t('signingIn')}>
      {failed ? (
        <button type="button" className="button" onClick={() => void signIn('/bat-dau')}>
          {t('signIn')}
        </button>
      ) : (
        <p role="status">{t('signingIn')}</p>
      )}
    </Page>
  );
}
