import { useI18n } from '../i18n/i18n';
import { Page } from '../layout/page';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('notFoundTitle')}>
      <p>{t('notFoundText')}</p>
    </Page>
  );
}
