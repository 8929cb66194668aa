import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';

import { useApi } from '../api/use-api';
import { useSession } from '../auth/auth';
import { formatInstant, vietnamToday } from '../format';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { Field, InputField } from '../layout/field';
import { ProblemSummary } from '../layout/form-problems';
import { Page } from '../layout/page';
import { ProcedureOptions } from './procedure-options';
import { useProcedures } from './procedures';
import {
  DETAIL_SECTIONS,
  EMPTY_RECEIVE_FORM,
  placeServiceProblems,
  ReceiveDossierValues,
  ReceiveField,
  receiveRequest,
  validateReceiveForm,
} from './receive-dossier-form';

interface ReceivedDossier {
  dossierId: string;
  dossierCode: string;
  communeName: string;
  procedure: { name: string };
  dueAt: string;
  lookupSecret?: string;
}

/** The draft survives a reload and a new sign-in in this tab, and nothing else. */
const DRAFT_KEY = 'console.draft.receive-dossier';

function storedDraft(): ReceiveDossierValues {
  try {
    const stored = JSON.parse(
      sessionStorage.getItem(DRAFT_KEY) ?? 'null',
    ) as Partial<ReceiveDossierValues> | null;
    return { ...EMPTY_RECEIVE_FORM, ...stored };
  } catch {
    return EMPTY_RECEIVE_FORM;
  }
}

type Problems = Partial<Record<ReceiveField | 'form', string[]>>;

const LABELS: Record<ReceiveField, MessageKey> = {
  procedureKey: 'receiveProcedure',
  channel: 'receiveChannel',
  fullName: 'fullName',
  identityNumber: 'identityNumber',
  phone: 'phone',
  email: 'email',
  addressLine: 'addressLine',
  childFullName: 'childFullName',
  childDateOfBirth: 'childDateOfBirth',
  childSex: 'childSex',
  motherFullName: 'motherFullName',
  fatherFullName: 'fatherFullName',
  birthAddressLine: 'birthAddressLine',
  husbandFullName: 'husbandFullName',
  wifeFullName: 'wifeFullName',
  marriageAddressLine: 'marriageAddressLine',
  deceasedFullName: 'deceasedFullName',
  deceasedDateOfDeath: 'deceasedDateOfDeath',
  deceasedSex: 'deceasedSex',
  deceasedDateOfBirth: 'deceasedDateOfBirth',
  familyFullName: 'familyFullName',
  familyRelationship: 'familyRelationship',
  familySex: 'familySex',
  familyDateOfBirth: 'familyDateOfBirth',
  deathAddressLine: 'deathAddressLine',
};

export function ReceiveDossierPage() {
  const { t, language } = useI18n();
  const { officer } = useSession();
  const api = useApi();
  const commune = officer?.communes[0];
  const procedures = useProcedures(commune);
  const [values, setValues] = useState<ReceiveDossierValues>(storedDraft);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [received, setReceived] = useState<ReceivedDossier | undefined>();
  const summary = useRef<HTMLDivElement>(null);
  // One key per dossier being received: a retry after a lost answer receives it once.
  const idempotencyKey = useRef(`console-${crypto.randomUUID()}`);

  useEffect(() => {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  }, [values]);
  useEffect(() => {
    if (Object.keys(problems).length > 0) {
      summary.current?.focus();
    }
  }, [problems]);

  const change = (field: ReceiveField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  // The civil-status details the chosen procedure records (none for most procedures).
  const outcome =
    procedures.find((procedure) => procedure.key === values.procedureKey)?.civilStatusOutcome ??
    'none';
  const details = outcome === 'none' ? undefined : DETAIL_SECTIONS[outcome];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!commune || busy) {
      return;
    }
    const found = validateReceiveForm(values, outcome, vietnamToday());
    if (Object.keys(found).length > 0) {
      setProblems(
        Object.fromEntries(Object.entries(found).map(([field, key]) => [field, [t(key)]])),
      );
      return;
    }
    setBusy(true);
    const result = await api<ReceivedDossier>('intake', '/v1/dossiers', {
      body: receiveRequest(values, commune, outcome),
      headers: { 'idempotency-key': idempotencyKey.current },
    });
    setBusy(false);
    if (result.ok) {
      setProblems({});
      setReceived(result.body);
      idempotencyKey.current = `console-${crypto.randomUUID()}`;
      sessionStorage.removeItem(DRAFT_KEY);
      setValues(EMPTY_RECEIVE_FORM);
      return;
    }
    if (result.status === 401) {
      return;
    }
    const placed = placeServiceProblems(result.fields, t);
    setProblems(
      Object.keys(placed).length > 0
        ? placed
        : { form: [result.message && result.status < 500 ? result.message : t('errorGeneric')] },
    );
  };

  if (received) {
    return (
      <Page title={t('receivedTitle')}>
        <dl className="facts receipt">
          <dt>{t('deskCode')}</dt>
          <dd className="code" data-testid="received-code">
            {received.dossierCode}
          </dd>
          <dt>{t('lookupSecret')}</dt>
          <dd className="code" data-testid="received-secret">
            {received.lookupSecret}
          </dd>
          <dt>{t('procedure')}</dt>
          <dd>{received.procedure.name}</dd>
          <dt>{t('commune')}</dt>
          <dd>{received.communeName}</dd>
          <dt>{t('dueAt')}</dt>
          <dd>{formatInstant(received.dueAt, language)}</dd>
        </dl>
        <p className="alert alert-info">{t('receivedSecretNote')}</p>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => setReceived(undefined)}>
            {t('receiveAnother')}
          </button>
          <Link className="button" to={`/ban-lam-viec/ho-so/${received.dossierId}`}>
            {t('openDossier')}
          </Link>
          <Link className="button secondary" to="/ban-lam-viec">
            {t('backToDesk')}
          </Link>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('receiveTitle')}>
      <p className="lead">{t('receiveIntro')}</p>
      <ProblemSummary
        ref={summary}
        form="receive"
        problems={problems}
        labelOf={(field) => t(LABELS[field as ReceiveField])}
        title={t('receiveErrorsTitle')}
      />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          id="receive-procedureKey"
          label={t('receiveProcedure')}
          required
          errors={problems.procedureKey}
        >
          {(control) => (
            <select
              {...control}
              name="procedureKey"
              value={values.procedureKey}
              onChange={(event) => change('procedureKey')(event.target.value)}
            >
              <ProcedureOptions procedures={procedures} />
            </select>
          )}
        </Field>
        <fieldset className="field">
          <legend>{t('receiveChannel')}</legend>
          {(['counter', 'online'] as const).map((channel) => (
            <label key={channel} className="choice">
              <input
                type="radio"
                name="channel"
                value={channel}
                checked={values.channel === channel}
                onChange={() => change('channel')(channel)}
              />{' '}
              {t(channel === 'counter' ? 'channelCounter' : 'channelOnline')}
            </label>
          ))}
        </fieldset>
        <fieldset className="group">
          <legend>{t('receiveApplicant')}</legend>
          <InputField
            id="receive-fullName"
            label={t('fullName')}
            required
            errors={problems.fullName}
            name="fullName"
            autoComplete="off"
            value={values.fullName}
            onChange={change('fullName')}
          />
          <InputField
            id="receive-identityNumber"
            label={t('identityNumber')}
            hint={t('identityNumberHint')}
            errors={problems.identityNumber}
            name="identityNumber"
            inputMode="numeric"
            autoComplete="off"
            value={values.identityNumber}
            onChange={change('identityNumber')}
          />
          <InputField
            id="receive-phone"
            label={t('phone')}
            errors={problems.phone}
            name="phone"
            type="tel"
            autoComplete="off"
            value={values.phone}
            onChange={change('phone')}
          />
          <InputField
            id="receive-email"
            label={t('email')}
            errors={problems.email}
            name="email"
            type="email"
            autoComplete="off"
            value={values.email}
            onChange={change('email')}
          />
          <InputField
            id="receive-addressLine"
            label={t('addressLine')}
            errors={problems.addressLine}
            name="addressLine"
            autoComplete="off"
            value={values.addressLine}
            onChange={change('addressLine')}
          />
        </fieldset>
        {details && (
          <fieldset className="group">
            <legend>{t(details.legend)}</legend>
            {details.fields.map(({ field, control: kind, required, hint }) => (
              <Field
                key={field}
                id={`receive-${field}`}
                label={t(LABELS[field])}
                required={required}
                {...(hint ? { hint: t(hint) } : {})}
                errors={problems[field]}
              >
                {(control) =>
                  kind === 'sex' ? (
                    <select
                      {...control}
                      name={field}
                      value={values[field]}
                      onChange={(event) => change(field)(event.target.value)}
                    >
                      <option value="">—</option>
                      <option value="male">{t('sexMale')}</option>
                      <option value="female">{t('sexFemale')}</option>
                    </select>
                  ) : (
                    <input
                      {...control}
                      name={field}
                      type={kind === 'date' ? 'date' : 'text'}
                      autoComplete="off"
                      value={values[field]}
                      onChange={(event) => change(field)(event.target.value)}
                    />
                  )
                }
              </Field>
            ))}
          </fieldset>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('receiving') : t('receiveSubmit')}
        </button>
      </form>
    </Page>
  );
}
