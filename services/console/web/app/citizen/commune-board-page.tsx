import { Link, useParams } from 'react-router';

import { callApi } from '../api/api-client';
import { useRemote } from '../api/use-remote';
import { useCommuneName } from '../desk/commune';
import { formatVnd } from '../format';
import { useI18n } from '../i18n/i18n';
import { DataTable } from '../layout/data-table';
import { LoadState } from '../layout/load-state';
import { Page } from '../layout/page';

/** What the page reads of intake's posted catalogue (GET /v1/procedures, public). */
interface PostedProcedure {
  key: string;
  name: string;
  processingWorkingDays: number;
  feeVnd: number;
  feeNote?: string;
  offeredOnline: boolean;
  requiredDocuments?: string[];
}

interface ConductGroup {
  group: string;
  items: string[];
}

/**
 * The commune's public board, as the desk posts it: the procedures with their legal time and
 * fees, and the code of conduct officers keep; and where a citizen writes to the commune.
 */
export function CommuneBoardPage() {
  const { communeCode = '' } = useParams();
  const { t, language } = useI18n();
  const communeName = useCommuneName(communeCode);
  const procedures = useRemote(
    () => callApi<PostedProcedure[]>('intake', `/v1/procedures?communeCode=${communeCode}`),
    [communeCode],
  );
  const conduct = useRemote(() => callApi<ConductGroup[]>('intake', '/v1/public/conduct-code'), []);

  return (
    <Page title={t('boardTitle', { commune: communeName })}>
      <ul className="toolbar link-list">
        <li>
          <Link className="button" to={`/xa-phuong/${communeCode}/gop-y`}>
            {t('boardWrite')}
          </Link>
        </li>
        <li>
          <Link className="button secondary" to={`/xa-phuong/${communeCode}/tra-loi`}>
            {t('boardAnswers')}
          </Link>
        </li>
      </ul>
      <section aria-labelledby="conduct-title">
        <h2 id="conduct-title">{t('boardConduct')}</h2>
        <LoadState value={conduct} />
        <div className="conduct">
          {conduct?.map((group) => (
            <div key={group.group}>
              <h3>{group.group}</h3>
              <ul>
                {group.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="procedures-title">
        <h2 id="procedures-title">{t('boardProcedures')}</h2>
        <LoadState value={procedures} />
        {procedures && (
          <DataTable
            testId="fee-schedule"
            columns={[
              { header: t('procedure'), rowHeader: true, cell: (procedure) => procedure.name },
              {
                header: t('boardTime'),
                cell: (procedure) =>
                  procedure.processingWorkingDays === 0
                    ? t('boardSameDay')
                    : t('boardWorkingDays', { days: String(procedure.processingWorkingDays) }),
              },
              {
                header: t('fee'),
                cell: (procedure) => (
                  <>
                    {procedure.feeVnd === 0
                      ? t('feeNotRequired')
                      : formatVnd(procedure.feeVnd, language)}
                    {procedure.feeNote && <span className="muted"> ({procedure.feeNote})</span>}
                  </>
                ),
              },
              {
                header: t('boardOnline'),
                cell: (procedure) => (procedure.offeredOnline ? t('yes') : t('no')),
              },
            ]}
            rows={procedures}
            rowKey={(procedure) => procedure.key}
          />
        )}
      </section>
    </Page>
  );
}
