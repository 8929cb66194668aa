import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';

import { useApi } from '../api/use-api';
import { useOfficerCommune } from '../desk/commune';
import { CommuneChooser, NoCommunePage } from '../desk/commune-chooser';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { DataTable } from '../layout/data-table';
import { LoadState } from '../layout/load-state';
import { Page } from '../layout/page';
import { ALERT_NAMES, answerAlert, caseNames, FeedbackCase, OPEN_STATUSES } from './feedback-case';

type Shown = 'open' | 'all';

/** Open cases by the time their answer is due (none last); the others newest first. */
function ordered(cases: FeedbackCase[], shown: Shown): FeedbackCase[] {
  if (shown === 'all') {
    return cases;
  }
  const due = (entry: FeedbackCase) =>
    entry.expectedAnswerAt ? Date.parse(entry.expectedAnswerAt) : Number.POSITIVE_INFINITY;
  return cases
    .filter((entry) => OPEN_STATUSES.includes(entry.status))
    .sort((a, b) => due(a) - due(b));
}

/**
 * The commune's suggestions, petitions and recommendations, from every channel, with the
 * time each must be answered by; late ones stand out.
 */
export function FeedbackCasesPage() {
  const { t, language } = useI18n();
  const api = useApi();
  const { communes, commune, setCommune, communeName } = useOfficerCommune();
  const [shown, setShown] = useState<Shown>('open');
  // undefined: loading; null: the service did not answer (never shown as "none").
  const [cases, setCases] = useState<FeedbackCase[] | null | undefined>();
  const [now, setNow] = useState(() => Date.now());

  const load = useCallback(async () => {
    if (!commune) {
      return;
    }
    const result = await api<FeedbackCase[]>(
      'feedback',
      `/v1/feedback-cases?communeCode=${commune}&limit=200`,
    );
    setNow(Date.now());
    setCases(result.ok ? result.body : null);
  }, [api, commune]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!commune) {
    return <NoCommunePage title={t('casesTitle')} />;
  }
  const rows = cases ? ordered(cases, shown) : cases;
  return (
    <Page title={t('casesTitle')}>
      <div className="toolbar">
        <p className="lead">{t('casesIntro', { commune: communeName })}</p>
        <CommuneChooser communes={communes} value={commune} onChange={setCommune} />
        <label>
          {t('casesShow')}{' '}
          <select value={shown} onChange={(event) => setShown(event.target.value as Shown)}>
            <option value="open">{t('casesShowOpen')}</option>
            <option value="all">{t('casesShowAll')}</option>
          </select>
        </label>
        <button type="button" className="button secondary" onClick={() => void load()}>
          {t('deskRefresh')}
        </button>
      </div>
      <section aria-labelledby="cases-list">
        <h2 id="cases-list">
          {t('casesList')} {rows ? <span className="count">({rows.length})</span> : null}
        </h2>
        <LoadState value={rows} />
        {rows?.length === 0 && <p>{t('casesNone')}</p>}
        {rows && rows.length > 0 && (
          <DataTable
            columns={[
              {
                header: t('caseCode'),
                className: 'code',
                cell: ({ entry }) => (
                  <Link to={`/ban-lam-viec/phan-anh/${entry.caseId}`}>{entry.caseCode}</Link>
                ),
              },
              { header: t('caseKind'), cell: ({ names }) => names.kind },
              { header: t('feedbackCategory'), cell: ({ names }) => names.category },
              {
                header: t('caseReceived'),
                cell: ({ entry }) => formatInstant(entry.openedAt, language),
              },
              {
                header: t('caseDue'),
                cell: ({ entry }) =>
                  entry.expectedAnswerAt ? formatInstant(entry.expectedAnswerAt, language) : '—',
              },
              { header: t('status'), cell: ({ names }) => names.status },
              {
                header: t('deskAlert'),
                cell: ({ alert }) =>
                  alert ? (
                    <span className={`badge badge-${alert}`}>{t(ALERT_NAMES[alert])}</span>
                  ) : (
                    '—'
                  ),
              },
            ]}
            rows={rows.map((entry) => ({
              entry,
              names: caseNames(t, entry),
              alert: answerAlert(entry, now),
            }))}
            rowKey={({ entry }) => entry.caseId}
            rowProps={({ entry, alert }) => ({
              'data-case': entry.caseCode,
              className: alert === 'overdue' ? 'row-overdue' : undefined,
            })}
          />
        )}
      </section>
    </Page>
  );
}
