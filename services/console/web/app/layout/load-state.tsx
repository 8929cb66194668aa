import { useI18n } from '../i18n/i18n';

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
