import { refusal, vn } from '@libs/testing';

import { Deadline, deadlineIdFor } from '../../tracking/domain/deadline';
import { closeDeadline, openDeadline } from '../../tracking/domain/deadline-transitions';
import {
  applyReschedule,
  planReschedule,
  rescheduleDeadline,
  RescheduleRequest,
} from './reschedule';

const DOSSIER_ID = '7e6d5c4b-3a29-4817-b6a5-948372615a0b';
const subject = {
  id: deadlineIdFor('dossier', DOSSIER_ID),
  subjectType: 'dossier' as const,
  subjectId: DOSSIER_ID,
  subjectCode: '000.00.38.H56-260309-0002',
  communeCode: '14797',
  provinceCode: '38',
  category: 'marital-status-confirmation',
};
const policy = { dueSoonWorkingHours: 8 };

function tracked(options: { legalWorkingDays: number; receivedAt: Date; dueAt: Date }): Deadline {
  const deadline = openDeadline(undefined, subject, options, policy);
  if (!deadline) {
    throw new Error('expected a deadline');
  }
  return deadline;
}

// Received Monday 9/3/2026, 3 working days: due Thursday 12/3/2026 at 17:00.
const threeDays = (): Deadline =>
  tracked({
    legalWorkingDays: 3,
    receivedAt: vn('2026-03-09T09:00:00'),
    dueAt: vn('2026-03-12T17:00:00'),
  });
// A copy certified the same day: received 09:00, due 17:00.
const sameDay = (): Deadline =>
  tracked({
    legalWorkingDays: 0,
    receivedAt: vn('2026-03-11T09:00:00'),
    dueAt: vn('2026-03-11T17:00:00'),
  });

const request = (overrides: Partial<RescheduleRequest> = {}): RescheduleRequest => ({
  newDueAt: vn('2026-03-17T17:00:00'),
  reason: 'Cần xác minh thêm thông tin hộ tịch tại nơi cư trú trước đây.',
  officerId: 'officer-14797',
  ...overrides,
});

describe('apology and the one new appointment', () => {
  it('should set the new appointment, keep the old one and restart the alarms for it', () => {
    const warned: Deadline = { ...threeDays(), stage: 'due-soon-sent' };

    const rescheduled = rescheduleDeadline(warned, request(), vn('2026-03-11T10:00:00'), policy);

    expect(rescheduled).toMatchObject({
      dueAt: vn('2026-03-17T17:00:00'),
      originalDueAt: vn('2026-03-12T17:00:00'),
      stage: 'tracking',
      dueSoonAt: vn('2026-03-17T08:00:00'),
      nextCheckAt: vn('2026-03-17T08:00:00'),
      reschedule: {
        rescheduledAt: vn('2026-03-11T10:00:00'),
        previousDueAt: vn('2026-03-12T17:00:00'),
        reason: 'Cần xác minh thêm thông tin hộ tịch tại nơi cư trú trước đây.',
        officerId: 'officer-14797',
      },
    });
  });

  it('should accept the reschedule until the end of the working day before the due day', () => {
    expect(() =>
      rescheduleDeadline(threeDays(), request(), vn('2026-03-11T23:59:00'), policy),
    ).not.toThrow();
  });

  it('should refuse it on the due day itself', () => {
    const error = refusal(() =>
      rescheduleDeadline(threeDays(), request(), vn('2026-03-12T08:00:00'), policy),
    );

    expect(error.code).toBe('DEADLINE.RESCHEDULE_TOO_LATE');
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe(
      'Phải hẹn lại chậm nhất trước 01 ngày làm việc so với ngày hẹn trả kết quả.',
    );
  });

  it('should count the working day before the due day across Tết', () => {
    // Due Monday 23/2/2026: Friday 13/2, before the break, is the working day before.
    const afterTet = tracked({
      legalWorkingDays: 2,
      receivedAt: vn('2026-02-12T09:00:00'),
      dueAt: vn('2026-02-23T17:00:00'),
    });
    const later = request({ newDueAt: vn('2026-02-26T17:00:00') });

    expect(() =>
      rescheduleDeadline(afterTet, later, vn('2026-02-13T16:00:00'), policy),
    ).not.toThrow();
    expect(
      refusal(() => rescheduleDeadline(afterTet, later, vn('2026-02-23T09:00:00'), policy)).code,
    ).toBe('DEADLINE.RESCHEDULE_TOO_LATE');
  });

  it('should refuse it on a day off once the working day before the due day has passed', () => {
    // Due Monday 23/2/2026: the working day before is Friday 13/2; Tết and the weekend are late.
    const afterTet = tracked({
      legalWorkingDays: 2,
      receivedAt: vn('2026-02-12T09:00:00'),
      dueAt: vn('2026-02-23T17:00:00'),
    });
    const later = request({ newDueAt: vn('2026-02-26T17:00:00') });

    for (const moment of ['2026-02-14T09:00:00', '2026-02-18T10:00:00', '2026-02-22T20:00:00']) {
      expect(refusal(() => rescheduleDeadline(afterTet, later, vn(moment), policy)).code).toBe(
        'DEADLINE.RESCHEDULE_TOO_LATE',
      );
    }
  });

  it('should let a same-day procedure be rescheduled as soon as the delay is known, before the due time', () => {
    const tomorrow = request({ newDueAt: vn('2026-03-12T10:00:00') });

    expect(() =>
      rescheduleDeadline(sameDay(), tomorrow, vn('2026-03-11T14:00:00'), policy),
    ).not.toThrow();
    const error = refusal(() =>
      rescheduleDeadline(sameDay(), tomorrow, vn('2026-03-11T17:00:00'), policy),
    );
    expect(error.code).toBe('DEADLINE.RESCHEDULE_TOO_LATE');
    expect(error.message).toBe('Đã quá thời điểm hẹn trả kết quả; không thể hẹn lại.');
  });

  it('should refuse a second reschedule', () => {
    const once = rescheduleDeadline(threeDays(), request(), vn('2026-03-10T10:00:00'), policy);

    const error = refusal(() =>
      rescheduleDeadline(
        once,
        request({ newDueAt: vn('2026-03-20T17:00:00') }),
        vn('2026-03-11T10:00:00'),
        policy,
      ),
    );

    expect(error.code).toBe('DEADLINE.ALREADY_RESCHEDULED');
    expect(error.message).toBe(
      'Việc hẹn lại ngày trả kết quả chỉ được thực hiện không quá một lần.',
    );
  });

  it('should refuse a deadline whose result was already returned', () => {
    const closed = closeDeadline(threeDays(), subject, {
      closedAt: vn('2026-03-10T09:00:00'),
      reason: 'result-returned',
      onTime: true,
    });

    expect(
      refusal(() =>
        rescheduleDeadline(closed as Deadline, request(), vn('2026-03-10T10:00:00'), policy),
      ).code,
    ).toBe('DEADLINE.CLOSED');
  });

  it('should refuse a new appointment that is not later, falls on a day off or outside office hours', () => {
    const at = vn('2026-03-10T10:00:00');
    const problem = (newDueAt: Date): unknown =>
      refusal(() => rescheduleDeadline(threeDays(), request({ newDueAt }), at, policy)).fields;

    expect(problem(vn('2026-03-12T10:00:00'))).toEqual([
      {
        field: 'newDueAt',
        messages: ['Ngày hẹn mới phải sau ngày hẹn hiện tại (ngày 12 tháng 3 năm 2026).'],
      },
    ]);
    expect(problem(vn('2026-03-15T10:00:00'))).toEqual([
      {
        field: 'newDueAt',
        messages: ['Ngày hẹn mới (ngày 15 tháng 3 năm 2026) là ngày nghỉ: Chủ nhật.'],
      },
    ]);
    expect(problem(vn('2026-04-27T10:00:00'))).toEqual([
      {
        field: 'newDueAt',
        messages: [
          'Ngày hẹn mới (ngày 27 tháng 4 năm 2026) là ngày nghỉ: Nghỉ bù Giỗ Tổ Hùng Vương.',
        ],
      },
    ]);
    expect(problem(vn('2026-03-16T19:00:00'))).toEqual([
      {
        field: 'newDueAt',
        messages: ['Giờ hẹn mới phải trong giờ làm việc (08:00–17:00, giờ Việt Nam).'],
      },
    ]);
    expect(problem(vn('2028-03-16T10:00:00'))).toEqual([
      {
        field: 'newDueAt',
        messages: ['Ngày hẹn mới không được quá một năm sau ngày hẹn hiện tại.'],
      },
    ]);
  });

  it('should write the reason in NFC with single spaces and refuse a blank one with the date at once', () => {
    const decomposed = '  Chờ   kết quả xác minh '.normalize('NFD');
    const rescheduled = rescheduleDeadline(
      threeDays(),
      request({ reason: decomposed }),
      vn('2026-03-10T10:00:00'),
      policy,
    );
    expect(rescheduled.reschedule?.reason).toBe('Chờ kết quả xác minh'.normalize('NFC'));

    const error = refusal(() =>
      rescheduleDeadline(
        threeDays(),
        request({ reason: ' \t ', newDueAt: vn('2026-03-01T10:00:00') }),
        vn('2026-03-10T10:00:00'),
        policy,
      ),
    );
    expect(error.code).toBe('DEADLINE.RESCHEDULE_INVALID');
    expect(error.fields.map((problem) => problem.field)).toEqual(['reason', 'newDueAt']);
  });

  it('should apply a recorded reschedule once, and not to a deadline closed meanwhile', () => {
    const recorded = planReschedule(threeDays(), request(), vn('2026-03-10T10:00:00'));
    const applied = applyReschedule(threeDays(), recorded, policy);

    expect(applied?.dueAt).toEqual(vn('2026-03-17T17:00:00'));
    expect(applyReschedule(applied as Deadline, recorded, policy)).toBeUndefined();
    const closed = closeDeadline(threeDays(), subject, {
      closedAt: vn('2026-03-10T11:00:00'),
      reason: 'result-returned',
      onTime: true,
    }) as Deadline;
    expect(applyReschedule(closed, recorded, policy)).toBeUndefined();
  });
});
