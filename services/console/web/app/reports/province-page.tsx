import { Link } from 'react-router';

import { useApi } from '../api/use-api';
import { useRemote } from '../api/use-remote';
import { useSession } from '../auth/auth';
import { formatShare } from '../format';
import { useI18n } from '../i18n/i18n';
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
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('provinceRank')}</th>
                    <th scope="col">{t('commune')}</th>
                    <th scope="col">{t('figReceived')}</th>
                    <th scope="col">{t('figReturned')}</th>
                    <th scope="col">{t('figOnTime')}</th>
                    <th scope="col">{t('figSatisfaction')}</th>
                    <th scope="col">{t('modelVerdict')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.communes.map((row) => (
                    <tr key={row.communeCode} data-commune={row.communeCode}>
                      <td>{row.rank ?? '—'}</td>
                      <th scope="row">
                        <Link to={`/tinh/xa-phuong/${row.communeCode}`}>{row.communeName}</Link>
                      </th>
                      <td>{row.dossiersReceived}</td>
                      <td>{row.dossiersReturned}</td>
                      <td>{formatShare(row.onTimeRate, language)}</td>
                      <td>{formatShare(row.satisfactionRate, language)}</td>
                      <td>
                        <span className={`badge badge-model-${row.model.status}`}>
                          {t(MODEL_STATUS_NAMES[row.model.status])}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </Page>
  );
}
