import { vn } from '@libs/testing';

import { Deadline, deadlineIdFor } from './deadline';
import {
  applyStatus,
  closeDeadline,
  isHistoricalOpening,
  openDeadline,
  SubjectFacts,
} from './deadline-transitions';

const DOSSIER_ID = '5b1f0a52-9c3e-4d7a-8f21-6e4b3c2d1a90';
const subject: SubjectFacts = {
  id: deadlineIdFor('dossier', DOSSIER_ID),
  subjectType: 'dossier',
  subjectId: DOSSIER_ID,
  subjectCode: '000.00.38.H56-260309-0001',
  communeCode: '14797',
  provinceCode: '38',
  category: 'marital-status-confirmation',
};
const policy = { dueSoonWorkingHours: 8 };
// Received Monday 9/3/2026 09:00, 3 working days: due Thursday 12/3 at 17:00.
const opening = {
  receivedAt: vn('2026-03-09T09:00:00'),
  legalWorkingDays: 3,
  dueAt: vn('2026-03-12T17:00:00'),
  officerId: 'officer-14797',
};
const returned = {
  closedAt: vn('2026-03-11T10:00:00'),
  reason: 'result-returned' as const,
  onTime: true,
  receivedAt: opening.receivedAt,
  dueAt: opening.dueAt,
};

const opened = (): Deadline => {
  const deadline = openDeadline(undefined, subject, opening, policy);
  if (!deadline) {
    throw new Error('expected a new deadline');
  }
  return deadline;
};

describe('deadline ids', () => {
  it('should derive the same version-5 UUID for a subject on every replica, and differ by type', () => {
    const id = deadlineIdFor('dossier', DOSSIER_ID);

    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deadlineIdFor('dossier', DOSSIER_ID.toUpperCase())).toBe(id);
    expect(deadlineIdFor('feedback-case', DOSSIER_ID)).not.toBe(id);
  });
});

describe('opening, status and closing a deadline', () => {
  it('should start the clock with the due-soon check one working day before the appointment', () => {
    expect(opened()).toEqual({
      ...subject,
      officerId: 'officer-14797',
      opened: true,
      state: 'open',
      stage: 'tracking',
      receivedAt: opening.receivedAt,
      legalWorkingDays: 3,
      originalDueAt: opening.dueAt,
      dueAt: opening.dueAt,
      dueSoonAt: vn('2026-03-12T08:00:00'),
      nextCheckAt: vn('2026-03-12T08:00:00'),
    });
  });

  it('should raise no alarm for a record of the past, however its status moves until it closes', () => {
    const importedLate = openDeadline(undefined, subject, { ...opening, historical: true }, policy);

    expect(importedLate).toMatchObject({ state: 'open', stage: 'overdue-sent' });
    expect(importedLate).not.toHaveProperty('nextCheckAt');
    const moving = applyStatus(
      importedLate,
      subject,
      { status: 'in-progress', changedAt: vn('2026-03-10T09:00:00') },
      policy,
    );
    expect(moving).toMatchObject({ stage: 'overdue-sent', status: 'in-progress' });
    expect(moving).not.toHaveProperty('nextCheckAt');
    expect(isHistoricalOpening(opening.dueAt, vn('2026-03-12T17:00:01'))).toBe(true);
    expect(isHistoricalOpening(opening.dueAt, vn('2026-03-12T16:59:59'))).toBe(false);
  });

  it('should change nothing when the opening event comes again', () => {
    expect(openDeadline(opened(), subject, opening, policy)).toBeUndefined();
  });

  it('should close with the return and stop the timer, and ignore a second close', () => {
    const closed = closeDeadline(opened(), subject, returned);

    expect(closed).toMatchObject({ state: 'closed', closedAt: returned.closedAt, onTime: true });
    expect(closed).not.toHaveProperty('nextCheckAt');
    expect(closeDeadline(closed, subject, returned)).toBeUndefined();
  });

  it('should keep a close that arrives before the opening, and complete it without reopening', () => {
    const early = closeDeadline(undefined, subject, returned);
    expect(early).toMatchObject({ opened: false, state: 'closed', dueAt: opening.dueAt });

    const completed = openDeadline(early, subject, opening, policy);

    expect(completed).toMatchObject({
      opened: true,
      state: 'closed',
      receivedAt: opening.receivedAt,
      officerId: 'officer-14797',
      onTime: true,
    });
    expect(completed).not.toHaveProperty('nextCheckAt');
  });

  it('should pause the alarms while a supplement is awaited and restart them on the new appointment', () => {
    const waiting = applyStatus(
      opened(),
      subject,
      { status: 'supplement-requested', changedAt: vn('2026-03-10T09:00:00') },
      policy,
    );
    expect(waiting).toMatchObject({ status: 'supplement-requested', state: 'open' });
    expect(waiting).not.toHaveProperty('nextCheckAt');

    const resumed = applyStatus(
      waiting,
      subject,
      {
        status: 'in-progress',
        changedAt: vn('2026-03-16T09:00:00'),
        dueAt: vn('2026-03-19T17:00:00'),
      },
      policy,
    );
    expect(resumed).toMatchObject({
      status: 'in-progress',
      dueAt: vn('2026-03-19T17:00:00'),
      originalDueAt: vn('2026-03-19T17:00:00'),
      stage: 'tracking',
      nextCheckAt: vn('2026-03-19T08:00:00'),
    });
  });

  it('should follow a "cần xác minh" appointment: same status, later due time, judged by it', () => {
    // intake publishes the verification as dossier.status-changed.v1 with from = to and dueAt.
    const started = applyStatus(
      opened(),
      subject,
      { status: 'in-progress', changedAt: vn('2026-03-09T10:00:00') },
      policy,
    );
    const verified = applyStatus(
      started,
      subject,
      {
        status: 'in-progress',
        changedAt: vn('2026-03-10T09:00:00'),
        dueAt: vn('2026-03-16T17:00:00'),
      },
      policy,
    );

    expect(verified).toMatchObject({
      status: 'in-progress',
      state: 'open',
      dueAt: vn('2026-03-16T17:00:00'),
      originalDueAt: vn('2026-03-16T17:00:00'),
      nextCheckAt: vn('2026-03-16T08:00:00'),
    });
    expect(verified?.reschedule).toBeUndefined();
  });

  it('should stop the alarms once the result is ready for collection', () => {
    const ready = applyStatus(
      opened(),
      subject,
      { status: 'processed', changedAt: vn('2026-03-11T15:00:00') },
      policy,
    );

    expect(ready).toMatchObject({ state: 'open', status: 'processed' });
    expect(ready).not.toHaveProperty('nextCheckAt');
  });

  it('should close a withdrawn dossier without a result', () => {
    const withdrawn = applyStatus(
      opened(),
      subject,
      { status: 'withdrawn', changedAt: vn('2026-03-10T10:00:00') },
      policy,
    );

    expect(withdrawn).toMatchObject({ state: 'closed', closeReason: 'withdrawn' });
    expect(withdrawn).not.toHaveProperty('nextCheckAt');
  });

  it('should treat a repeated status change with a new appointment as done when the deadline could not take it', () => {
    // A pending record (the opening not in yet) and a closed one keep their appointment, so
    // the repeat must not look new, or the updater rewrites it until it gives up.
    const resumed = {
      status: 'in-progress' as const,
      changedAt: vn('2026-03-16T09:00:00'),
      dueAt: vn('2026-03-19T17:00:00'),
    };
    const closed = closeDeadline(opened(), subject, returned);
    for (const current of [undefined, closed]) {
      const once = applyStatus(current, subject, resumed, policy);
      expect(once).toMatchObject({ status: 'in-progress' });
      expect(applyStatus(once, subject, resumed, policy)).toBeUndefined();
    }
  });

  it('should ignore an older or repeated status change', () => {
    const later = applyStatus(
      opened(),
      subject,
      { status: 'in-progress', changedAt: vn('2026-03-10T10:00:00') },
      policy,
    );

    expect(
      applyStatus(
        later,
        subject,
        { status: 'received', changedAt: vn('2026-03-09T09:00:00') },
        policy,
      ),
    ).toBeUndefined();
    expect(
      applyStatus(
        later,
        subject,
        { status: 'in-progress', changedAt: vn('2026-03-10T10:00:00') },
        policy,
      ),
    ).toBeUndefined();
  });
});
