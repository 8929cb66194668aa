import { FormEvent, useState } from 'react';

import { useApi } from '../api/use-api';
import { useI18n } from '../i18n/i18n';
import { Field } from '../layout/field';
import { refusalMessage } from '../layout/form-problems';
import { ProcedureOptions } from './procedure-options';
import { useProcedures } from './procedures';
import { QueueTicket } from './queue';

/**
 * Gives a citizen who walks in a numbered ticket for the procedure they came for, where the
 * office has no ticket machine: the desk is the kiosk. The service checks the procedure.
 */
export function IssueTicketForm({
  commune,
  disabled,
  onIssued,
}: {
  commune: string;
  disabled: boolean;
  onIssued: (ticket: QueueTicket) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const procedures = useProcedures(commune);
  const [procedureKey, setProcedureKey] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const issue = async (event: FormEvent) => {
    event.preventDefault();
    if (!procedureKey) {
      setErrors([t('queueChooseProcedure')]);
      return;
    }
    setBusy(true);
    const result = await api<QueueTicket>('intake', '/v1/queue-tickets', {
      method: 'POST',
      body: { communeCode: commune, procedureKey },
    });
    setBusy(false);
    if (result.ok) {
      setErrors([]);
      onIssued(result.body);
    } else if (result.status !== 401) {
      setErrors(result.fields.procedureKey ?? [refusalMessage(result, t('errorGeneric'))]);
    }
  };

  return (
    <form className="form issue-ticket" noValidate onSubmit={(event) => void issue(event)}>
      <Field id="ticket-procedure" label={t('queueTicketProcedure')} required errors={errors}>
        {(control) => (
          <select
            {...control}
            value={procedureKey}
            onChange={(event) => setProcedureKey(event.target.value)}
          >
            <ProcedureOptions procedures={procedures} />
          </select>
        )}
      </Field>
      <button type="submit" className="button secondary" disabled={busy || disabled}>
        {t('queueIssue')}
      </button>
    </form>
  );
}
