import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';

import { useApi } from '../api/use-api';
import {
  FEEDBACK_CATEGORY_NAMES,
  FEEDBACK_KIND_NAMES,
  FEEDBACK_KINDS,
  FeedbackCategory,
  FeedbackKind,
  MAX_FEEDBACK_TEXT,
} from '../citizen/feedback-terms';
import { vietnamToday } from '../format';
import { useI18n } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';
import { Field, InputField, NamedOptions, TextAreaField } from '../layout/field';
import { fieldId, Problems, problemsOf, ProblemSummary } from '../layout/form-problems';
import {
  EMPTY_LETTER,
  EMPTY_WITNESS,
  emptyOpening,
  LetterDraft,
  OpeningDraft,
  openingFieldOf,
  openingRequest,
  WITNESS_ORGANISATION_NAMES,
  WitnessDraft,
  WitnessOrganisation,
} from './box-opening-form';

/** What the console reads of feedback's BoxOpeningResponseDto. */
export interface BoxOpening {
  openingId: string;
  openedOn: string;
  officersPresent: string[];
  witnessedByFatherlandFront: boolean;
  letterCount: number;
  cases: { letterNumber: number; caseId: string; caseCode: string }[];
}

const FORM = 'opening';

/** The draft survives a reload and a new sign-in in this tab, and nothing else. */
const DRAFT_KEY = 'console.draft.box-opening';

function storedDraft(): OpeningDraft {
  try {
    const stored = JSON.parse(
      sessionStorage.getItem(DRAFT_KEY) ?? 'null',
    ) as Partial<OpeningDraft> | null;
    return { ...emptyOpening(vietnamToday()), ...stored };
  } catch {
    return emptyOpening(vietnamToday());
  }
}

const LABELS: Record<string, MessageKey> = {
  openedOn: 'openingOpenedOn',
  officersPresent: 'openingOfficers',
  'minutes.number': 'openingMinutesNumber',
  'minutes.summary': 'openingMinutesSummary',
};
const LETTER_LABELS: Record<string, MessageKey> = {
  kind: 'feedbackKind',
  category: 'feedbackCategory',
  content: 'letterContent',
  'contact.fullName': 'letterWriter',
  'contact.phone': 'phone',
  'contact.addressLine': 'addressLine',
};
const WITNESS_LABELS: Record<string, MessageKey> = {
  fullName: 'witnessName',
  organisation: 'witnessOrganisation',
  position: 'witnessPosition',
};

/**
 * The minutes of one opening of a box (biên bản mở hòm thư): the day, who opened it, who
 * witnessed it, and every letter found, each of which feedback enters as a case. Recorded
 * once, even if the officer presses twice or the answer is lost.
 */
export function BoxOpeningSection({
  boxId,
  onRecorded,
}: {
  boxId: string;
  onRecorded: (opening: BoxOpening) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [draft, setDraft] = useState<OpeningDraft>(storedDraft);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const idempotencyKey = useRef(`console-${crypto.randomUUID()}`);

  useEffect(() => {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  }, [draft]);

  const labelOf = (path: string): string | undefined => {
    const letter = /^letters\.(\d+)\.(.+)$/.exec(path);
    if (letter?.[1] && letter[2]) {
      const label = LETTER_LABELS[letter[2]];
      const number = String(Number(letter[1]) + 1);
      return label && `${t('letterNumber', { number })} — ${t(label)}`;
    }
    const witness = /^witnesses\.(\d+)\.(.+)$/.exec(path);
    if (witness?.[1] && witness[2]) {
      const label = WITNESS_LABELS[witness[2]];
      const number = String(Number(witness[1]) + 1);
      return label && `${t('witnessNumber', { number })} — ${t(label)}`;
    }
    const label = LABELS[path];
    return label && t(label);
  };

  const record = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    setBusy(true);
    const result = await api<BoxOpening>('feedback', `/v1/suggestion-boxes/${boxId}/openings`, {
      body: openingRequest(draft),
      headers: { 'idempotency-key': idempotencyKey.current },
    });
    setBusy(false);
    if (result.ok) {
      setProblems({});
      idempotencyKey.current = `console-${crypto.randomUUID()}`;
      setDraft(emptyOpening(vietnamToday()));
      sessionStorage.removeItem(DRAFT_KEY);
      onRecorded(result.body);
      return;
    }
    if (result.status === 401) {
      return;
    }
    const placed: Problems = {};
    for (const [path, messages] of Object.entries(problemsOf(result, t('errorGeneric')))) {
      const field = openingFieldOf(path);
      placed[field] = [...(placed[field] ?? []), ...messages];
    }
    setProblems(placed);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const change = (patch: Partial<OpeningDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));
  const changeLetter = (index: number, patch: Partial<LetterDraft>) =>
    change({
      letters: draft.letters.map((letter, at) => (at === index ? { ...letter, ...patch } : letter)),
    });
  const changeWitness = (index: number, patch: Partial<WitnessDraft>) =>
    change({
      witnesses: draft.witnesses.map((witness, at) =>
        at === index ? { ...witness, ...patch } : witness,
      ),
    });

  const letterText = (
    index: number,
    field: 'fullName' | 'phone' | 'addressLine',
    path: string,
    label: MessageKey,
  ) => (
    <InputField
      id={fieldId(FORM, `letters.${index}.${path}`)}
      label={t(label)}
      errors={problems[`letters.${index}.${path}`]}
      autoComplete="off"
      value={draft.letters[index]?.[field] ?? ''}
      onChange={(text) => changeLetter(index, { [field]: text })}
    />
  );

  return (
    <form className="form" noValidate onSubmit={(event) => void record(event)}>
      <ProblemSummary ref={summary} form={FORM} problems={problems} labelOf={labelOf} />
      <InputField
        id={fieldId(FORM, 'openedOn')}
        label={t('openingOpenedOn')}
        required
        errors={problems.openedOn}
        type="date"
        value={draft.openedOn}
        max={vietnamToday()}
        onChange={(text) => change({ openedOn: text })}
      />
      <TextAreaField
        id={fieldId(FORM, 'officersPresent')}
        label={t('openingOfficers')}
        required
        hint={t('openingOfficersHint')}
        errors={problems.officersPresent}
        rows={3}
        value={draft.officers}
        onChange={(text) => change({ officers: text })}
      />

      <fieldset className="group">
        <legend>{t('openingWitnesses')}</legend>
        <p className="hint">{t('openingWitnessesHint')}</p>
        {draft.witnesses.map((witness, index) => {
          const number = String(index + 1);
          const path = (field: string) => `witnesses.${index}.${field}`;
          return (
            <fieldset className="group" key={index}>
              <legend>{t('witnessNumber', { number })}</legend>
              <InputField
                id={fieldId(FORM, path('fullName'))}
                label={t('witnessName')}
                required
                errors={problems[path('fullName')]}
                autoComplete="off"
                value={witness.fullName}
                onChange={(text) => changeWitness(index, { fullName: text })}
              />
              <Field
                id={fieldId(FORM, path('organisation'))}
                label={t('witnessOrganisation')}
                required
                errors={problems[path('organisation')]}
              >
                {(control) => (
                  <select
                    {...control}
                    value={witness.organisation}
                    onChange={(event) =>
                      changeWitness(index, {
                        organisation: event.target.value as WitnessOrganisation,
                      })
                    }
                  >
                    <NamedOptions names={WITNESS_ORGANISATION_NAMES} />
                  </select>
                )}
              </Field>
              <InputField
                id={fieldId(FORM, path('position'))}
                label={t('witnessPosition')}
                errors={problems[path('position')]}
                autoComplete="off"
                value={witness.position}
                onChange={(text) => changeWitness(index, { position: text })}
              />
              <button
                type="button"
                className="button secondary"
                onClick={() =>
                  change({ witnesses: draft.witnesses.filter((_, at) => at !== index) })
                }
              >
                {t('witnessRemove', { number })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button secondary"
          onClick={() => change({ witnesses: [...draft.witnesses, EMPTY_WITNESS] })}
        >
          {t('witnessAdd')}
        </button>
      </fieldset>

      <InputField
        id={fieldId(FORM, 'minutes.number')}
        label={t('openingMinutesNumber')}
        errors={problems['minutes.number']}
        autoComplete="off"
        value={draft.minutesNumber}
        onChange={(text) => change({ minutesNumber: text })}
      />
      <TextAreaField
        id={fieldId(FORM, 'minutes.summary')}
        label={t('openingMinutesSummary')}
        hint={t('openingMinutesHint')}
        errors={problems['minutes.summary']}
        rows={3}
        value={draft.minutesSummary}
        onChange={(text) => change({ minutesSummary: text })}
      />

      <fieldset className="group">
        <legend>{t('openingLetters')}</legend>
        <p className="hint">{t('openingLettersHint')}</p>
        {draft.letters.map((letter, index) => {
          const number = String(index + 1);
          const path = (field: string) => `letters.${index}.${field}`;
          return (
            <fieldset className="group" key={index}>
              <legend>{t('letterNumber', { number })}</legend>
              <Field
                id={fieldId(FORM, path('kind'))}
                label={t('feedbackKind')}
                required
                errors={problems[path('kind')]}
              >
                {(control) => (
                  <select
                    {...control}
                    value={letter.kind}
                    onChange={(event) =>
                      changeLetter(index, { kind: event.target.value as FeedbackKind })
                    }
                  >
                    <NamedOptions names={FEEDBACK_KIND_NAMES} values={FEEDBACK_KINDS} />
                  </select>
                )}
              </Field>
              <Field
                id={fieldId(FORM, path('category'))}
                label={t('feedbackCategory')}
                errors={problems[path('category')]}
              >
                {(control) => (
                  <select
                    {...control}
                    value={letter.category}
                    onChange={(event) =>
                      changeLetter(index, { category: event.target.value as FeedbackCategory })
                    }
                  >
                    <NamedOptions names={FEEDBACK_CATEGORY_NAMES} />
                  </select>
                )}
              </Field>
              <TextAreaField
                id={fieldId(FORM, path('content'))}
                label={t('letterContent')}
                required
                errors={problems[path('content')]}
                rows={4}
                maxLength={MAX_FEEDBACK_TEXT}
                value={letter.content}
                onChange={(text) => changeLetter(index, { content: text })}
              />
              {letterText(index, 'fullName', 'contact.fullName', 'letterWriter')}
              {letterText(index, 'phone', 'contact.phone', 'phone')}
              {letterText(index, 'addressLine', 'contact.addressLine', 'addressLine')}
              <button
                type="button"
                className="button secondary"
                onClick={() => change({ letters: draft.letters.filter((_, at) => at !== index) })}
              >
                {t('letterRemove', { number })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button secondary"
          onClick={() => change({ letters: [...draft.letters, EMPTY_LETTER] })}
        >
          {t('letterAdd')}
        </button>
      </fieldset>

      <button type="submit" className="button" disabled={busy}>
        {busy ? t('openingSaving') : t('openingSubmit')}
      </button>
    </form>
  );
}

/** The cases an opening's letters became, each opening at its case page. */
export function OpenedCases({ opening }: { opening: BoxOpening }) {
  const { t } = useI18n();
  if (opening.cases.length === 0) {
    return null;
  }
  return (
    <ul className="link-list">
      {opening.cases.map((entry) => (
        <li key={entry.caseId}>
          {t('letterNumber', { number: String(entry.letterNumber) })}:{' '}
          <Link to={`/ban-lam-viec/phan-anh/${entry.caseId}`} className="code">
            {entry.caseCode}
          </Link>
        </li>
      ))}
    </ul>
  );
}
