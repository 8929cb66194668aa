import { FormEvent, useEffect, useRef, useState } from 'react';

import { useApi } from '../api/use-api';
import { useOfficerCommune } from '../desk/commune';
import { CommuneChooser, NoCommunePage } from '../desk/commune-chooser';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { Field, InputField, NamedOptions } from '../layout/field';
import { ProblemSummary } from '../layout/form-problems';
import { LoadState } from '../layout/load-state';
import { NoticeRegion, useNotice } from '../layout/notice';
import { Page } from '../layout/page';
import { letterKindName } from '../letters/letter-kinds';
import {
  APPROVAL_FALLBACKS,
  ApprovalFallback,
  LetterSettings,
  placeSettingsProblems,
  SettingsField,
  settingsRequest,
  SettingsValues,
  settingsValues,
  SIGNER_ROLES,
  SignerRole,
  UNIT_NAMINGS,
  UnitNaming,
  validateSettings,
} from '../letters/letter-settings-form';
import { LetterTemplatesSection } from './letter-templates-section';

type Problems = Partial<Record<SettingsField | 'form', string[]>>;

const LABELS: Record<SettingsField, MessageKey> = {
  kinds: 'settingsKinds',
  signerRole: 'signerRole',
  signerName: 'signerName',
  birthDays: 'birthDays',
  deathDays: 'deathDays',
  withinHours: 'apologyWithinHours',
  otherwise: 'apologyOtherwise',
  unitNaming: 'unitNaming',
  oneStopCentreName: 'oneStopCentreName',
  numberSymbol: 'numberSymbol',
};

const SIGNER_NAMES: Record<SignerRole, MessageKey> = {
  chair: 'signerChair',
  'vice-chair': 'signerViceChair',
};

const FALLBACK_NAMES: Record<ApprovalFallback, MessageKey> = {
  send: 'apologySend',
  escalate: 'apologyEscalate',
};

const UNIT_NAMING_NAMES: Record<UnitNaming, MessageKey> = {
  place: 'unitPlace',
  person: 'unitPerson',
  number: 'unitNumber',
  event: 'unitEvent',
};

/**
 * The commune's letter settings for its leaders: which kinds it sends and which need a
 * leader's approval, who signs, the time limits and the layout; then the templates.
 */
export function LetterSettingsPage() {
  const { t, language } = useI18n();
  const api = useApi();
  const { communes, commune, setCommune, communeName } = useOfficerCommune();
  // undefined: loading; null: the service did not answer.
  const [settings, setSettings] = useState<LetterSettings | null | undefined>();
  const [values, setValues] = useState<SettingsValues | undefined>();
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const saved = useNotice();
  const { clear: clearSaved } = saved;
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!commune) {
      return;
    }
    let active = true;
    setSettings(undefined);
    setValues(undefined);
    setProblems({});
    clearSaved();
    void api<LetterSettings>('correspondence', `/v1/letter-settings/${commune}`).then((result) => {
      if (active) {
        setSettings(result.ok ? result.body : null);
        setValues(result.ok ? settingsValues(result.body) : undefined);
      }
    });
    return () => {
      active = false;
    };
  }, [api, commune, clearSaved]);

  useEffect(() => {
    if (Object.keys(problems).length > 0) {
      summary.current?.focus();
    }
  }, [problems]);

  if (!commune) {
    return <NoCommunePage title={t('settingsTitle')} />;
  }

  const change = (field: Exclude<SettingsField, 'kinds'>) => (value: string) =>
    setValues((current) => current && { ...current, [field]: value });
  const toggle = (kind: string, setting: 'enabled' | 'approvalRequired') =>
    setValues(
      (current) =>
        current && {
          ...current,
          kinds: current.kinds.map((row) =>
            row.kind === kind ? { ...row, [setting]: !row[setting] } : row,
          ),
        },
    );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!values || busy) {
      return;
    }
    clearSaved();
    const found = validateSettings(values);
    if (Object.keys(found).length > 0) {
      setProblems(
        Object.fromEntries(
          Object.entries(found).map(([field, problem]) => [
            field,
            [t(problem.key, problem.values)],
          ]),
        ),
      );
      return;
    }
    setBusy(true);
    const result = await api<LetterSettings>('correspondence', `/v1/letter-settings/${commune}`, {
      method: 'PUT',
      body: settingsRequest(values),
    });
    setBusy(false);
    if (result.ok) {
      setProblems({});
      setSettings(result.body);
      setValues(settingsValues(result.body));
      saved.tell(t('settingsSaved', { version: String(result.body.version) }));
      return;
    }
    if (result.status === 401) {
      return;
    }
    const placed = placeSettingsProblems(result.fields);
    setProblems(
      Object.keys(placed).length > 0
        ? placed
        : { form: [result.message && result.status < 500 ? result.message : t('errorGeneric')] },
    );
  };

  const numberField = (field: 'birthDays' | 'deathDays' | 'withinHours', hint: MessageKey) =>
    values && (
      <InputField
        id={`settings-${field}`}
        label={t(LABELS[field])}
        hint={t(hint)}
        required
        errors={problems[field]}
        inputMode="numeric"
        autoComplete="off"
        value={values[field]}
        onChange={change(field)}
      />
    );

  return (
    <Page title={t('settingsTitle')}>
      <div className="toolbar">
        <p className="lead">{t('settingsIntro', { commune: communeName })}</p>
        <CommuneChooser communes={communes} value={commune} onChange={setCommune} />
      </div>
      <LoadState value={settings} />
      {settings && values && (
        <>
          <p data-testid="settings-version">
            {settings.version === 0 || !settings.updatedAt
              ? t('settingsDefaults')
              : t('settingsVersion', {
                  version: String(settings.version),
                  at: formatInstant(settings.updatedAt, language),
                })}
          </p>
          <NoticeRegion state={saved} testId="settings-notice" />
          <ProblemSummary
            ref={summary}
            form="settings"
            problems={problems}
            labelOf={(field) => t(LABELS[field as SettingsField])}
            title={t('settingsFix')}
          />
          <form className="form" noValidate onSubmit={(event) => void save(event)}>
            <fieldset className="group">
              <legend>{t('settingsKinds')}</legend>
              {problems.kinds && (
                <p id="settings-kinds" className="field-error">
                  {problems.kinds.join(' ')}
                </p>
              )}
              <div className="table-scroll">
                <table className="settings-kinds">
                  <thead>
                    <tr>
                      <th scope="col">{t('letterKind')}</th>
                      <th scope="col">{t('settingsEnabled')}</th>
                      <th scope="col">{t('settingsApproval')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {values.kinds.map((row) => {
                      const kind = letterKindName(row.kind, t);
                      return (
                        <tr key={row.kind}>
                          <th scope="row">{kind}</th>
                          <td>
                            <input
                              type="checkbox"
                              checked={row.enabled}
                              aria-label={t('settingsEnabledFor', { kind })}
                              onChange={() => toggle(row.kind, 'enabled')}
                            />
                          </td>
                          <td>
                            <input
                              type="checkbox"
                              checked={row.approvalRequired}
                              aria-label={t('settingsApprovalFor', { kind })}
                              onChange={() => toggle(row.kind, 'approvalRequired')}
                            />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </fieldset>

            <fieldset className="group">
              <legend>{t('settingsSigner')}</legend>
              <Field
                id="settings-signerRole"
                label={t('signerRole')}
                required
                errors={problems.signerRole}
              >
                {(control) => (
                  <select
                    {...control}
                    value={values.signerRole}
                    onChange={(event) => change('signerRole')(event.target.value)}
                  >
                    <NamedOptions names={SIGNER_NAMES} values={SIGNER_ROLES} />
                  </select>
                )}
              </Field>
              <InputField
                id="settings-signerName"
                label={t('signerName')}
                errors={problems.signerName}
                autoComplete="off"
                value={values.signerName}
                onChange={change('signerName')}
              />
              <p>{t('signatureBlock')}:</p>
              <p data-testid="signature-block">
                {settings.signatureBlock.map((line) => (
                  <span key={line}>
                    {line}
                    <br />
                  </span>
                ))}
                {settings.signer.fullName}
              </p>
            </fieldset>

            <fieldset className="group">
              <legend>{t('settingsWindows')}</legend>
              {numberField('birthDays', 'birthDaysHint')}
              {numberField('deathDays', 'deathDaysHint')}
            </fieldset>

            <fieldset className="group">
              <legend>{t('settingsApology')}</legend>
              {numberField('withinHours', 'apologyWithinHoursHint')}
              <Field
                id="settings-otherwise"
                label={t('apologyOtherwise')}
                required
                errors={problems.otherwise}
              >
                {(control) => (
                  <select
                    {...control}
                    value={values.otherwise}
                    onChange={(event) => change('otherwise')(event.target.value)}
                  >
                    <NamedOptions names={FALLBACK_NAMES} values={APPROVAL_FALLBACKS} />
                  </select>
                )}
              </Field>
            </fieldset>

            <fieldset className="group">
              <legend>{t('settingsDocument')}</legend>
              <InputField
                id="settings-numberSymbol"
                label={t('numberSymbol')}
                hint={t('numberSymbolHint')}
                required
                errors={problems.numberSymbol}
                autoComplete="off"
                value={values.numberSymbol}
                onChange={change('numberSymbol')}
              />
              <InputField
                id="settings-oneStopCentreName"
                label={t('oneStopCentreName')}
                required
                errors={problems.oneStopCentreName}
                autoComplete="off"
                value={values.oneStopCentreName}
                onChange={change('oneStopCentreName')}
              />
              <Field
                id="settings-unitNaming"
                label={t('unitNaming')}
                required
                errors={problems.unitNaming}
              >
                {(control) => (
                  <select
                    {...control}
                    value={values.unitNaming}
                    onChange={(event) => change('unitNaming')(event.target.value)}
                  >
                    <NamedOptions names={UNIT_NAMING_NAMES} values={UNIT_NAMINGS} />
                  </select>
                )}
              </Field>
            </fieldset>
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('settingsSaving') : t('settingsSave')}
            </button>
          </form>
        </>
      )}
      <LetterTemplatesSection commune={commune} />
    </Page>
  );
}
