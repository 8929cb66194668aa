import { Link } from 'react-router';

import { useI18n } from '../i18n/i18n';
import { Page } from './page';

/** "Loading…" while a read is under way, the error when it failed, nothing once it arrived. */
export function LoadState({ value, loadingText }: { value: unknown; loadingText?: string }) {
  const { t } = useI18n();
  if (value === undefined) {
    return (
      <p role="status" className="progress">
        {loadingText ?? t('loading')}
      </p>
    );
  }
  if (value === null) {
    return (
      <p className="alert alert-error" role="alert">
        {t('errorGeneric')}
      </p>
    );
  }
  return null;
}

/**
 * The page of one record while it loads, when the read failed, or when there is no such record
 * (with the way back to its list).
 */
export function RecordPendingPage({
  title,
  missing,
  failed,
  notFound,
  back,
}: {
  title: string;
  /** The service said there is no such record. */
  missing: boolean;
  failed: boolean;
  notFound: string;
  back: { to: string; label: string };
}) {
  const { t } = useI18n();
  if (missing) {
    return (
      <Page title={title}>
        <p className="alert alert-error" role="alert">
          {notFound}
        </p>
        <Link to={back.to}>{back.label}</Link>
      </Page>
    );
  }
  return (
    <Page title={title}>
      {failed ? (
        <p className="alert alert-error" role="alert">
          {t('errorGeneric')}
        </p>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </Page>
  );
}
