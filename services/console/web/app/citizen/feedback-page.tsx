import { FormEvent, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';

import { callApi } from '../api/api-client';
import { useCommuneName } from '../desk/commune';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { Field, InputField, NamedOptions, TextAreaField } from '../layout/field';
import { refusalMessage } from '../layout/form-problems';
import { Page } from '../layout/page';
import {
  FEEDBACK_CATEGORY_NAMES,
  FEEDBACK_KIND_NAMES,
  FEEDBACK_KINDS,
  FeedbackCategory,
  FeedbackKind,
  MAX_FEEDBACK_TEXT,
} from './feedback-terms';

type FieldName = 'content' | 'fullName' | 'phone' | 'email' | 'addressLine';
type Problems = Partial<Record<FieldName | 'form', string[]>>;

interface Receipt {
  caseCode: string;
  expectedAnswerAt?: string;
  message: string;
}

/** The service's field paths, placed beside the form's fields. */
const FIELD_OF_PATH: Record<string, FieldName> = {
  content: 'content',
  'contact.fullName': 'fullName',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.addressLine': 'addressLine',
};

/**
 * A suggestion, petition or recommendation to the commune, anonymous unless the citizen
 * leaves a name (then the commune answers, and thanks them in writing). Sent once, even if
 * the citizen presses twice or the answer is lost.
 */
export function FeedbackPage() {
  const { communeCode = '' } = useParams();
  const { t, language } = useI18n();
  const communeName = useCommuneName(communeCode);
  const [kind, setKind] = useState<FeedbackKind>('petition');
  const [category, setCategory] = useState<FeedbackCategory>('other');
  const [content, setContent] = useState('');
  const [named, setNamed] = useState(false);
  const [contact, setContact] = useState({ fullName: '', phone: '', email: '', addressLine: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | undefined>();
  const summary = useRef<HTMLDivElement>(null);
  const idempotencyKey = useRef(`console-${crypto.randomUUID()}`);

  const show = (found: Problems) => {
    setProblems(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const found: Problems = {};
    if (!content.trim() || content.length > MAX_FEEDBACK_TEXT) {
      found.content = [t('errFeedbackContent')];
    }
    if (named && !contact.fullName.trim()) {
      found.fullName = [t('errFullName')];
    }
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    const nfc = (value: string) => value.trim().normalize('NFC');
    const given: Record<string, string> = {};
    for (const [key, value] of Object.entries(contact)) {
      if (nfc(value)) {
        given[key] = nfc(value);
      }
    }
    setBusy(true);
    const result = await callApi<Receipt>('feedback', '/v1/public/feedback', {
      body: {
        communeCode,
        kind,
        category,
        content: nfc(content),
        ...(named ? { contact: given } : {}),
      },
      headers: { 'idempotency-key': idempotencyKey.current },
    });
    setBusy(false);
    if (result.ok) {
      setReceipt(result.body);
      return;
    }
    const placed: Problems = {};
    for (const [path, messages] of Object.entries(result.fields)) {
      const field = FIELD_OF_PATH[path] ?? 'form';
      placed[field] = [...(placed[field] ?? []), ...messages];
    }
    show(
      Object.keys(placed).length > 0
        ? placed
        : {
            form: [
              result.status === 429
                ? t('feedbackTooMany')
                : refusalMessage(result, t('errorGeneric')),
            ],
          },
    );
  };

  if (receipt) {
    return (
      <Page title={t('feedbackSentTitle')}>
        <p className="alert alert-info" data-testid="feedback-receipt">
          {receipt.message}
        </p>
        <dl className="facts">
          <dt>{t('feedbackCode')}</dt>
          <dd className="code" data-testid="feedback-code">
            {receipt.caseCode}
          </dd>
          {receipt.expectedAnswerAt && (
            <>
              <dt>{t('feedbackAnswerBy')}</dt>
              <dd>{formatInstant(receipt.expectedAnswerAt, language)}</dd>
            </>
          )}
        </dl>
        <Link to={`/xa-phuong/${communeCode}`}>{t('backToBoard')}</Link>
      </Page>
    );
  }

  const contactField = (field: Exclude<FieldName, 'content'>, label: MessageKey, type = 'text') => (
    <InputField
      id={`feedback-${field}`}
      label={t(label)}
      required={field === 'fullName'}
      errors={problems[field]}
      type={type}
      autoComplete="off"
      value={contact[field]}
      onChange={(text) => setContact((current) => ({ ...current, [field]: text }))}
    />
  );

  return (
    <Page title={t('feedbackTitle', { commune: communeName })}>
      <p className="lead">{t('feedbackIntro')}</p>
      {Object.keys(problems).length > 0 && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={summary}>
          {problems.form?.join(' ') ?? t('feedbackFix')}
        </div>
      )}
      <form className="form" noValidate onSubmit={(event) => void send(event)}>
        <fieldset className="field">
          <legend>{t('feedbackKind')}</legend>
          {FEEDBACK_KINDS.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />{' '}
              {t(FEEDBACK_KIND_NAMES[option])}
            </label>
          ))}
        </fieldset>
        <Field id="feedback-category" label={t('feedbackCategory')}>
          {(control) => (
            <select
              {...control}
              value={category}
              onChange={(event) => setCategory(event.target.value as FeedbackCategory)}
            >
              <NamedOptions names={FEEDBACK_CATEGORY_NAMES} />
            </select>
          )}
        </Field>
        <TextAreaField
          id="feedback-content"
          label={t('feedbackContent')}
          required
          hint={t('feedbackContentHint')}
          errors={problems.content}
          rows={6}
          maxLength={MAX_FEEDBACK_TEXT}
          value={content}
          onChange={setContent}
        />
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={named}
              onChange={(event) => setNamed(event.target.checked)}
            />{' '}
            {t('feedbackNamed')}
          </label>
        </div>
        {named && (
          <fieldset className="group">
            <legend>{t('feedbackContact')}</legend>
            {contactField('fullName', 'fullName')}
            {contactField('phone', 'phone', 'tel')}
            {contactField('email', 'email', 'email')}
            {contactField('addressLine', 'addressLine')}
          </fieldset>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('feedbackSending') : t('feedbackSend')}
        </button>
      </form>
    </Page>
  );
}
