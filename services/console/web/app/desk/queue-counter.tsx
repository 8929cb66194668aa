import { useCallback, useEffect, useState } from 'react';

import { useApi } from '../api/use-api';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { DataTable, RowButton } from '../layout/data-table';
import { refusalMessage } from '../layout/form-problems';
import { LoadState } from '../layout/load-state';
import { NoticeRegion, useNotice } from '../layout/notice';
import { IssueTicketForm } from './issue-ticket-form';
import { nextWaitingTicket, QueueTicket, ticketsInService, waitingTickets } from './queue';

/**
 * The counter queue of the day: how many citizens wait, "call the next number" (the lowest
 * number not called yet), and the citizens being served, each ended when the result is handed
 * back. Intake measures the wait at the call and the desk time at the end.
 */
export function QueueCounter({ commune }: { commune: string }) {
  const { t, language } = useI18n();
  const api = useApi();
  // undefined: loading; null: the service did not answer (never shown as "nobody waits").
  const [tickets, setTickets] = useState<QueueTicket[] | null | undefined>();
  const [busy, setBusy] = useState(false);
  const notice = useNotice();
  const { tell } = notice;

  const read = useCallback(async () => {
    const result = await api<QueueTicket[]>('intake', `/v1/queue-tickets?communeCode=${commune}`);
    const list = result.ok ? result.body : null;
    setTickets(list);
    return list;
  }, [api, commune]);

  useEffect(() => {
    void read();
  }, [read]);

  /** A step of a ticket's service (its call, its end): intake stamps the time of each. */
  const record = (ticket: QueueTicket, step: 'service-start' | 'service-end') =>
    api<QueueTicket>('intake', `/v1/queue-tickets/${ticket.ticketId}/${step}`, { method: 'POST' });

  const callNext = async () => {
    setBusy(true);
    // Read afresh: a colleague at the next counter may have called a number meanwhile.
    const list = await read();
    const next = list ? nextWaitingTicket(list) : undefined;
    if (!list) {
      setBusy(false);
      tell(t('errorGeneric'), 'error');
      return;
    }
    if (!next) {
      setBusy(false);
      tell(t('queueNobodyWaiting'));
      return;
    }
    const result = await record(next, 'service-start');
    setBusy(false);
    if (result.ok) {
      tell(t('queueCalled', { label: result.body.label, procedure: result.body.procedureName }));
      void read();
    } else if (result.status !== 401) {
      tell(refusalMessage(result, t('errorGeneric')), 'error');
      void read();
    }
  };

  const finish = async (ticket: QueueTicket) => {
    setBusy(true);
    const result = await record(ticket, 'service-end');
    setBusy(false);
    if (result.ok) {
      tell(t('queueFinished', { label: ticket.label }));
      void read();
    } else if (result.status !== 401) {
      tell(refusalMessage(result, t('errorGeneric')), 'error');
    }
  };

  const formatMinutes = (minutes: number) =>
    new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB').format(minutes);
  const waiting = tickets ? waitingTickets(tickets) : [];
  const serving = tickets ? ticketsInService(tickets) : [];
  return (
    <section className="queue-counter" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('queueTitle')}</h2>
      <NoticeRegion state={notice} testId="queue-notice" />
      <LoadState value={tickets} />
      {tickets && (
        <p data-testid="queue-waiting">
          {waiting.length === 0
            ? t('queueNobodyWaiting')
            : t('queueWaiting', { count: String(waiting.length), next: waiting[0]?.label ?? '' })}
        </p>
      )}
      <div className="toolbar">
        <button type="button" className="button" disabled={busy} onClick={() => void callNext()}>
          {t('queueCallNext')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => void read()}
        >
          {t('queueReload')}
        </button>
      </div>
      <IssueTicketForm
        commune={commune}
        disabled={busy}
        onIssued={(ticket) => {
          tell(t('queueIssued', { label: ticket.label, procedure: ticket.procedureName }));
          void read();
        }}
      />
      {serving.length > 0 && (
        <DataTable
          caption={t('queueServing')}
          columns={[
            { header: t('queueNumber'), className: 'code', cell: (ticket) => ticket.label },
            { header: t('procedure'), cell: (ticket) => ticket.procedureName },
            {
              header: t('queueCalledAt'),
              cell: (ticket) => (ticket.servedAt ? formatInstant(ticket.servedAt, language) : ''),
            },
            {
              header: t('queueWait'),
              cell: (ticket) =>
                ticket.waitMinutes !== undefined
                  ? t('queueMinutes', { minutes: formatMinutes(ticket.waitMinutes) })
                  : '',
            },
            {
              header: t('queueActions'),
              hidden: true,
              cell: (ticket) => (
                <RowButton
                  label={t('queueFinish', { label: ticket.label })}
                  disabled={busy}
                  onClick={() => void finish(ticket)}
                />
              ),
            },
          ]}
          rows={serving}
          rowKey={(ticket) => ticket.ticketId}
          rowProps={(ticket) => ({ 'data-ticket': ticket.label })}
        />
      )}
    </section>
  );
}
