import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';

import { useApi } from '../api/use-api';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { DataTable } from '../layout/data-table';
import { Page } from '../layout/page';
import { caseKindName } from '../office/feedback-case';
import { useOfficerCommune } from './commune';
import { CommuneChooser, NoCommunePage } from './commune-chooser';
import { useProcedures } from './procedures';
import { QueueCounter } from './queue-counter';

interface Deadline {
  deadlineId: string;
  subjectType: string;
  subjectId: string;
  subjectCode: string;
  procedureKey?: string;
  caseKind?: string;
  dueAt: string;
  dueAtText: string;
  alert: 'none' | 'due-soon' | 'overdue';
}

const VIEWS = [
  { state: 'overdue', title: 'deskOverdue', empty: 'deskEmptyOverdue' },
  { state: 'due-soon', title: 'deskDueSoon', empty: 'deskEmptyDueSoon' },
  { state: 'open', title: 'deskOpen', empty: 'deskEmptyOpen' },
] as const satisfies readonly { state: string; title: MessageKey; empty: MessageKey }[];
type View = (typeof VIEWS)[number]['state'];

const ALERT_NAMES: Record<Deadline['alert'], MessageKey> = {
  overdue: 'alertOverdue',
  'due-soon': 'alertDueSoon',
  none: 'alertNone',
};

/**
 * The morning look: the counter queue, what is overdue, what is due soon, and everything
 * still open.
 */
export function OfficerDeskPage() {
  const { t, language } = useI18n();
  const api = useApi();
  const { communes, commune, setCommune, communeName } = useOfficerCommune();
  const procedures = useProcedures(commune);
  // undefined: loading; null: the service did not answer (never shown as "none").
  const [lists, setLists] = useState<Partial<Record<View, Deadline[] | null>>>({});
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    if (!commune) {
      return;
    }
    const results = await Promise.all(
      VIEWS.map(({ state }) =>
        api<Deadline[]>('deadline', `/v1/deadlines?communeCode=${commune}&state=${state}&limit=50`),
      ),
    );
    setFailed(results.some((result) => !result.ok));
    setLists(
      Object.fromEntries(
        VIEWS.map(({ state }, index) => {
          const result = results[index];
          return [state, result?.ok ? result.body : null];
        }),
      ),
    );
  }, [api, commune]);

  useEffect(() => {
    void load();
  }, [load]);

  const procedureName = (key: string | undefined) =>
    procedures.find((procedure) => procedure.key === key)?.name ?? key ?? '';

  if (!commune) {
    return <NoCommunePage title={t('deskTitle')} />;
  }
  return (
    <Page title={t('deskTitle')}>
      <div className="toolbar">
        <p className="lead">{t('deskIntro', { commune: communeName })}</p>
        <CommuneChooser communes={communes} value={commune} onChange={setCommune} />
        <Link className="button" to="/ban-lam-viec/tiep-nhan">
          {t('navReceive')}
        </Link>
        <button type="button" className="button secondary" onClick={() => void load()}>
          {t('deskRefresh')}
        </button>
      </div>
      {failed && (
        <p className="alert alert-error" role="alert">
          {t('errorGeneric')}
        </p>
      )}
      <QueueCounter key={commune} commune={commune} />
      {VIEWS.map(({ state, title, empty }) => {
        const rows = lists[state];
        return (
          <section
            key={state}
            className={`deadline-list deadline-${state}`}
            aria-labelledby={`list-${state}`}
          >
            <h2 id={`list-${state}`}>
              {t(title)} {rows ? <span className="count">({rows.length})</span> : null}
            </h2>
            {rows === undefined ? (
              <p role="status">{t('loading')}</p>
            ) : rows === null ? (
              <p>—</p>
            ) : rows.length === 0 ? (
              <p>{t(empty)}</p>
            ) : (
              <DataTable
                columns={[
                  {
                    header: t('deskCode'),
                    className: 'code',
                    cell: (row) =>
                      row.subjectType === 'dossier' ? (
                        <Link to={`/ban-lam-viec/ho-so/${row.subjectId}`}>{row.subjectCode}</Link>
                      ) : (
                        <Link to={`/ban-lam-viec/phan-anh/${row.subjectId}`}>
                          {row.subjectCode}
                        </Link>
                      ),
                  },
                  {
                    header: t('procedure'),
                    cell: (row) =>
                      row.procedureKey
                        ? procedureName(row.procedureKey)
                        : caseKindName(t, row.caseKind ?? ''),
                  },
                  {
                    header: t('deskDue'),
                    cell: (row) =>
                      language === 'vi' ? row.dueAtText : formatInstant(row.dueAt, language),
                  },
                  {
                    header: t('deskAlert'),
                    cell: (row) => (
                      <span className={`badge badge-${row.alert}`}>
                        {t(ALERT_NAMES[row.alert])}
                      </span>
                    ),
                  },
                ]}
                rows={rows}
                rowKey={(row) => row.deadlineId}
              />
            )}
          </section>
        );
      })}
    </Page>
  );
}
