import { useCallback, useEffect, useRef, useState } from 'react';

import { useApi } from '../api/use-api';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { DataTable, RowButton } from '../layout/data-table';
import { IssueTicketForm } from './issue-ticket-form';
import { nextWaitingTicket, QueueTicket, ticketsInService, waitingTickets } from './queue';

type Notice = { tone: 'info' | 'error'; text: string };

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
  const [notice, setNotice] = useState<Notice | undefined>();
  const noticeRef = useRef<HTMLDivElement>(null);

  const read = useCallback(async () => {
    const result = await api<QueueTicket[]>('intake', `/v1/queue-tickets?communeCode=${commune}`);
    const list = result.ok ? result.body : null;
    setTickets(list);
    return list;
  }, [api, commune]);

  useEffect(() => {
    void read();
  }, [read]);

  const tell = (next: Notice) => {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const callNext = async () => {
    setBusy(true);
    // Read afresh: a colleague at the next counter may have called a number meanwhile.
    const list = await read();
    const next = list ? nextWaitingTicket(list) : undefined;
    if (!list) {
      setBusy(false);
      tell({ tone: 'error', text: t('errorGeneric') });
      return;
    }
    if (!next) {
      setBusy(false);
      tell({ tone: 'info', text: t('queueNobodyWaiting') });
      return;
    }
    const result = await api<QueueTicket>(
      'intake',
      `/v1/queue-tickets/${next.ticketId}/service-start`,
      {
        method: 'POST',
      },
    );
    setBusy(false);
    if (result.ok) {
      tell({
        tone: 'info',
        text: t('queueCalled', { label: result.body.label, procedure: result.body.procedureName }),
      });
      void read();
    } else if (result.status !== 401) {
      tell({
        tone: 'error',
        text: result.status < 500 && result.message ? result.message : t('errorGeneric'),
      });
      void read();
    }
  };

  const finish = async (ticket: QueueTicket) => {
    setBusy(true);
    const result = await api<QueueTicket>(
      'intake',
      `/v1/queue-tickets/${ticket.ticketId}/service-end`,
      {
        method: 'POST',
      },
    );
    setBusy(false);
    if (result.ok) {
      tell({ tone: 'info', text: t('queueFinished', { label: ticket.label }) });
      void read();
    } else if (result.status !== 401) {
      tell({
        tone: 'error',
        text: result.status < 500 && result.message ? result.message : t('errorGeneric'),
      });
    }
  };

  const formatMinutes = (minutes: number) =>
    new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB').format(minutes);
  const waiting = tickets ? waitingTickets(tickets) : [];
  const serving = tickets ? ticketsInService(tickets) : [];
  return (
    <section className="queue-counter" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('queueTitle')}</h2>
      <div aria-live="polite" ref={noticeRef} tabIndex={-1} className="notice-region">
        {notice && (
          <p className={`alert alert-${notice.tone}`} data-testid="queue-notice">
            {notice.text}
          </p>
        )}
      </div>
      {tickets === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : tickets === null ? (
        <p className="alert alert-error" role="alert">
          {t('errorGeneric')}
        </p>
      ) : (
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
          tell({
            tone: 'info',
            text: t('queueIssued', { label: ticket.label, procedure: ticket.procedureName }),
          });
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
