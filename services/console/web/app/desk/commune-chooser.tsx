import { useI18n } from '../i18n/i18n';

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
