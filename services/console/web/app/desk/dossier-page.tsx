import { FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';

import { useApi } from '../api/use-api';
import { PdfPreview, usePdf } from '../documents/pdf-preview';
import { formatInstant, formatVnd } from '../format';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { Field, TextAreaField } from '../layout/field';
import { refusalMessage } from '../layout/form-problems';
import { RecordPendingPage } from '../layout/load-state';
import { NoticeRegion, useNotice } from '../layout/notice';
import { Page } from '../layout/page';
import { CivilStatusKind } from '../letters/letter-kinds';
import { ApologySection } from './apology-section';
import { supplementItems } from './dossier-actions';
import { DossierSlips } from './dossier-slips';
import { DossierTimes } from './dossier-times';
import { RegistrationLetter } from './registration-letter';

/** What the page reads of intake's DossierResponseDto. */
interface Dossier {
  dossierId: string;
  dossierCode: string;
  communeName: string;
  procedure: { key: string; name: string };
  applicant: { fullName: string };
  status: string;
  statusName: string;
  nextStatuses: { status: string; name: string; reasonRequired: boolean }[];
  receivedAt: string;
  dueAt: string;
  returnedAt?: string;
  fee: { amountVnd: number; status: 'not-required' | 'unpaid' | 'paid' };
  notes: { status: string; at: string; reason: string; items: string[] }[];
  civilStatus?: { kind: CivilStatusKind };
  civilStatusRegistrationId?: string;
}

const FEE_NAMES: Record<Dossier['fee']['status'], MessageKey> = {
  'not-required': 'feeNotRequired',
  unpaid: 'feeUnpaid',
  paid: 'feePaid',
};

type Problems = Partial<Record<'to' | 'reason' | 'items' | 'form', string[]>>;

/** The status whose request lists the papers to add (Mẫu 02). */
const SUPPLEMENT = 'supplement-requested';

/**
 * One dossier at the desk: its facts, the receipt slip (Mẫu 01) to print, the legal next
 * statuses with the reason the law asks for (and the papers to add for a supplement request),
 * the supplement request (Mẫu 02) and refusal (Mẫu 03) slips, the apology with its new
 * appointment (Mẫu 04), the congratulation letter a birth made, and, once the result is
 * returned, the survey slip to hand the citizen (shown once).
 */
export function DossierPage() {
  const { dossierId = '' } = useParams();
  const { t, language } = useI18n();
  const api = useApi();
  // undefined: loading; null: not found (or another commune's: the service says the same).
  const [dossier, setDossier] = useState<Dossier | null | undefined>();
  const [failed, setFailed] = useState(false);
  const [showReceipt, setShowReceipt] = useState(false);
  const [slipTries, setSlipTries] = useState(0);
  const [next, setNext] = useState('');
  const [reason, setReason] = useState('');
  const [items, setItems] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const notice = useNotice();

  const load = useCallback(async () => {
    const result = await api<Dossier>('intake', `/v1/dossiers/${dossierId}`);
    if (result.ok) {
      setDossier(result.body);
    } else if (result.status === 404 || result.status === 400) {
      setDossier(null);
    } else if (result.status !== 401) {
      setFailed(true);
    }
  }, [api, dossierId]);

  useEffect(() => {
    void load();
  }, [load]);

  const registrationId = dossier?.civilStatusRegistrationId;

  const code = dossier?.dossierCode ?? '';
  const receipt = usePdf(
    'intake',
    showReceipt ? `/v1/dossiers/${dossierId}/receipt.pdf` : undefined,
  );
  // Counted rather than a flag: "try again" asks for the slip anew.
  const slip = usePdf(
    'survey',
    slipTries > 0 ? `/v1/invitations/by-dossier/${dossierId}/slip.pdf` : undefined,
    slipTries,
  );
  const slipCode = slip.state === 'failed' ? slip.code : undefined;

  const chosen = dossier?.nextStatuses.find((option) => option.status === next);

  const changeStatus = async (event: FormEvent) => {
    event.preventDefault();
    if (!dossier || busy) {
      return;
    }
    const found: Problems = {};
    if (!chosen) {
      found.to = [t('errStatusChoose')];
    }
    if (chosen?.reasonRequired && !reason.trim()) {
      found.reason = [t('errReasonRequired')];
    }
    if (reason.trim().length > 1000) {
      found.reason = [t('errReasonRequired')];
    }
    const papers = supplementItems(items);
    if (chosen?.status === SUPPLEMENT && (papers.length === 0 || papers.length > 30)) {
      found.items = [t('errSupplementItems')];
    }
    setProblems(found);
    if (Object.keys(found).length > 0 || !chosen) {
      return;
    }
    setBusy(true);
    const result = await api<Dossier>('intake', `/v1/dossiers/${dossierId}/status-changes`, {
      body: {
        to: chosen.status,
        ...(reason.trim() ? { reason: reason.trim().normalize('NFC') } : {}),
        ...(chosen.status === SUPPLEMENT ? { items: papers } : {}),
      },
    });
    setBusy(false);
    if (result.ok) {
      setDossier(result.body);
      setNext('');
      setReason('');
      setItems('');
      notice.tell(t('statusChanged', { status: result.body.statusName }));
    } else if (result.status !== 401) {
      // The list's messages come per list and per paper (items, items.0, …): all beside it.
      const itemErrors = Object.entries(result.fields)
        .filter(([field]) => field === 'items' || field.startsWith('items.'))
        .flatMap(([, messages]) => messages);
      setProblems({
        ...(result.fields.to ? { to: result.fields.to } : {}),
        ...(result.fields.reason ? { reason: result.fields.reason } : {}),
        ...(itemErrors.length > 0 ? { items: itemErrors } : {}),
        ...(result.fields.to || result.fields.reason || itemErrors.length > 0
          ? {}
          : { form: [refusalMessage(result, t('errorGeneric'))] }),
      });
    }
  };

  if (!dossier) {
    return (
      <RecordPendingPage
        title={t('dossierLoadingTitle')}
        missing={dossier === null}
        failed={failed}
        notFound={t('dossierNotFound')}
        back={{ to: '/ban-lam-viec', label: t('backToDesk') }}
      />
    );
  }

  const slipProblem =
    slipCode === 'SURVEY.INVITATION_NOT_FOUND'
      ? t('surveySlipNotYet')
      : slipCode === 'SURVEY.INVITATION_ALREADY_REVEALED'
        ? t('surveySlipShown')
        : undefined;

  return (
    <Page title={t('dossierTitle', { code })}>
      <NoticeRegion state={notice} testId="dossier-notice" />
      <dl className="facts">
        <dt>{t('procedure')}</dt>
        <dd>{dossier.procedure.name}</dd>
        <dt>{t('applicant')}</dt>
        <dd>{dossier.applicant.fullName}</dd>
        <dt>{t('status')}</dt>
        <dd data-testid="dossier-status">{dossier.statusName}</dd>
        <DossierTimes dossier={dossier} />
        <dt>{t('fee')}</dt>
        <dd>
          {dossier.fee.status === 'not-required'
            ? t(FEE_NAMES[dossier.fee.status])
            : `${formatVnd(dossier.fee.amountVnd, language)} (${t(FEE_NAMES[dossier.fee.status])})`}
        </dd>
        {registrationId && dossier.civilStatus && (
          <RegistrationLetter kind={dossier.civilStatus.kind} registrationId={registrationId} />
        )}
      </dl>

      <section aria-labelledby="receipt-title">
        <h2 id="receipt-title" className="visually-hidden">
          {t('receiptPrint')}
        </h2>
        {!showReceipt && (
          <button type="button" className="button secondary" onClick={() => setShowReceipt(true)}>
            {t('receiptPrint')}
          </button>
        )}
        <PdfPreview pdf={receipt} title={t('receiptFrame', { code })} />
      </section>

      <section aria-labelledby="status-title">
        <h2 id="status-title">{t('statusChangeTitle')}</h2>
        {dossier.nextStatuses.length === 0 ? (
          <p>{t('dossierClosed')}</p>
        ) : (
          <form className="form" noValidate onSubmit={(event) => void changeStatus(event)}>
            {problems.form && (
              <p className="alert alert-error" role="alert">
                {problems.form.join(' ')}
              </p>
            )}
            <Field id="status-to" label={t('statusChangeTo')} required errors={problems.to}>
              {(control) => (
                <select {...control} value={next} onChange={(event) => setNext(event.target.value)}>
                  <option value="">{t('statusChangeChoose')}</option>
                  {dossier.nextStatuses.map((option) => (
                    <option key={option.status} value={option.status}>
                      {option.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextAreaField
              id="status-reason"
              label={t('statusChangeReason')}
              required={chosen?.reasonRequired ?? false}
              hint={t('statusChangeReasonHint')}
              errors={problems.reason}
              rows={3}
              value={reason}
              onChange={setReason}
            />
            {chosen?.status === SUPPLEMENT && (
              <TextAreaField
                id="status-items"
                label={t('supplementItems')}
                required
                hint={t('supplementItemsHint')}
                errors={problems.items}
                rows={4}
                value={items}
                onChange={setItems}
              />
            )}
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('statusChanging') : t('statusChangeSubmit')}
            </button>
          </form>
        )}
      </section>

      <DossierSlips
        dossierId={dossierId}
        code={code}
        status={dossier.status}
        supplementRequested={dossier.notes.some((note) => note.status === SUPPLEMENT)}
      />

      <ApologySection
        dossierId={dossierId}
        inHand={dossier.nextStatuses.length > 0}
        onRescheduled={() => void load()}
      />

      {dossier.status === 'result-returned' && (
        <section aria-labelledby="slip-title">
          <h2 id="slip-title">{t('surveySlipTitle')}</h2>
          {(slip.state === 'idle' || slipCode === 'SURVEY.INVITATION_NOT_FOUND') && (
            <button
              type="button"
              className="button secondary"
              onClick={() => setSlipTries((tries) => tries + 1)}
            >
              {slipTries > 0 ? t('tryAgain') : t('surveySlipPrint')}
            </button>
          )}
          <PdfPreview
            pdf={slip}
            title={t('surveySlipFrame', { code })}
            {...(slipProblem ? { failedText: slipProblem } : {})}
          />
        </section>
      )}

      {dossier.notes.length > 0 && (
        <section aria-labelledby="notes-title">
          <h2 id="notes-title">{t('dossierNotes')}</h2>
          <ul>
            {dossier.notes.map((note) => (
              <li key={`${note.status}-${note.at}`}>
                {formatInstant(note.at, language)}: {note.reason}
                {note.items.length > 0 && (
                  <ol>
                    {note.items.map((item, index) => (
                      <li key={`${index}-${item}`}>{item}</li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link to="/ban-lam-viec">{t('backToDesk')}</Link>
      </p>
    </Page>
  );
}
