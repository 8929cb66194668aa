import { FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';

import { useApi } from '../api/use-api';
import { useSession } from '../auth/auth';
import { FEEDBACK_CATEGORY_NAMES, MAX_FEEDBACK_TEXT } from '../citizen/feedback-terms';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { Field, InputField, NamedOptions, TextAreaField } from '../layout/field';
import { fieldId, Problems, problemsOf, ProblemSummary } from '../layout/form-problems';
import { RecordPendingPage } from '../layout/load-state';
import { NoticeRegion, useNotice } from '../layout/notice';
import { Page } from '../layout/page';
import { ALERT_NAMES, answerAlert, caseNames, FeedbackCase } from './feedback-case';

/** feedback's ASSIGNEE_TYPES. */
const ASSIGNEE_NAMES = {
  officer: 'assigneeOfficer',
  unit: 'assigneeUnit',
  leader: 'assigneeLeader',
} as const satisfies Record<string, MessageKey>;
type AssigneeType = keyof typeof ASSIGNEE_NAMES;

/** What may still name the citizen in a held answer (feedback's UncertainMention). */
const REASON_NAMES: Record<string, MessageKey> = {
  'given-name': 'reasonGivenName',
  address: 'reasonAddress',
};

/** The forms of the page; each shows the service's messages for its own fields. */
type Action = 'assign' | 'answer' | 'publish' | 'move';

const FIELD_LABELS: Record<Action, Record<string, MessageKey>> = {
  assign: {
    'assignee.type': 'caseAssigneeType',
    'assignee.name': 'caseAssigneeName',
    category: 'feedbackCategory',
  },
  answer: { answer: 'caseAnswerText', publicSummary: 'casePublicSummary' },
  publish: { answer: 'caseAnswerText', publicSummary: 'casePublicSummary' },
  move: {},
};

const trimmed = (value: string): string => value.trim().normalize('NFC');

/**
 * One case: what the citizen wrote and by when it must be answered, and the officer's
 * moves on it: assign, start, answer (published with personal data masked), read and
 * publish an answer held for review, close.
 */
export function FeedbackCasePage() {
  const { caseId = '' } = useParams();
  const { t, language } = useI18n();
  const { officer } = useSession();
  const api = useApi();
  // undefined: loading; null: not found (or another commune's: the service says the same).
  const [feedbackCase, setFeedbackCase] = useState<FeedbackCase | null | undefined>();
  const [failed, setFailed] = useState(false);
  const [assigneeType, setAssigneeType] = useState<AssigneeType>('officer');
  const [assigneeName, setAssigneeName] = useState(officer?.name ?? '');
  const [category, setCategory] = useState('');
  const [answer, setAnswer] = useState('');
  const [publicSummary, setPublicSummary] = useState('');
  const [published, setPublished] = useState({ answer: '', summary: '' });
  const [problems, setProblems] = useState<{ action: Action; problems: Problems }>();
  const [busy, setBusy] = useState(false);
  const notice = useNotice();
  const summaryRef = useRef<HTMLDivElement>(null);

  const show = useCallback((next: FeedbackCase) => {
    setFeedbackCase(next);
    setCategory(next.category);
    setPublished({
      answer: next.publication?.answer ?? '',
      summary: next.publication?.summary ?? '',
    });
  }, []);

  useEffect(() => {
    void (async () => {
      const result = await api<FeedbackCase>('feedback', `/v1/feedback-cases/${caseId}`);
      if (result.ok) {
        show(result.body);
      } else if (result.status === 404 || result.status === 400) {
        setFeedbackCase(null);
      } else if (result.status !== 401) {
        setFailed(true);
      }
    })();
  }, [api, caseId, show]);

  const act = async (
    action: Action,
    path: string,
    body: Record<string, unknown>,
    done: (changed: FeedbackCase) => string,
  ) => {
    if (busy) {
      return;
    }
    setBusy(true);
    const result = await api<FeedbackCase>('feedback', `/v1/feedback-cases/${caseId}/${path}`, {
      method: 'POST',
      body,
    });
    setBusy(false);
    if (result.ok) {
      setProblems(undefined);
      show(result.body);
      notice.tell(done(result.body));
    } else if (result.status !== 401) {
      setProblems({ action, problems: problemsOf(result, t('errorGeneric')) });
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  };

  if (!feedbackCase) {
    return (
      <RecordPendingPage
        title={t('caseLoadingTitle')}
        missing={feedbackCase === null}
        failed={failed}
        notFound={t('caseNotFound')}
        back={{ to: '/ban-lam-viec/phan-anh', label: t('caseBackToList') }}
      />
    );
  }

  const names = caseNames(t, feedbackCase);
  const alert = answerAlert(feedbackCase, Date.now());
  const can = (status: string) => feedbackCase.nextStatuses.includes(status);
  const held = feedbackCase.publication?.status === 'held-for-review';
  const problemsOfForm = (action: Action): Problems =>
    problems?.action === action ? problems.problems : {};
  const summaryOf = (action: Action) => (
    <ProblemSummary
      ref={problems?.action === action ? summaryRef : undefined}
      form={action}
      problems={problemsOfForm(action)}
      labelOf={(path) => {
        const label = FIELD_LABELS[action][path];
        return label && t(label);
      }}
    />
  );
  const textArea = (
    action: Action,
    field: 'answer' | 'publicSummary',
    value: string,
    onChange: (value: string) => void,
  ) => (
    <TextAreaField
      id={fieldId(action, field)}
      label={t(field === 'answer' ? 'caseAnswerText' : 'casePublicSummary')}
      required={field === 'answer'}
      {...(field === 'publicSummary' ? { hint: t('casePublicSummaryHint') } : {})}
      errors={problemsOfForm(action)[field]}
      rows={field === 'answer' ? 6 : 3}
      maxLength={field === 'answer' ? MAX_FEEDBACK_TEXT : 1000}
      value={value}
      onChange={onChange}
    />
  );

  const assign = (event: FormEvent) => {
    event.preventDefault();
    void act(
      'assign',
      'assign',
      {
        assignee: { type: assigneeType, name: trimmed(assigneeName) },
        ...(category && category !== feedbackCase.category ? { category } : {}),
      },
      (changed) => t('caseAssigned', { name: changed.assignee?.name ?? '' }),
    );
  };
  const sendAnswer = (event: FormEvent) => {
    event.preventDefault();
    void act(
      'answer',
      'answer',
      {
        answer: trimmed(answer),
        ...(trimmed(publicSummary) ? { publicSummary: trimmed(publicSummary) } : {}),
      },
      () => t('caseAnswered'),
    );
  };
  const publish = (event: FormEvent) => {
    event.preventDefault();
    void act(
      'publish',
      'publish-answer',
      {
        answer: trimmed(published.answer),
        ...(trimmed(published.summary) ? { publicSummary: trimmed(published.summary) } : {}),
      },
      () => t('casePublished'),
    );
  };

  return (
    <Page title={t('caseTitle', { code: feedbackCase.caseCode })}>
      <NoticeRegion state={notice} testId="case-notice" />
      <dl className="facts">
        <dt>{t('caseKind')}</dt>
        <dd>{names.kind}</dd>
        <dt>{t('feedbackCategory')}</dt>
        <dd>{names.category}</dd>
        <dt>{t('caseChannel')}</dt>
        <dd>{names.channel}</dd>
        <dt>{t('caseReceived')}</dt>
        <dd>{formatInstant(feedbackCase.openedAt, language)}</dd>
        <dt>{t('caseDue')}</dt>
        <dd>
          {feedbackCase.expectedAnswerAt
            ? formatInstant(feedbackCase.expectedAnswerAt, language)
            : '—'}{' '}
          {alert && <span className={`badge badge-${alert}`}>{t(ALERT_NAMES[alert])}</span>}
        </dd>
        <dt>{t('status')}</dt>
        <dd data-testid="case-status">{names.status}</dd>
        <dt>{t('caseWriter')}</dt>
        <dd>
          {feedbackCase.contact
            ? [
                feedbackCase.contact.fullName,
                feedbackCase.contact.phone,
                feedbackCase.contact.email,
                feedbackCase.contact.addressLine,
              ]
                .filter(Boolean)
                .join(' · ')
            : t('caseAnonymous')}
        </dd>
        {feedbackCase.assignee && (
          <>
            <dt>{t('caseAssignee')}</dt>
            <dd>{feedbackCase.assignee.name}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="case-content-title">
        <h2 id="case-content-title">{t('caseContent')}</h2>
        <p className="letter-text">{feedbackCase.content}</p>
      </section>

      {feedbackCase.answer && (
        <section aria-labelledby="case-answer-title">
          <h2 id="case-answer-title">{t('caseAnswer')}</h2>
          <p className="letter-text">{feedbackCase.answer.text}</p>
          <dl className="facts">
            <dt>{t('caseAnsweredAt')}</dt>
            <dd>{formatInstant(feedbackCase.answer.answeredAt, language)}</dd>
            <dt>{t('caseAnsweredBy')}</dt>
            <dd>{feedbackCase.answer.answeredBy}</dd>
            {feedbackCase.publication && (
              <>
                <dt>{t('casePublication')}</dt>
                <dd data-testid="case-publication">
                  {held ? t('publicationHeld') : t('publicationPublished')}
                </dd>
              </>
            )}
          </dl>
          {feedbackCase.publication?.status === 'published' && (
            <p>
              <Link to={`/xa-phuong/${feedbackCase.communeCode}/tra-loi`}>
                {t('caseSeePublic')}
              </Link>
            </p>
          )}
        </section>
      )}

      {held && (
        <section aria-labelledby="case-publish-title">
          <h2 id="case-publish-title">{t('casePublishTitle')}</h2>
          <p>
            {t('casePublishIntro', {
              reasons: (feedbackCase.publication?.reasons ?? [])
                .map((reason) => {
                  const name = REASON_NAMES[reason];
                  return name ? t(name) : reason;
                })
                .join(', '),
            })}
          </p>
          <form className="form" noValidate onSubmit={publish}>
            {summaryOf('publish')}
            {textArea('publish', 'publicSummary', published.summary, (summary) =>
              setPublished((current) => ({ ...current, summary })),
            )}
            {textArea('publish', 'answer', published.answer, (text) =>
              setPublished((current) => ({ ...current, answer: text })),
            )}
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('working') : t('casePublishSubmit')}
            </button>
          </form>
        </section>
      )}

      {(can('in-progress') || can('closed')) && (
        <section aria-labelledby="case-move-title">
          <h2 id="case-move-title" className="visually-hidden">
            {t('status')}
          </h2>
          {summaryOf('move')}
          <div className="toolbar">
            {can('in-progress') && (
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                onClick={() => void act('move', 'start', {}, () => t('caseStarted'))}
              >
                {t('caseStart')}
              </button>
            )}
            {can('closed') && feedbackCase.status === 'answered' && (
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                onClick={() => void act('move', 'close', {}, () => t('caseClosed'))}
              >
                {t('caseClose')}
              </button>
            )}
          </div>
        </section>
      )}

      {can('assigned') && (
        <section aria-labelledby="case-assign-title">
          <h2 id="case-assign-title">{t('caseAssignTitle')}</h2>
          <form className="form" noValidate onSubmit={assign}>
            {summaryOf('assign')}
            <fieldset className="field">
              <legend>{t('caseAssigneeType')}</legend>
              {Object.entries(ASSIGNEE_NAMES).map(([type, name]) => (
                <label key={type} className="choice">
                  <input
                    type="radio"
                    name="assignee-type"
                    value={type}
                    checked={assigneeType === type}
                    onChange={() => setAssigneeType(type as AssigneeType)}
                  />{' '}
                  {t(name)}
                </label>
              ))}
            </fieldset>
            <InputField
              id={fieldId('assign', 'assignee.name')}
              label={t('caseAssigneeName')}
              required
              errors={problemsOfForm('assign')['assignee.name']}
              autoComplete="off"
              value={assigneeName}
              onChange={setAssigneeName}
            />
            <Field
              id={fieldId('assign', 'category')}
              label={t('feedbackCategory')}
              errors={problemsOfForm('assign').category}
            >
              {(control) => (
                <select
                  {...control}
                  value={category}
                  onChange={(event) => setCategory(event.target.value)}
                >
                  <NamedOptions names={FEEDBACK_CATEGORY_NAMES} />
                </select>
              )}
            </Field>
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('working') : t('caseAssign')}
            </button>
          </form>
        </section>
      )}

      {can('answered') && (
        <section aria-labelledby="case-reply-title">
          <h2 id="case-reply-title">{t('caseAnswerTitle')}</h2>
          <p>{t('caseAnswerIntro')}</p>
          <form className="form" noValidate onSubmit={sendAnswer}>
            {summaryOf('answer')}
            {textArea('answer', 'publicSummary', publicSummary, setPublicSummary)}
            {textArea('answer', 'answer', answer, setAnswer)}
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('working') : t('caseAnswerSubmit')}
            </button>
          </form>
        </section>
      )}

      {feedbackCase.nextStatuses.length === 0 && <p>{t('caseNothingToDo')}</p>}
      <p>
        <Link to="/ban-lam-viec/phan-anh">{t('caseBackToList')}</Link>
      </p>
    </Page>
  );
}
