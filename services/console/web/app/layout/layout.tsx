import { ReactNode } from 'react';
import { NavLink } from 'react-router';

import { useSession } from '../auth/auth';
import { leads, overseesProvince, worksAtDesk } from '../auth/claims';
import { useI18n } from '../i18n/i18n';

export function Layout({ children }: { children: ReactNode }) {
  const { t, toggle, language } = useI18n();
  const { officer, signIn, signOut, ready } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('appTagline')}</span>
        </div>
        <nav aria-label={t('mainNavigation')} className="site-nav">
          <NavLink to="/" end>
            {t('navHome')}
          </NavLink>
          <NavLink to="/tra-cuu">{t('navLookup')}</NavLink>
          <NavLink to="/khao-sat">{t('navSurvey')}</NavLink>
          <NavLink to="/xa-phuong">{t('navCommunes')}</NavLink>
          {officer && worksAtDesk(officer) && (
            <>
              <NavLink to="/ban-lam-viec" end>
                {t('navDesk')}
              </NavLink>
              <NavLink to="/ban-lam-viec/tiep-nhan">{t('navReceive')}</NavLink>
              <NavLink to="/ban-lam-viec/phan-anh">{t('navFeedbackCases')}</NavLink>
              <NavLink to="/ban-lam-viec/hom-thu-gop-y">{t('navSuggestionBox')}</NavLink>
            </>
          )}
          {officer && leads(officer) && (
            <>
              <NavLink to="/lanh-dao/thu-cho-ky-duyet">{t('navApprovals')}</NavLink>
              <NavLink to="/lanh-dao/so-thu">{t('navLetterRegister')}</NavLink>
              <NavLink to="/lanh-dao/cai-dat-thu">{t('navLetterSettings')}</NavLink>
              <NavLink to="/lanh-dao/tong-quan">{t('navDashboard')}</NavLink>
              <NavLink to="/lanh-dao/nhat-ky-thay-doi">{t('navAuditTrail')}</NavLink>
              <NavLink to="/lanh-dao/nhat-ky-truy-cap">{t('navAccessLog')}</NavLink>
            </>
          )}
          {officer && overseesProvince(officer) && (
            <NavLink to="/tinh/xa-phuong">{t('navProvince')}</NavLink>
          )}
        </nav>
        <div className="site-tools">
          <button
            type="button"
            className="link-button"
            onClick={toggle}
            lang={language === 'vi' ? 'en' : 'vi'}
            aria-label={t('languageToggleLabel')}
          >
            {t('languageToggle')}
          </button>
          {ready && officer && (
            <>
              <span className="officer-name">
                {t('signedInAs')}: <strong>{officer.name}</strong>
              </span>
              <button type="button" className="button secondary" onClick={() => void signOut()}>
                {t('signOut')}
              </button>
            </>
          )}
          {ready && !officer && (
            <button type="button" className="button" onClick={() => void signIn('/bat-dau')}>
              {t('signIn')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
