import { useI18n } from '../i18n/i18n';
import { Page } from '../layout/page';

/** For an officer assigned to several communes: which one the page shows. */
export function CommuneChooser({
  communes,
  value,
  onChange,
}: {
  communes: readonly string[];
  value: string;
  onChange: (commune: string) => void;
}) {
  const { t } = useI18n();
  if (communes.length <= 1) {
    return null;
  }
  return (
    <label>
      {t('deskChooseCommune')}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {communes.map((code) => (
          <option key={code}>{code}</option>
        ))}
      </select>
    </label>
  );
}

/** A desk page for an account assigned to no commune: it says so instead of showing nothing. */
export function NoCommunePage({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <Page title={title}>
      <p>{t('deskNoCommune')}</p>
    </Page>
  );
}
