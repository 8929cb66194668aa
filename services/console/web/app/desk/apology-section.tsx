import { FormEvent, useCallback, useEffect, useState } from 'react';

import { useApi } from '../api/use-api';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { InputField, TextAreaField } from '../layout/field';
import { refusalMessage } from '../layout/form-problems';
import { vietnamAppointment } from './dossier-actions';
import { letterStatusName, useLetter } from './letter-status';

/** What the section reads of the deadline service's DeadlineResponseDto. */
interface Deadline {
  deadlineId: string;
  state: 'open' | 'closed';
  dueAt: string;
  reschedule?: { rescheduledAt: string; previousDueAt: string; reason: string };
}

type Problems = Partial<Record<'reason' | 'date' | 'time' | 'form', string[]>>;

/**
 * The apology for a dossier that will be late (Mẫu 04): the reason and the one new
 * appointment, recorded with the deadline service at least a working day before the due day;
 * correspondence then drafts the letter, whose status is shown here. `inHand` is false once
 * the dossier is closed: only an apology already made is shown then (the deadline service
 * learns of the closure from an event, a moment later). `onRescheduled` lets the page re-read
 * the dossier, whose appointment intake moves from the same event.
 */
export function ApologySection({
  dossierId,
  inHand,
  onRescheduled,
}: {
  dossierId: string;
  inHand: boolean;
  onRescheduled: () => void;
}) {
  const { t, language } = useI18n();
  const api = useApi();
  // undefined: loading; null: no clock opened for it yet (or the service did not answer).
  const [deadline, setDeadline] = useState<Deadline | null | undefined>();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const rescheduled = deadline?.reschedule !== undefined;
  const { letter, refresh } = useLetter(
    rescheduled ? `dossier:${dossierId}` : undefined,
    'apology',
  );

  const load = useCallback(async () => {
    const result = await api<Deadline>('deadline', `/v1/deadlines/by-subject/${dossierId}`);
    setDeadline(result.ok ? result.body : null);
  }, [api, dossierId]);

  useEffect(() => {
    void load();
  }, [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!deadline || busy) {
      return;
    }
    const found: Problems = {};
    const trimmed = reason.trim();
    if (!trimmed || trimmed.length > 1000) {
      found.reason = [t('errRescheduleReason')];
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      found.date = [t('errRescheduleDate')];
    }
    if (!/^\d{2}:\d{2}$/.test(time)) {
      found.time = [t('errRescheduleTime')];
    }
    const newDueAt = vietnamAppointment(date, time);
    setProblems(found);
    if (Object.keys(found).length > 0 || !newDueAt) {
      return;
    }
    setBusy(true);
    const result = await api<Deadline>(
      'deadline',
      `/v1/deadlines/${deadline.deadlineId}/reschedule`,
      {
        body: { reason: trimmed.normalize('NFC'), newDueAt },
      },
    );
    setBusy(false);
    if (result.ok) {
      setDeadline(result.body);
      onRescheduled();
    } else if (result.status !== 401) {
      const { reason: reasonErrors, newDueAt: dueErrors } = result.fields;
      setProblems({
        ...(reasonErrors ? { reason: reasonErrors } : {}),
        ...(dueErrors ? { date: dueErrors } : {}),
        ...(reasonErrors || dueErrors ? {} : { form: [refusalMessage(result, t('errorGeneric'))] }),
      });
      // Already rescheduled or closed elsewhere: show what the service holds now.
      if (result.status === 409) {
        void load();
      }
    }
  };

  // Nothing to offer on a finished dossier that was never rescheduled.
  const finished = !inHand || deadline?.state === 'closed';
  if (deadline === undefined || (finished && !deadline?.reschedule)) {
    return null;
  }
  return (
    <section aria-labelledby="apology-title">
      <h2 id="apology-title">{t('rescheduleTitle')}</h2>
      {deadline === null ? (
        <p>{t('rescheduleNoDeadline')}</p>
      ) : deadline.reschedule ? (
        <dl className="facts" data-testid="apology">
          <dt>{t('reschedulePreviousDue')}</dt>
          <dd>{formatInstant(deadline.reschedule.previousDueAt, language)}</dd>
          <dt>{t('rescheduleNewDue')}</dt>
          <dd data-testid="apology-new-due">{formatInstant(deadline.dueAt, language)}</dd>
          <dt>{t('rescheduleReason')}</dt>
          <dd>{deadline.reschedule.reason}</dd>
          <dt>{t('rescheduleLetter')}</dt>
          <dd data-testid="apology-letter">
            {letter ? t(letterStatusName(letter.status)) : t('rescheduleLetterPending')}{' '}
            {!letter && (
              <button type="button" className="button secondary" onClick={() => void refresh()}>
                {t('rescheduleLetterCheck')}
              </button>
            )}
          </dd>
        </dl>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <p className="hint">
            {t('rescheduleIntro', { dueAt: formatInstant(deadline.dueAt, language) })}
          </p>
          {problems.form && (
            <p className="alert alert-error" role="alert">
              {problems.form.join(' ')}
            </p>
          )}
          <TextAreaField
            id="apology-reason"
            label={t('rescheduleReason')}
            required
            errors={problems.reason}
            rows={3}
            value={reason}
            onChange={setReason}
          />
          <InputField
            id="apology-date"
            label={t('rescheduleNewDate')}
            required
            errors={problems.date}
            type="date"
            value={date}
            onChange={setDate}
          />
          <InputField
            id="apology-time"
            label={t('rescheduleNewTime')}
            required
            hint={t('rescheduleNewTimeHint')}
            errors={problems.time}
            type="time"
            min="08:00"
            max="17:00"
            value={time}
            onChange={setTime}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('rescheduleSubmitting') : t('rescheduleSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
