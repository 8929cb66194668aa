import { ReactNode, useEffect } from 'react';

import { useI18n } from '../i18n/i18n';
import { Page } from '../layout/page';
import { useSession } from './auth';
import { Officer, worksAtDesk } from './claims';

/**
 * Officer and leader pages: a visitor without a session goes to sign-in and comes back; a
 * signed-in user the page is not for (`allow`, the desk roles unless given) is told so.
 */
export function RequireDesk({
  children,
  allow = worksAtDesk,
}: {
  children: ReactNode;
  allow?: (officer: Officer) => boolean;
}) {
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
  if (!allow(officer)) {
    return (
      <Page title={t('forbiddenTitle')}>
        <p>{t('forbiddenText')}</p>
      </Page>
    );
  }
  return <>{children}</>;
}
