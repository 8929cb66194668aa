import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';

/**
 * A dossier's appointment in its facts list: when it was received, when its result is due and,
 * once handed back, when it was returned; the citizen and the desk read the same.
 */
export function DossierTimes({
  dossier,
}: {
  dossier: { receivedAt: string; dueAt: string; returnedAt?: string };
}) {
  const { t, language } = useI18n();
  return (
    <>
      <dt>{t('receivedAt')}</dt>
      <dd>{formatInstant(dossier.receivedAt, language)}</dd>
      <dt>{t('dueAt')}</dt>
      <dd>{formatInstant(dossier.dueAt, language)}</dd>
      {dossier.returnedAt && (
        <>
          <dt>{t('returnedAt')}</dt>
          <dd>{formatInstant(dossier.returnedAt, language)}</dd>
        </>
      )}
    </>
  );
}
