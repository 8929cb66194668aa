import { Link } from 'react-router';

import { useApi } from '../api/use-api';
import { useRemote } from '../api/use-remote';
import { useSession } from '../auth/auth';
import { formatShare } from '../format';
import { useI18n } from '../i18n/i18n';
import { DataTable } from '../layout/data-table';
import { LoadState } from '../layout/load-state';
import { Page } from '../layout/page';
import { MODEL_STATUS_NAMES, ProvinceReport } from './reports';
import { useReportYear, YearChooser } from './year-chooser';

/**
 * The province's communes, ranked: who meets the model, the progress toward the share of
 * communes the plan asks for (50% by 2025, 100% by 2030), and a drill-down into each.
 */
export function ProvincePage() {
  const { t, language } = useI18n();
  const { officer } = useSession();
  const api = useApi();
  const province = officer?.province;
  const { thisYear, year, setYear } = useReportYear();
  const report = useRemote(
    () =>
      province
        ? api<ProvinceReport>('reporting', `/v1/reports/provinces/${province}?period=${year}`)
        : undefined,
    [api, province, year],
  );

  return (
    <Page
      title={report ? t('provinceTitleOf', { province: report.provinceName }) : t('provinceTitle')}
    >
      <div className="toolbar">
        <YearChooser thisYear={thisYear} year={year} onChange={setYear} />
      </div>
      <LoadState value={report} loadingText={t('reportLoading')} />
      {report && (
        <>
          <p className="lead" data-testid="province-summary">
            {t('provinceSummary', {
              meeting: String(report.summary.meeting),
              communes: String(report.summary.communes),
              share: formatShare(report.summary.meetingShare, language),
            })}
          </p>
          <section aria-labelledby="targets-title">
            <h2 id="targets-title">{t('provinceTargets')}</h2>
            {report.targets.map((target) => (
              <div key={target.year} className="target">
                <label htmlFor={`target-${target.year}`}>
                  {t('provinceTarget', {
                    year: String(target.year),
                    share: formatShare(target.targetShare, language),
                    meeting: String(target.communesMeeting),
                    required: String(target.communesRequired),
                  })}
                </label>
                <progress
                  id={`target-${target.year}`}
                  max={Math.max(1, target.communesRequired)}
                  value={Math.min(target.communesMeeting, target.communesRequired)}
                />
              </div>
            ))}
          </section>
          <section aria-labelledby="communes-title">
            <h2 id="communes-title">{t('provinceCommunes')}</h2>
            <DataTable
              columns={[
                { header: t('provinceRank'), cell: (row) => row.rank ?? '—' },
                {
                  header: t('commune'),
                  rowHeader: true,
                  cell: (row) => (
                    <Link to={`/tinh/xa-phuong/${row.communeCode}`}>{row.communeName}</Link>
                  ),
                },
                { header: t('figReceived'), cell: (row) => row.dossiersReceived },
                { header: t('figReturned'), cell: (row) => row.dossiersReturned },
                { header: t('figOnTime'), cell: (row) => formatShare(row.onTimeRate, language) },
                {
                  header: t('figSatisfaction'),
                  cell: (row) => formatShare(row.satisfactionRate, language),
                },
                {
                  header: t('modelVerdict'),
                  cell: (row) => (
                    <span className={`badge badge-model-${row.model.status}`}>
                      {t(MODEL_STATUS_NAMES[row.model.status])}
                    </span>
                  ),
                },
              ]}
              rows={report.communes}
              rowKey={(row) => row.communeCode}
              rowProps={(row) => ({ 'data-commune': row.communeCode })}
            />
          </section>
        </>
      )}
    </Page>
  );
}
