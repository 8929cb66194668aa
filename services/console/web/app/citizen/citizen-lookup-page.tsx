import { FormEvent, useState } from 'react';

import { callApi } from '../api/api-client';
import { DossierTimes } from '../desk/dossier-times';
import { formatVnd } from '../format';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { InputField } from '../layout/field';
import { Page } from '../layout/page';

interface PublicDossierStatus {
  dossierCode: string;
  procedureName: string;
  communeName: string;
  applicantName: string;
  statusName: string;
  receivedAt: string;
  dueAt: string;
  returnedAt?: string;
  supplement?: { reason: string; items: string[] };
  reason?: string;
  feeVnd: number;
}

/** The format the lookup route accepts (services/intake DossierLookupHttpController). */
const DOSSIER_CODE = /^[A-Za-z0-9.-]{5,60}$/;

type Problems = Partial<Record<'code' | 'secret' | 'form', MessageKey>>;

/** A citizen's own dossier by its code and the secret on the receipt; no account. */
export function CitizenLookupPage() {
  const { t, language } = useI18n();
  const [code, setCode] = useState('');
  const [secret, setSecret] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [dossier, setDossier] = useState<PublicDossierStatus | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedCode = code.trim();
    const trimmedSecret = secret.trim();
    const found: Problems = {
      ...(trimmedCode === ''
        ? { code: 'required' }
        : DOSSIER_CODE.test(trimmedCode)
          ? {}
          : { code: 'lookupCodeInvalid' }),
      ...(trimmedSecret === '' ? { secret: 'required' } : {}),
    };
    setProblems(found);
    setDossier(undefined);
    if (Object.keys(found).length > 0) {
      return;
    }
    setBusy(true);
    // The secret travels in a header, never in the address (logs, history, referrers).
    const result = await callApi<PublicDossierStatus>(
      'intake',
      `/v1/public/dossiers/${encodeURIComponent(trimmedCode)}`,
      { headers: { 'x-lookup-secret': trimmedSecret } },
    );
    setBusy(false);
    if (result.ok) {
      setDossier(result.body);
    } else if (result.status === 404) {
      setProblems({ form: 'lookupNotFound' });
    } else if (result.status === 429) {
      setProblems({ form: 'lookupTooMany' });
    } else if (result.status === 400) {
      setProblems({
        ...(result.fields.dossierCode ? { code: 'lookupCodeInvalid' } : {}),
        ...(result.fields.secret ? { secret: 'required' } : {}),
      });
    } else {
      setProblems({ form: 'errorGeneric' });
    }
  };

  const messages = (key: MessageKey | undefined) => (key ? [t(key)] : []);
  return (
    <Page title={t('lookupTitle')}>
      <p className="lead">{t('lookupIntro')}</p>
      <form className="form narrow" noValidate onSubmit={(event) => void submit(event)}>
        <InputField
          id="lookup-code"
          label={t('lookupCode')}
          hint={t('lookupCodeHint')}
          required
          errors={messages(problems.code)}
          name="dossierCode"
          autoComplete="off"
          spellCheck={false}
          value={code}
          onChange={setCode}
        />
        <InputField
          id="lookup-secret"
          label={t('lookupSecret')}
          hint={t('lookupSecretHint')}
          required
          errors={messages(problems.secret)}
          name="secret"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={setSecret}
        />
        {problems.form && (
          <p className="alert alert-error" role="alert">
            {t(problems.form)}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('loading') : t('lookupSubmit')}
        </button>
      </form>
      {dossier && (
        <section className="result" aria-labelledby="lookup-result" aria-live="polite">
          <h2 id="lookup-result">
            {t('lookupResult')} {dossier.dossierCode}
          </h2>
          <dl className="facts">
            <dt>{t('procedure')}</dt>
            <dd>{dossier.procedureName}</dd>
            <dt>{t('commune')}</dt>
            <dd>{dossier.communeName}</dd>
            <dt>{t('applicant')}</dt>
            <dd>{dossier.applicantName}</dd>
            <dt>{t('status')}</dt>
            <dd>
              <strong>{dossier.statusName}</strong>
              {dossier.reason ? ` — ${dossier.reason}` : ''}
            </dd>
            <DossierTimes dossier={dossier} />
            {dossier.supplement && (
              <>
                <dt>{t('supplementNeeded')}</dt>
                <dd>
                  {dossier.supplement.reason}
                  <ul>
                    {dossier.supplement.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            <dt>{t('fee')}</dt>
            <dd>{formatVnd(dossier.feeVnd, language)}</dd>
          </dl>
        </section>
      )}
    </Page>
  );
}
