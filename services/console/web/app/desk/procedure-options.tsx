import { useI18n } from '../i18n/i18n';
import { Procedure } from './procedures';

/** The options of a procedure select: first the prompt to choose, then the commune's catalogue. */
export function ProcedureOptions({ procedures }: { procedures: readonly Procedure[] }) {
  const { t } = useI18n();
  return (
    <>
      <option value="">{t('receiveProcedureChoose')}</option>
      {procedures.map((procedure) => (
        <option key={procedure.key} value={procedure.key}>
          {procedure.name}
        </option>
      ))}
    </>
  );
}
