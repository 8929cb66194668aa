import { vn } from '@libs/testing';

import { Deadline, deadlineIdFor } from '../../tracking/domain/deadline';
import {
  closeDeadline,
  openDeadline,
  SubjectFacts,
} from '../../tracking/domain/deadline-transitions';
import { breakdown, factsOf, FigureRow, periodOf, summarize } from './on-time-figures';

const policy = { dueSoonWorkingHours: 8 };

function subjectOf(subjectType: 'dossier' | 'feedback-case', id: string): SubjectFacts {
  return {
    id: deadlineIdFor(subjectType, id),
    subjectType,
    subjectId: id,
    subjectCode: 'PA-14797-2026-0001',
    communeCode: '14797',
    provinceCode: '38',
    category: subjectType === 'dossier' ? 'copy-certification' : 'petition',
  };
}

function opened(subject: SubjectFacts, receivedAt: Date, dueAt: Date): Deadline {
  const deadline = openDeadline(
    undefined,
    subject,
    { receivedAt, dueAt, legalWorkingDays: 3, officerId: 'officer-a' },
    policy,
  );
  if (!deadline) {
    throw new Error('expected a deadline');
  }
  return deadline;
}

describe('on-time figures', () => {
  const dossier = subjectOf('dossier', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');

  it('should file by month in Vietnam time', () => {
    expect(periodOf(vn('2026-10-31T23:30:00'))).toBe('2026-10');
    expect(periodOf(new Date('2026-10-31T17:30:00Z'))).toBe('2026-11');
  });

  it('should count an open dossier as received in the month of its receipt, under one fact key', () => {
    const deadline = opened(dossier, vn('2026-11-02T09:00:00'), vn('2026-11-05T17:00:00'));

    expect(factsOf(deadline)).toEqual([
      {
        factKey: `received:${deadline.id}`,
        deadlineId: deadline.id,
        key: {
          period: '2026-11',
          communeCode: '14797',
          provinceCode: '38',
          subjectType: 'dossier',
          category: 'copy-certification',
          officerId: 'officer-a',
        },
        kind: 'received',
        processingWorkingHours: 0,
      },
    ]);
  });

  it('should count a return on time with its processing time in office hours', () => {
    const deadline = closeDeadline(
      opened(dossier, vn('2026-11-02T09:00:00'), vn('2026-11-05T17:00:00')),
      dossier,
      { closedAt: vn('2026-11-04T11:00:00'), reason: 'result-returned', onTime: true },
    ) as Deadline;

    expect(factsOf(deadline)[1]).toMatchObject({
      factKey: `returned:${deadline.id}`,
      key: { period: '2026-11' },
      // Monday 09:00 → Wednesday 11:00: 7 + 8 + 3 office hours.
      kind: 'returned',
      onTime: true,
      processingWorkingHours: 18,
    });
  });

  it('should judge a feedback case against its original appointment, even after a reschedule', () => {
    const petition = subjectOf('feedback-case', '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a');
    const base = opened(petition, vn('2026-11-02T09:00:00'), vn('2026-11-05T17:00:00'));
    const rescheduled: Deadline = { ...base, dueAt: vn('2026-11-10T17:00:00') };
    const answered = closeDeadline(rescheduled, petition, {
      closedAt: vn('2026-11-09T10:00:00'),
      reason: 'answered',
    }) as Deadline;

    expect(factsOf(answered)[1]).toMatchObject({ kind: 'returned', onTime: false });
  });

  it('should count a rescheduled dossier returned after its original appointment as late', () => {
    // Intake judges its return by the apology's new date (8/11) and says on time; the apology
    // does not make the dossier on time: the figures count it against 5/11.
    const base = opened(dossier, vn('2026-11-02T09:00:00'), vn('2026-11-05T17:00:00'));
    const rescheduled: Deadline = {
      ...base,
      dueAt: vn('2026-11-10T17:00:00'),
      reschedule: {
        rescheduledAt: vn('2026-11-03T10:00:00'),
        previousDueAt: vn('2026-11-05T17:00:00'),
        reason: 'Cần xác minh thêm.',
        officerId: 'officer-a',
      },
    };
    const returned = closeDeadline(rescheduled, dossier, {
      closedAt: vn('2026-11-09T10:00:00'),
      reason: 'result-returned',
      onTime: true,
    }) as Deadline;

    expect(factsOf(returned)[1]).toMatchObject({ kind: 'returned', onTime: false });
    const early = closeDeadline(rescheduled, dossier, {
      closedAt: vn('2026-11-05T10:00:00'),
      reason: 'result-returned',
      onTime: true,
    }) as Deadline;
    expect(factsOf(early)[1]).toMatchObject({ kind: 'returned', onTime: true });
  });

  it('should not count a withdrawn dossier as returned', () => {
    const withdrawn = closeDeadline(
      opened(dossier, vn('2026-11-02T09:00:00'), vn('2026-11-05T17:00:00')),
      dossier,
      { closedAt: vn('2026-11-03T09:00:00'), reason: 'withdrawn' },
    ) as Deadline;

    expect(factsOf(withdrawn).map((fact) => fact.factKey)).toEqual([`received:${withdrawn.id}`]);
  });

  it('should sum rows into rates and average working days, and break them down', () => {
    const row = (officerId: string, counts: Partial<FigureRow>): FigureRow => ({
      period: '2026-11',
      communeCode: '14797',
      provinceCode: '38',
      subjectType: 'dossier',
      category: 'copy-certification',
      officerId,
      received: 0,
      returned: 0,
      returnedOnTime: 0,
      late: 0,
      processingWorkingHours: 0,
      ...counts,
    });
    const rows = [
      row('officer-a', { received: 3, returned: 2, returnedOnTime: 2, processingWorkingHours: 20 }),
      row('officer-b', { received: 1, returned: 1, late: 1, processingWorkingHours: 4 }),
    ];

    expect(summarize(rows)).toEqual({
      received: 4,
      returned: 3,
      returnedOnTime: 2,
      late: 1,
      onTimeRate: 0.6667,
      averageProcessingWorkingDays: 1,
    });
    expect(summarize([])).toMatchObject({ onTimeRate: null, averageProcessingWorkingDays: null });
    expect(breakdown(rows, 'officerId').map(({ key, figures }) => [key, figures.late])).toEqual([
      ['officer-a', 0],
      ['officer-b', 1],
    ]);
  });
});
