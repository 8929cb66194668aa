import { Link, useParams } from 'react-router';

import { useCommuneName, useOfficerCommune } from '../desk/commune';
import { CommuneChooser, NoCommunePage } from '../desk/commune-chooser';
import { useI18n } from '../i18n/i18n';
import { Page } from '../layout/page';
import { CommuneDashboard } from './commune-dashboard';

/** The leader's own commune over the year. */
export function CommuneDashboardPage() {
  const { t } = useI18n();
  const { communes, commune, setCommune, communeName } = useOfficerCommune();
  if (!commune) {
    return <NoCommunePage title={t('dashboardTitle')} />;
  }
  return (
    <Page title={t('dashboardTitle')}>
      <p className="lead">{t('dashboardIntro', { commune: communeName })}</p>
      <CommuneChooser communes={communes} value={commune} onChange={setCommune} />
      <CommuneDashboard communeCode={commune} />
    </Page>
  );
}

/** The province's drill-down into one of its communes (reporting refuses other provinces'). */
export function ProvinceCommunePage() {
  const { t } = useI18n();
  const { communeCode = '' } = useParams();
  const communeName = useCommuneName(communeCode);
  return (
    <Page title={t('dashboardOf', { commune: communeName })}>
      <p>
        <Link to="/tinh/xa-phuong">{t('backToProvince')}</Link>
      </p>
      <CommuneDashboard communeCode={communeCode} />
    </Page>
  );
}
