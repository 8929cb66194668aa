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
          <ul className="link-list">
            <li>
              <Link className="button" to="/tra-cuu">
                {t('navLookup')}
              </Link>
            </li>
            <li>
              <Link className="button secondary" to="/khao-sat">
                {t('navSurvey')}
              </Link>
            </li>
            <li>
              <Link className="button secondary" to="/xa-phuong">
                {t('homeCommune')}
              </Link>
            </li>
          </ul>
        </section>
        <section className="card" aria-labelledby="home-officer">
          <h2 id="home-officer">{t('homeOfficer')}</h2>
          {officer ? (
            <Link className="button" to="/bat-dau">
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
