import { Link } from 'react-router';

import { useSession } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { Page } from '../layout/page';

export function HomePage() {
  const { t } = useI18n();
  const { officer, signIn } = useSession();
  return (
    <Page title={t('homeTitle')}>
      <p className="lead">{t('homeIntro')}</p>
      <div className="cards">
        <section className="card" aria-labelledby="home-citizen">
          <h2 id="home-citizen">{t('homeCitizen')}</h2>
          <Link className="button" to="/tra-cuu">
            {t('navLookup')}
          </Link>
        </section>
        <section className="card" aria-labelledby="home-officer">
          <h2 id="home-officer">{t('homeOfficer')}</h2>
          {officer ? (
            <Link className="button" to="/ban-lam-viec">
              {t('navDesk')}
            </Link>
          ) : (
            <button type="button" className="button" onClick={() => void signIn('/bat-dau')}>
              {t('signIn')}
            </button>
          )}
        </section>
      </div>
    </Page>
  );
}
