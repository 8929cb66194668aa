import { FormEvent, useRef, useState } from 'react';

import { useApi } from '../api/use-api';
import { useRemote } from '../api/use-remote';
import { useOfficerCommune } from '../desk/commune';
import { CommuneChooser, NoCommunePage } from '../desk/commune-chooser';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { DataTable, RowButton } from '../layout/data-table';
import { Field, InputField } from '../layout/field';
import { LoadState } from '../layout/load-state';
import { Page } from '../layout/page';
import {
  LETTER_KINDS,
  LETTER_STATUS_NAMES,
  LETTER_STATUSES,
  letterKindName,
  LetterStatus,
} from '../letters/letter-kinds';
import { LetterPreview } from '../letters/letter-preview';
import {
  MAX_ROWS,
  NO_FILTERS,
  pageOf,
  RegisterFilter,
  RegisterFilters,
  registerQuery,
  validateFilters,
} from '../letters/letter-register-query';

/** What the register reads of correspondence's LetterResponseDto. */
interface RegisterLetter {
  letterId: string;
  kind: string;
  recipientName: string;
  status: string;
  createdAt: string;
  officialNumber?: string;
}

type Problems = Partial<Record<RegisterFilter, string[]>>;

const isStatus = (status: string): status is LetterStatus =>
  Object.hasOwn(LETTER_STATUS_NAMES, status);

/**
 * The commune's letter register for its leaders: every letter drafted, approved and sent,
 * newest first, filtered by kind, status, period and recipient, a page at a time, each
 * opened as its PDF.
 */
export function LetterRegisterPage() {
  const { t, language } = useI18n();
  const api = useApi();
  const { communes, commune, setCommune, communeName } = useOfficerCommune();
  // What is typed, and what the list shows: a wrong filter never empties the list.
  const [typed, setTyped] = useState<RegisterFilters>(NO_FILTERS);
  const [applied, setApplied] = useState<RegisterFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [problems, setProblems] = useState<Problems>({});
  const [selected, setSelected] = useState<RegisterLetter | undefined>();
  // Filtering again with the same filters reads the register anew.
  const [loads, setLoads] = useState(0);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const letters = useRemote(
    () =>
      commune
        ? api<RegisterLetter[]>('correspondence', registerQuery(commune, applied, page))
        : undefined,
    [api, commune, applied, page, loads],
  );

  if (!commune) {
    return <NoCommunePage title={t('registerTitle')} />;
  }

  const change = (filter: RegisterFilter) => (value: string) =>
    setTyped((current) => ({ ...current, [filter]: value }));

  // Kinds and statuses come from lists and dates from date pickers: the service's remaining
  // rules (a period in order, a name of 2 to 100 letters) are checked here, beside the field.
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found = validateFilters(typed);
    if (Object.keys(found).length > 0) {
      setProblems(
        Object.fromEntries(Object.entries(found).map(([filter, key]) => [filter, [t(key)]])),
      );
      return;
    }
    setProblems({});
    setSelected(undefined);
    setPage(1);
    setApplied({ ...typed });
    setLoads((count) => count + 1);
  };

  const clear = () => {
    setTyped(NO_FILTERS);
    setApplied(NO_FILTERS);
    setProblems({});
    setSelected(undefined);
    setPage(1);
  };

  const turn = (next: number) => {
    setSelected(undefined);
    setPage(next);
    listHeading.current?.focus();
  };

  const shown = letters ? pageOf(letters, page) : undefined;
  const statusName = (status: string) =>
    isStatus(status) ? t(LETTER_STATUS_NAMES[status]) : status;

  return (
    <Page title={t('registerTitle')}>
      <div className="toolbar">
        <p className="lead">{t('registerIntro', { commune: communeName })}</p>
        <CommuneChooser
          communes={communes}
          value={commune}
          onChange={(next) => {
            setSelected(undefined);
            setPage(1);
            setCommune(next);
          }}
        />
      </div>

      <form className="form filters" noValidate aria-labelledby="register-filters" onSubmit={apply}>
        <h2 id="register-filters">{t('registerFilters')}</h2>
        {Object.keys(problems).length > 0 && (
          <p className="alert alert-error" role="alert">
            {t('registerFixFilters')}
          </p>
        )}
        <Field id="register-kind" label={t('letterKind')} errors={problems.kind}>
          {(control) => (
            <select
              {...control}
              value={typed.kind}
              onChange={(event) => change('kind')(event.target.value)}
            >
              <option value="">{t('registerKindAll')}</option>
              {LETTER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {letterKindName(kind, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="register-status" label={t('registerStatus')} errors={problems.status}>
          {(control) => (
            <select
              {...control}
              value={typed.status}
              onChange={(event) => change('status')(event.target.value)}
            >
              <option value="">{t('registerStatusAll')}</option>
              {LETTER_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {statusName(status)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <InputField
          id="register-from"
          label={t('registerFrom')}
          errors={problems.from}
          type="date"
          value={typed.from}
          onChange={change('from')}
        />
        <InputField
          id="register-to"
          label={t('registerTo')}
          errors={problems.to}
          type="date"
          value={typed.to}
          onChange={change('to')}
        />
        <InputField
          id="register-recipient"
          label={t('registerRecipient')}
          hint={t('registerRecipientHint')}
          errors={problems.recipient}
          autoComplete="off"
          value={typed.recipient}
          onChange={change('recipient')}
        />
        <div className="toolbar">
          <button type="submit" className="button">
            {t('registerSearch')}
          </button>
          <button type="button" className="button secondary" onClick={clear}>
            {t('registerClear')}
          </button>
        </div>
      </form>

      {selected && <LetterPreview letter={selected} onClose={() => setSelected(undefined)} />}

      <section aria-labelledby="register-list">
        <h2 id="register-list" tabIndex={-1} ref={listHeading}>
          {t('registerTitle')} · {t('registerPage', { page: String(page) })}
        </h2>
        <LoadState value={letters} />
        {shown && shown.rows.length === 0 && <p>{t('registerEmpty')}</p>}
        {shown && shown.rows.length > 0 && (
          <DataTable
            testId="letter-register"
            columns={[
              { header: t('registerNumber'), cell: (letter) => letter.officialNumber ?? '—' },
              { header: t('letterKind'), cell: (letter) => letterKindName(letter.kind, t) },
              { header: t('letterRecipient'), cell: (letter) => letter.recipientName },
              { header: t('registerStatus'), cell: (letter) => statusName(letter.status) },
              {
                header: t('letterCreatedAt'),
                cell: (letter) => formatInstant(letter.createdAt, language),
              },
              {
                header: t('letterOpen'),
                hidden: true,
                cell: (letter) => (
                  <RowButton
                    label={t('letterOpen')}
                    accessibleName={t('letterOpenFor', { recipient: letter.recipientName })}
                    onClick={() => setSelected(letter)}
                  />
                ),
              },
            ]}
            rows={shown.rows}
            rowKey={(letter) => letter.letterId}
            currentRow={selected?.letterId}
          />
        )}
        {shown?.capped && (
          <p className="alert alert-info">{t('registerLimit', { count: String(MAX_ROWS) })}</p>
        )}
        {shown && (page > 1 || shown.hasNext) && (
          <nav aria-label={t('registerPaging')} className="toolbar">
            <button
              type="button"
              className="button secondary"
              disabled={page <= 1}
              onClick={() => turn(page - 1)}
            >
              {t('registerPrevious')}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={!shown.hasNext}
              onClick={() => turn(page + 1)}
            >
              {t('registerNext')}
            </button>
          </nav>
        )}
      </section>
    </Page>
  );
}
