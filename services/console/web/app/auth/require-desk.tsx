import { ReactNode, useEffect } from 'react';

import { useI18n } from '../i18n/i18n';
import { Page } from '../layout/page';
import { useSession } from './auth';
import { worksAtDesk } from './claims';

/** Officer and leader pages: a visitor without a session goes to sign-in and comes back. */
export function RequireDesk({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { ready, officer, signingOut, signIn } = useSession();
  useEffect(() => {
    if (ready && !officer && !signingOut) {
      void signIn();
    }
  }, [ready, officer, signingOut, signIn]);
  if (!ready || !officer) {
    return <p role="status">{t('signingIn')}</p>;
  }
  if (!worksAtDesk(officer)) {
    return (
      <Page title={t('forbiddenTitle')}>
        <p>{t('forbiddenText')}</p>
      </Page>
    );
  }
  return <>{children}</>;
}
