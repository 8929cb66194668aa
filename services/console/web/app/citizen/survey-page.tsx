import { FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { callApi } from '../api/api-client';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { Field, InputField } from '../layout/field';
import { Page } from '../layout/page';

/** What the page reads of survey's PublicSurveyResponseDto. */
interface Question {
  key: string;
  type: 'rating' | 'single-choice' | 'multiple-choice' | 'yes-no' | 'free-text';
  text: string;
  required: boolean;
  help?: string;
  scale?: { min: number; max: number; labels?: string[] };
  options?: { key: string; label: string }[];
  maxSelections?: number;
  maxLength?: number;
}

interface Survey {
  communeName: string;
  title: string;
  introduction: string;
  anonymous: boolean;
  questions: Question[];
}

type Answer = string | number | string[];

/** The survey service's refusals of a code, in the citizen's words. */
const CODE_PROBLEMS: Record<number, MessageKey> = {
  404: 'surveyNotFound',
  409: 'surveyAnswered',
  410: 'surveyExpired',
  429: 'surveyTooMany',
};

/** What the citizen has answered is enough to send: every required question answered. */
function unanswered(questions: Question[], answers: Record<string, Answer>): string[] {
  return questions
    .filter((question) => question.required)
    .filter((question) => {
      const answer = answers[question.key];
      return (
        answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)
      );
    })
    .map((question) => question.key);
}

/**
 * The satisfaction survey for citizens, without an account: the link on the slip opens it,
 * or the citizen types the short code printed beside it. Answered once; not linked to the
 * citizen when the questionnaire is anonymous.
 */
export function SurveyPage() {
  const { code: credential } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [survey, setSurvey] = useState<Survey | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [fieldProblems, setFieldProblems] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [thanks, setThanks] = useState<string | undefined>();
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!credential) {
      setSurvey(undefined);
      return;
    }
    let active = true;
    setProblem(undefined);
    void callApi<Survey>('survey', `/v1/public/surveys/${encodeURIComponent(credential)}`).then(
      (result) => {
        if (!active) {
          return;
        }
        if (result.ok) {
          setSurvey(result.body);
        } else {
          setProblem(t(CODE_PROBLEMS[result.status] ?? 'errorGeneric'));
        }
      },
    );
    return () => {
      active = false;
    };
  }, [credential, t]);

  useEffect(() => {
    if (problem || Object.keys(fieldProblems).length > 0) {
      alertRef.current?.focus();
    }
  }, [problem, fieldProblems]);

  const open = (event: FormEvent) => {
    event.preventDefault();
    const code = typed.trim();
    if (!code) {
      setProblem(t('surveyCodeEmpty'));
      return;
    }
    void navigate(`/khao-sat/${encodeURIComponent(code)}`);
  };

  const answer = (key: string, value: Answer) =>
    setAnswers((current) => ({ ...current, [key]: value }));

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!survey || !credential || busy) {
      return;
    }
    const missing = unanswered(survey.questions, answers);
    if (missing.length > 0) {
      setFieldProblems(Object.fromEntries(missing.map((key) => [key, [t('surveyRequired')]])));
      return;
    }
    setBusy(true);
    const result = await callApi<{ message: string }>(
      'survey',
      `/v1/public/surveys/${encodeURIComponent(credential)}/answers`,
      { body: { answers } },
    );
    setBusy(false);
    if (result.ok) {
      setThanks(result.body.message);
      return;
    }
    const byQuestion = Object.fromEntries(
      Object.entries(result.fields).map(([path, messages]) => [
        path.replace(/^answers\./, ''),
        messages,
      ]),
    );
    setFieldProblems(byQuestion);
    if (Object.keys(byQuestion).length === 0) {
      setProblem(t(CODE_PROBLEMS[result.status] ?? 'errorGeneric'));
    }
  };

  if (thanks) {
    return (
      <Page title={t('surveyThanksTitle')}>
        <p className="alert alert-info" data-testid="survey-thanks">
          {thanks}
        </p>
      </Page>
    );
  }

  if (!credential || (!survey && problem)) {
    return (
      <Page title={t('surveyTitle')}>
        <p className="lead">{t('surveyIntro')}</p>
        {problem && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={alertRef}>
            {problem}
          </div>
        )}
        <form className="form narrow" noValidate onSubmit={open}>
          <InputField
            id="survey-code"
            label={t('surveyCode')}
            hint={t('surveyCodeHint')}
            required
            autoComplete="off"
            autoCapitalize="characters"
            value={typed}
            onChange={setTyped}
          />
          <button type="submit" className="button">
            {t('surveyOpen')}
          </button>
        </form>
      </Page>
    );
  }

  if (!survey) {
    return (
      <Page title={t('surveyTitle')}>
        <p role="status">{t('loading')}</p>
      </Page>
    );
  }

  return (
    <Page title={survey.title}>
      <p className="lead">{survey.communeName}</p>
      <p>{survey.introduction}</p>
      {survey.anonymous && <p className="alert alert-info">{t('surveyAnonymous')}</p>}
      {(problem || Object.keys(fieldProblems).length > 0) && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={alertRef}>
          {problem ?? t('surveyFixAnswers')}
        </div>
      )}
      <form className="form" noValidate onSubmit={(event) => void send(event)}>
        {survey.questions.map((question) => (
          <QuestionField
            key={question.key}
            question={question}
            value={answers[question.key]}
            errors={fieldProblems[question.key] ?? []}
            onChange={(value) => answer(question.key, value)}
          />
        ))}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('surveySending') : t('surveySend')}
        </button>
      </form>
    </Page>
  );
}

function QuestionField({
  question,
  value,
  errors,
  onChange,
}: {
  question: Question;
  value: Answer | undefined;
  errors: string[];
  onChange: (value: Answer) => void;
}) {
  const id = `question-${question.key}`;
  if (question.type === 'free-text') {
    return (
      <Field
        id={id}
        label={question.text}
        required={question.required}
        errors={errors}
        {...(question.help ? { hint: question.help } : {})}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxLength={question.maxLength}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => onChange(event.target.value.normalize('NFC'))}
          />
        )}
      </Field>
    );
  }
  const choices =
    question.type === 'rating' && question.scale
      ? Array.from({ length: question.scale.max - question.scale.min + 1 }, (_, index) => {
          const score = (question.scale?.min ?? 1) + index;
          const label = question.scale?.labels?.[index];
          return { key: String(score), label: label ? `${score} – ${label}` : String(score) };
        })
      : (question.options ?? []);
  const multiple = question.type === 'multiple-choice';
  const selected = Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <fieldset
      className={errors.length > 0 ? 'field field-invalid' : 'field'}
      {...(errorId ? { 'aria-describedby': errorId } : {})}
    >
      <legend>
        {question.text}
        {question.required && <span className="required"> (*)</span>}
      </legend>
      {question.help && <p className="hint">{question.help}</p>}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors.join(' ')}
        </p>
      )}
      {choices.map((choice) => (
        <label key={choice.key} className="choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={id}
            value={choice.key}
            checked={selected.includes(choice.key)}
            onChange={(event) => {
              if (!multiple) {
                onChange(question.type === 'rating' ? Number(choice.key) : choice.key);
                return;
              }
              onChange(
                event.target.checked
                  ? [...selected, choice.key]
                  : selected.filter((key) => key !== choice.key),
              );
            }}
          />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
