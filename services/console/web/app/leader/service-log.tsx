import { FormEvent, useEffect, useState } from 'react';

import { Service } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useCommuneName, useOfficerCommune } from '../desk/commune';
import { CommuneChooser, NoCommunePage } from '../desk/commune-chooser';
import { formatInstant, vietnamToday } from '../format';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { Column, DataTable } from '../layout/data-table';
import { Field, InputField, NamedOptions } from '../layout/field';
import { Page } from '../layout/page';

/** Every service keeps its own audit trail and access log (libs/service-kit audit). */
export const LOGGED_SERVICES = {
  intake: 'serviceIntake',
  deadline: 'serviceDeadline',
  correspondence: 'serviceCorrespondence',
  survey: 'serviceSurvey',
  feedback: 'serviceFeedback',
  reporting: 'serviceReporting',
} as const satisfies Record<Service, MessageKey>;

export interface LogQuery {
  service: Service | 'all';
  commune: string;
  /** Vietnam days, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
}

export type LogRow<T> = T & { service: Service };

const DAY_MS = 86_400_000;

export function defaultLogQuery(commune: string, now: Date = new Date()): LogQuery {
  return {
    service: 'all',
    commune,
    from: vietnamToday(new Date(now.getTime() - 7 * DAY_MS)),
    to: vietnamToday(now),
  };
}

/** The instants a Vietnam day range covers, as the services' from/to ask. */
export function logRange(query: LogQuery): { from: string; to: string } {
  return { from: `${query.from}T00:00:00+07:00`, to: `${query.to}T23:59:59.999+07:00` };
}

/**
 * One log read from the chosen service, or from all of them merged newest first. A service
 * that does not answer is named, and the others' rows still shown.
 */
export function useServiceLog<T extends { at: string }>(
  path: string,
  query: LogQuery | undefined,
): { rows: LogRow<T>[] | undefined; unavailable: Service[] } {
  const api = useApi();
  const [state, setState] = useState<{ rows: LogRow<T>[] | undefined; unavailable: Service[] }>({
    rows: undefined,
    unavailable: [],
  });
  useEffect(() => {
    if (!query) {
      return;
    }
    let active = true;
    setState({ rows: undefined, unavailable: [] });
    const services =
      query.service === 'all' ? (Object.keys(LOGGED_SERVICES) as Service[]) : [query.service];
    const { from, to } = logRange(query);
    const search = new URLSearchParams({ communeCode: query.commune, from, to, limit: '500' });
    void Promise.all(
      services.map((service) => api<T[]>(service, `${path}?${search.toString()}`)),
    ).then((results) => {
      if (!active) {
        return;
      }
      const rows = results.flatMap((result, index) =>
        result.ok ? result.body.map((row) => ({ ...row, service: services[index] })) : [],
      );
      setState({
        rows: rows.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
        unavailable: services.filter((_, index) => !results[index]?.ok),
      });
    });
    return () => {
      active = false;
    };
  }, [api, path, query]);
  return state;
}

/** Which service, commune and days the leader reads; applied on "show", not on each key. */
export function LogFilters({
  communes,
  initial,
  onShow,
}: {
  communes: readonly string[];
  initial: LogQuery;
  onShow: (query: LogQuery) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState(initial);
  const [rangeProblem, setRangeProblem] = useState<string[]>([]);

  const show = (event: FormEvent) => {
    event.preventDefault();
    if (!query.from || !query.to || query.from > query.to) {
      setRangeProblem([t('auditRangeInvalid')]);
      return;
    }
    setRangeProblem([]);
    onShow(query);
  };

  const day = (field: 'from' | 'to', label: MessageKey) => (
    <InputField
      id={`log-${field}`}
      label={t(label)}
      required
      {...(field === 'from' ? { errors: rangeProblem } : {})}
      type="date"
      value={query[field]}
      max={vietnamToday()}
      onChange={(text) => setQuery((current) => ({ ...current, [field]: text }))}
    />
  );

  return (
    <form className="form log-filters" noValidate onSubmit={show}>
      <CommuneChooser
        communes={communes}
        value={query.commune}
        onChange={(commune) => setQuery((current) => ({ ...current, commune }))}
      />
      <Field id="log-service" label={t('auditService')}>
        {(control) => (
          <select
            {...control}
            value={query.service}
            onChange={(event) =>
              setQuery((current) => ({
                ...current,
                service: event.target.value as LogQuery['service'],
              }))
            }
          >
            <option value="all">{t('auditServiceAll')}</option>
            <NamedOptions names={LOGGED_SERVICES} />
          </select>
        )}
      </Field>
      {day('from', 'auditFrom')}
      {day('to', 'auditTo')}
      <button type="submit" className="button">
        {t('auditShow')}
      </button>
    </form>
  );
}

/** Loading, the services that did not answer, or "none": what comes before the table. */
export function LogState({
  rows,
  unavailable,
}: {
  rows: unknown[] | undefined;
  unavailable: Service[];
}) {
  const { t } = useI18n();
  return (
    <>
      {rows === undefined && (
        <p role="status" className="progress">
          {t('loading')}
        </p>
      )}
      {unavailable.length > 0 && (
        <p className="alert alert-error" role="alert">
          {t('auditUnavailable', {
            services: unavailable.map((service) => t(LOGGED_SERVICES[service])).join(', '),
          })}
        </p>
      )}
      {rows?.length === 0 && <p>{t('auditNone')}</p>}
    </>
  );
}

/** The columns every log row has; the page adds its own after them. */
interface LoggedRow {
  at: string;
  roles: string[];
  recordId: string;
}

/**
 * A leader's page over one kind of service log (audit trail, personal-data access): the filters,
 * the services that did not answer, and the rows newest first.
 */
export function ServiceLogPage<T extends LoggedRow>({
  path,
  title,
  intro,
  rowsHeadingId,
  columns,
}: {
  path: string;
  title: MessageKey;
  intro: MessageKey;
  rowsHeadingId: string;
  /** The columns after "when" and "service". */
  columns: readonly Column<LogRow<T>>[];
}) {
  const { t, language } = useI18n();
  const { communes, commune } = useOfficerCommune();
  const [query, setQuery] = useState<LogQuery | undefined>(() =>
    commune ? defaultLogQuery(commune) : undefined,
  );
  const communeName = useCommuneName(query?.commune);
  const { rows, unavailable } = useServiceLog<T>(path, query);

  if (!commune || !query) {
    return <NoCommunePage title={t(title)} />;
  }
  return (
    <Page title={t(title)}>
      <p className="lead">{t(intro, { commune: communeName })}</p>
      <LogFilters communes={communes} initial={query} onShow={setQuery} />
      <section aria-labelledby={rowsHeadingId}>
        <h2 id={rowsHeadingId}>
          {t('auditRows')} {rows ? <span className="count">({rows.length})</span> : null}
        </h2>
        <LogState rows={rows} unavailable={unavailable} />
        {rows && rows.length > 0 && (
          <DataTable
            className="log-table"
            columns={[
              { header: t('auditAt'), cell: (row) => formatInstant(row.at, language) },
              { header: t('auditService'), cell: (row) => t(LOGGED_SERVICES[row.service]) },
              ...columns,
            ]}
            rows={rows}
            rowKey={(row, index) => `${row.service}-${row.recordId}-${row.at}-${index}`}
          />
        )}
      </section>
    </Page>
  );
}

/** Who did it: the account, and the roles it held then. */
export function LoggedActor({ account, roles }: { account: string; roles: string[] }) {
  return (
    <>
      <span className="code">{account}</span>
      <br />
      <span className="muted">{roles.join(', ')}</span>
    </>
  );
}

/** Which record: its kind, and its id. */
export function LoggedRecord({ kind, id }: { kind: string; id: string }) {
  return (
    <>
      {kind}
      <br />
      <span className="code">{id}</span>
    </>
  );
}
