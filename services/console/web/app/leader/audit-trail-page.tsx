import { useState } from 'react';

import { useCommuneName, useOfficerCommune } from '../desk/commune';
import { NoCommunePage } from '../desk/commune-chooser';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { Page } from '../layout/page';
import {
  defaultLogQuery,
  LogFilters,
  LOGGED_SERVICES,
  LogQuery,
  LogState,
  useServiceLog,
} from './service-log';

/** What the page reads of libs/audit AuditTrailRow. */
interface AuditTrailRow {
  at: string;
  actor: string;
  roles: string[];
  action: string;
  changes: { field: string; from?: string; to?: string }[];
  recordType: string;
  recordId: string;
}

/** A changed value as the trail keeps it (JSON text), cut to what a table cell can hold. */
function shown(value: string | undefined): string {
  if (value === undefined) {
    return '—';
  }
  return value.length > 120 ? `${value.slice(0, 119)}…` : value;
}

/** The leader reads who changed which record of the commune, what, and when. */
export function AuditTrailPage() {
  const { t, language } = useI18n();
  const { communes, commune } = useOfficerCommune();
  const [query, setQuery] = useState<LogQuery | undefined>(() =>
    commune ? defaultLogQuery(commune) : undefined,
  );
  const communeName = useCommuneName(query?.commune);
  const { rows, unavailable } = useServiceLog<AuditTrailRow>('/v1/audit-trail', query);

  if (!commune || !query) {
    return <NoCommunePage title={t('auditTrailTitle')} />;
  }
  return (
    <Page title={t('auditTrailTitle')}>
      <p className="lead">{t('auditTrailIntro', { commune: communeName })}</p>
      <LogFilters communes={communes} initial={query} onShow={setQuery} />
      <section aria-labelledby="audit-rows">
        <h2 id="audit-rows">
          {t('auditRows')} {rows ? <span className="count">({rows.length})</span> : null}
        </h2>
        <LogState rows={rows} unavailable={unavailable} />
        {rows && rows.length > 0 && (
          <div className="table-scroll">
            <table className="log-table">
              <thead>
                <tr>
                  <th scope="col">{t('auditAt')}</th>
                  <th scope="col">{t('auditService')}</th>
                  <th scope="col">{t('auditWho')}</th>
                  <th scope="col">{t('auditAction')}</th>
                  <th scope="col">{t('auditRecord')}</th>
                  <th scope="col">{t('auditChanges')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={`${row.service}-${row.recordId}-${row.at}-${index}`}>
                    <td>{formatInstant(row.at, language)}</td>
                    <td>{t(LOGGED_SERVICES[row.service])}</td>
                    <td>
                      <span className="code">{row.actor}</span>
                      <br />
                      <span className="muted">{row.roles.join(', ')}</span>
                    </td>
                    <td className="code">{row.action}</td>
                    <td>
                      {row.recordType}
                      <br />
                      <span className="code">{row.recordId}</span>
                    </td>
                    <td>
                      <ul className="changes">
                        {row.changes.map((change) => (
                          <li key={change.field}>
                            <span className="code">{change.field}</span>: {shown(change.from)} →{' '}
                            {shown(change.to)}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}
