import { vn } from '@libs/testing';

import { Deadline, deadlineIdFor } from '../../tracking/domain/deadline';
import { openDeadline } from '../../tracking/domain/deadline-transitions';
import { afterAlarm, alarmFor } from './deadline-alarm';

const CASE_ID = '0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f';

function deadline(dueAt: Date, dueSoonWorkingHours = 8): Deadline {
  const opened = openDeadline(
    undefined,
    {
      id: deadlineIdFor('dossier', CASE_ID),
      subjectType: 'dossier',
      subjectId: CASE_ID,
      subjectCode: '000.00.38.H56-260212-0007',
      communeCode: '14797',
      provinceCode: '38',
      category: 'birth-registration',
    },
    { receivedAt: vn('2026-02-12T09:00:00'), legalWorkingDays: 2, dueAt },
    { dueSoonWorkingHours },
  );
  if (!opened) {
    throw new Error('expected a deadline');
  }
  return opened;
}

describe('deadline alarms', () => {
  // Received Thursday 12/2/2026, 2 working days: Friday 13/2, then Monday 23/2 after Tết.
  const due = vn('2026-02-23T17:00:00');

  it('should raise nothing before the due-soon instant', () => {
    expect(alarmFor(deadline(due), vn('2026-02-23T07:59:59'))).toEqual({ kind: 'none' });
  });

  it('should warn eight working hours ahead: Monday 08:00, not during Tết', () => {
    const tracked = deadline(due);

    expect(tracked.dueSoonAt).toEqual(vn('2026-02-23T08:00:00'));
    expect(alarmFor(tracked, vn('2026-02-23T08:00:00'))).toEqual({
      kind: 'due-soon',
      stage: 'due-soon-sent',
      workingHoursLeft: 8,
    });
  });

  it('should count the warning across the Tết break when it reaches back before it', () => {
    const tracked = deadline(due, 12);

    // 8 h on Monday 23/2 and the last 4 h of Friday 13/2, before the break.
    expect(tracked.dueSoonAt).toEqual(vn('2026-02-13T13:00:00'));
    expect(alarmFor(tracked, vn('2026-02-13T12:59:00'))).toEqual({ kind: 'none' });
    expect(alarmFor(tracked, vn('2026-02-18T10:00:00'))).toEqual({
      kind: 'due-soon',
      stage: 'due-soon-sent',
      workingHoursLeft: 8,
    });
  });

  it('should move the next check to the due time after the warning, and raise overdue there', () => {
    const warned = afterAlarm(deadline(due), 'due-soon-sent');

    expect(warned.nextCheckAt).toEqual(due);
    expect(alarmFor(warned, vn('2026-02-23T16:59:59'))).toEqual({ kind: 'none' });
    expect(alarmFor(warned, due)).toEqual({ kind: 'overdue', stage: 'overdue-sent' });
  });

  it('should go straight to overdue when first looked at after the due time', () => {
    expect(alarmFor(deadline(due), vn('2026-02-24T09:00:00'))).toEqual({
      kind: 'overdue',
      stage: 'overdue-sent',
    });
  });

  it('should raise nothing more once overdue, and leave no next check', () => {
    const overdue = afterAlarm(deadline(due), 'overdue-sent');

    expect(overdue).not.toHaveProperty('nextCheckAt');
    expect(alarmFor(overdue, vn('2026-03-30T09:00:00'))).toEqual({ kind: 'none' });
  });

  it('should raise nothing for a closed deadline or one waiting for a supplement', () => {
    const closed: Deadline = { ...deadline(due), state: 'closed' };
    const waiting: Deadline = { ...deadline(due), status: 'supplement-requested' };

    expect(alarmFor(closed, vn('2026-02-24T09:00:00'))).toEqual({ kind: 'none' });
    expect(alarmFor(waiting, vn('2026-02-24T09:00:00'))).toEqual({ kind: 'none' });
  });
});
