import { useEffect, useState } from 'react';

import { useApi } from '../api/use-api';
import { formatShare } from '../format';
import { useI18n } from '../i18n/i18n';
import { LoadState } from '../layout/load-state';
import { BarChart } from './bar-chart';
import { CommuneReport, CRITERION_NAMES, MODEL_STATUS_NAMES, monthsOf } from './reports';
import { useReportYear, YearChooser } from './year-chooser';

interface Loaded {
  year: CommuneReport;
  months: { period: string; report: CommuneReport | undefined }[];
}

/**
 * A commune's year at a glance: the model verdict with each criterion, the figures a leader
 * steers by, and month by month how many results went back and how many on time. Leaders see
 * their commune; the province drills down into any of its communes.
 */
export function CommuneDashboard({ communeCode }: { communeCode: string }) {
  const { t, language } = useI18n();
  const api = useApi();
  const { today, thisYear, year, setYear } = useReportYear();
  // undefined: loading; null: the service did not answer (never shown as zero).
  const [loaded, setLoaded] = useState<Loaded | null | undefined>();

  useEffect(() => {
    let active = true;
    setLoaded(undefined);
    const lastMonth = year === thisYear ? Number(today.slice(5, 7)) : 12;
    const periods = monthsOf(year, lastMonth);
    const read = (period: string) =>
      api<CommuneReport>('reporting', `/v1/reports/communes/${communeCode}?period=${period}`);
    void Promise.all([read(String(year)), ...periods.map(read)]).then(([whole, ...months]) => {
      if (!active) {
        return;
      }
      setLoaded(
        whole?.ok
          ? {
              year: whole.body,
              months: periods.map((period, index) => {
                const month = months[index];
                return { period, report: month?.ok ? month.body : undefined };
              }),
            }
          : null,
      );
    });
    return () => {
      active = false;
    };
  }, [api, communeCode, year, thisYear, today]);

  const report = loaded?.year;
  const onTimeTarget = report?.model.checks.find((check) => check.criterion === 'on-time-rate');
  const mostReturned = Math.max(
    1,
    ...(loaded?.months.map((m) => m.report?.dossiersReturned ?? 0) ?? []),
  );
  const monthLabel = (period: string) =>
    t('monthShort', { month: String(Number(period.slice(5))) });

  return (
    <div className="dashboard">
      <div className="toolbar">
        <YearChooser thisYear={thisYear} year={year} onChange={setYear} />
      </div>
      <LoadState value={loaded} loadingText={t('reportLoading')} />
      {report && loaded && (
        <>
          <section
            aria-labelledby="verdict-title"
            className={`verdict verdict-${report.model.status}`}
          >
            <h2 id="verdict-title">
              {t('modelVerdict')}:{' '}
              <span data-testid="model-verdict">{t(MODEL_STATUS_NAMES[report.model.status])}</span>
            </h2>
            <ul className="checks">
              {report.model.checks.map((check) => (
                <li key={check.criterion} className={`check check-${check.result}`}>
                  {t(CRITERION_NAMES[check.criterion])}:{' '}
                  {check.criterion === 'letters'
                    ? t(
                        check.result === 'pass'
                          ? 'checkPass'
                          : check.result === 'fail'
                            ? 'checkFail'
                            : 'checkNotApplicable',
                      )
                    : `${formatShare(check.actual, language)} / ${t('checkRequired')} ${formatShare(check.required, language)}`}
                </li>
              ))}
            </ul>
          </section>
          <dl className="figures" data-testid="figures">
            <div>
              <dt>{t('figReceived')}</dt>
              <dd data-testid="fig-received">{report.dossiersReceived}</dd>
            </div>
            <div>
              <dt>{t('figReturned')}</dt>
              <dd data-testid="fig-returned">{report.dossiersReturned}</dd>
            </div>
            <div>
              <dt>{t('figOnTime')}</dt>
              <dd>{formatShare(report.onTimeRate, language)}</dd>
            </div>
            <div>
              <dt>{t('figOverdue')}</dt>
              <dd>{report.dossiersOverdue}</dd>
            </div>
            <div>
              <dt>{t('figBirths')}</dt>
              <dd data-testid="fig-births">{report.civilStatus.births}</dd>
            </div>
            <div>
              <dt>{t('figLetters')}</dt>
              <dd>
                {report.letters.congratulation +
                  report.letters.condolence +
                  report.letters.apology +
                  report.letters.thankYou}
              </dd>
            </div>
            <div>
              <dt>{t('figSatisfaction')}</dt>
              <dd>
                {formatShare(report.satisfactionRate, language)}{' '}
                <span className="muted">
                  ({t('figAnswers', { count: String(report.surveyResponses) })})
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('figFeedback')}</dt>
              <dd>
                {report.feedbackAnswered}/{report.feedbackReceived} ·{' '}
                {formatShare(report.feedbackOnTimeRate, language)}
              </dd>
            </div>
          </dl>
          <div className="charts">
            <BarChart
              title={t('chartOnTime')}
              {...(onTimeTarget?.required != null ? { target: onTimeTarget.required } : {})}
              bars={loaded.months.map(({ period, report: month }) => ({
                label: monthLabel(period),
                share: month?.onTimeRate ?? null,
                text: formatShare(month?.onTimeRate ?? null, language),
              }))}
            />
            <BarChart
              title={t('chartReturned')}
              bars={loaded.months.map(({ period, report: month }) => ({
                label: monthLabel(period),
                share: (month?.dossiersReturned ?? 0) / mostReturned,
                text: String(month?.dossiersReturned ?? '—'),
              }))}
            />
          </div>
        </>
      )}
    </div>
  );
}
