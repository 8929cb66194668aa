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

/** What the page reads of libs/service-kit PersonalDataAccessRowDto. */
interface AccessRow {
  at: string;
  subject: string;
  roles: string[];
  recordKind: string;
  recordId: string;
  route: string;
  clientAddress?: string;
}

/**
 * The leader reads who opened records holding citizens' personal data, which ones, when and
 * from where: the commune answers for every reading of its citizens' data.
 */
export function PersonalDataAccessPage() {
  const { t, language } = useI18n();
  const { communes, commune } = useOfficerCommune();
  const [query, setQuery] = useState<LogQuery | undefined>(() =>
    commune ? defaultLogQuery(commune) : undefined,
  );
  const communeName = useCommuneName(query?.commune);
  const { rows, unavailable } = useServiceLog<AccessRow>('/v1/personal-data-access', query);

  if (!commune || !query) {
    return <NoCommunePage title={t('accessLogTitle')} />;
  }
  return (
    <Page title={t('accessLogTitle')}>
      <p className="lead">{t('accessLogIntro', { commune: communeName })}</p>
      <LogFilters communes={communes} initial={query} onShow={setQuery} />
      <section aria-labelledby="access-rows">
        <h2 id="access-rows">
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
                  <th scope="col">{t('accessWho')}</th>
                  <th scope="col">{t('auditRecord')}</th>
                  <th scope="col">{t('accessRoute')}</th>
                  <th scope="col">{t('accessFrom')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={`${row.service}-${row.recordId}-${row.at}-${index}`}>
                    <td>{formatInstant(row.at, language)}</td>
                    <td>{t(LOGGED_SERVICES[row.service])}</td>
                    <td>
                      <span className="code">{row.subject}</span>
                      <br />
                      <span className="muted">{row.roles.join(', ')}</span>
                    </td>
                    <td>
                      {row.recordKind}
                      <br />
                      <span className="code">{row.recordId}</span>
                    </td>
                    <td className="code">{row.route}</td>
                    <td>{row.clientAddress ?? '—'}</td>
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
