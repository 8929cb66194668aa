import { refusal } from '@libs/testing';

import { applyProcedureAction } from './case-routing';
import { FeedbackCase } from './feedback-case';
import {
  acceptLetter,
  calendarDaysPeriodEnd,
  extendResolution,
  letterHandlingDueAt,
  routeLetter,
  StatutoryRoute,
} from './letter-procedures';

// Monday 2 March 2026, 09:00 in Vietnam.
const RECEIVED = new Date('2026-03-02T02:00:00Z');
const BY = 'Lê Văn Minh';

const aCase = (overrides: Partial<FeedbackCase> = {}): FeedbackCase => ({
  id: '2f0e8c51-7d3b-4a8e-9a31-3c2a5b6d7e80',
  code: 'PA-14797-2026-0001',
  communeCode: '14797',
  provinceCode: '38',
  kind: 'petition',
  channel: 'suggestion-box',
  category: 'land-construction',
  content: 'Tôi khiếu nại quyết định xử phạt vi phạm hành chính số 12/QĐ-XPHC.',
  status: 'received',
  responseWorkingDays: 10,
  openedAt: RECEIVED,
  origin: { type: 'box-opening' },
  revision: 1,
  ...overrides,
});

const denunciation = (): StatutoryRoute =>
  routeLetter(
    { procedure: 'denunciation', reason: 'Tố cáo cán bộ địa chính nhận tiền.' },
    { receivedAt: RECEIVED, now: RECEIVED, by: BY },
  );

describe('handling a letter (xử lý đơn), Circular 05/2021/TT-TTCP', () => {
  it('should give 10 working days to handle a letter, separate from the answer', () => {
    // Mon 2/3 + 10 working days = Mon 16/3 (no holiday in between).
    expect(letterHandlingDueAt(RECEIVED).toISOString()).toBe('2026-03-16T16:59:59.999Z');
  });

  it('should skip Tết when counting the handling days', () => {
    // Received Fri 13/2/2026; 16–20/2 are Tết days off: 10 working days end on Fri 6/3.
    const due = letterHandlingDueAt(new Date('2026-02-13T02:00:00Z'));
    expect(due.toISOString()).toBe('2026-03-06T16:59:59.999Z');
  });
});

describe('complaints (Luật Khiếu nại 2011)', () => {
  it('should give 10 days from receipt to accept (Art. 27), moved off a day off (BLDS Art. 148)', () => {
    const route = routeLetter(
      { procedure: 'complaint', reason: 'Khiếu nại quyết định hành chính.' },
      { receivedAt: RECEIVED, now: RECEIVED, by: BY },
    );
    // 2/3 + 10 days = Thu 12/3.
    expect(route.acceptanceDueAt.toISOString()).toBe('2026-03-12T16:59:59.999Z');
    // 4/3 + 10 days = Sat 14/3, so the period ends on Mon 16/3.
    expect(calendarDaysPeriodEnd(new Date('2026-03-04T02:00:00Z'), 10).toISOString()).toBe(
      '2026-03-16T16:59:59.999Z',
    );
  });

  it('should resolve in 30 days from acceptance, 45 when complex (Art. 28)', () => {
    const route = routeLetter(
      { procedure: 'complaint', reason: 'Khiếu nại.' },
      { receivedAt: RECEIVED, now: RECEIVED, by: BY },
    );
    const acceptedOn = new Date('2026-03-05T02:00:00Z'); // Thu 5/3
    const normal = acceptLetter(route, 'normal', { now: acceptedOn, caseCode: 'X' });
    const complex = acceptLetter(route, 'complex', { now: acceptedOn, caseCode: 'X' });
    expect(normal.resolutionDueAt?.toISOString()).toBe('2026-04-06T16:59:59.999Z'); // Sat 4/4 → Mon 6/4
    expect(complex.resolutionDueAt?.toISOString()).toBe('2026-04-20T16:59:59.999Z'); // Sun 19/4 → Mon 20/4
  });

  it('should give 45 and 60 days in a remote area (Art. 28)', () => {
    const route = routeLetter(
      { procedure: 'complaint', reason: 'Khiếu nại.', remoteArea: true },
      { receivedAt: RECEIVED, now: RECEIVED, by: BY },
    );
    const acceptedOn = new Date('2026-03-05T02:00:00Z');
    expect(
      acceptLetter(route, 'normal', { now: acceptedOn, caseCode: 'X' }).resolutionDueAt,
    ).toEqual(new Date('2026-04-20T16:59:59.999Z'));
    expect(
      acceptLetter(route, 'complex', { now: acceptedOn, caseCode: 'X' }).resolutionDueAt,
    ).toEqual(calendarDaysPeriodEnd(acceptedOn, 60));
  });

  it('should refuse any extension of a complaint and the denunciation-only complexity', () => {
    const route = routeLetter(
      { procedure: 'complaint', reason: 'Khiếu nại.' },
      { receivedAt: RECEIVED, now: RECEIVED, by: BY },
    );
    expect(
      refusal(() => acceptLetter(route, 'especially-complex', { now: RECEIVED, caseCode: 'X' }))
        .code,
    ).toBe('FEEDBACK.INVALID');
    const accepted = acceptLetter(route, 'complex', { now: RECEIVED, caseCode: 'X' });
    const error = refusal(() =>
      extendResolution(
        accepted,
        { days: 10, reason: 'Cần xác minh thêm.' },
        {
          now: RECEIVED,
          caseCode: 'X',
        },
      ),
    );
    expect(error.code).toBe('FEEDBACK_CASE.EXTENSION_NOT_ALLOWED');
    expect(error.message).toContain('Điều 28');
  });
});

describe('denunciations (Luật Tố cáo 2018)', () => {
  it('should give 7 working days to enter, classify and first-handle it (Art. 24)', () => {
    // Mon 2/3 + 7 working days = Wed 11/3.
    expect(denunciation().acceptanceDueAt.toISOString()).toBe('2026-03-11T16:59:59.999Z');
  });

  it('should resolve in 30 days from acceptance and allow one 30-day extension when complex (Art. 30)', () => {
    const accepted = acceptLetter(denunciation(), 'complex', {
      now: new Date('2026-03-05T02:00:00Z'),
      caseCode: 'X',
    });
    expect(accepted.resolutionDueAt?.toISOString()).toBe('2026-04-06T16:59:59.999Z');
    const extended = extendResolution(
      accepted,
      { days: 30, reason: 'Phải xác minh tại hai địa điểm.' },
      { now: new Date('2026-04-01T02:00:00Z'), caseCode: 'X' },
    );
    expect(extended.resolutionDueAt?.toISOString()).toBe('2026-05-06T16:59:59.999Z');
    const second = refusal(() =>
      extendResolution(
        extended,
        { days: 10, reason: 'Lần hai.' },
        { now: RECEIVED, caseCode: 'X' },
      ),
    );
    expect(second.code).toBe('FEEDBACK_CASE.EXTENSION_NOT_ALLOWED');
    expect(second.message).toBe('Vụ việc phức tạp chỉ được gia hạn 1 lần (Luật Tố cáo, Điều 30).');
  });

  it('should allow two extensions for an especially complex case, none for a normal one, each ≤ 30 days', () => {
    const normal = acceptLetter(denunciation(), 'normal', { now: RECEIVED, caseCode: 'X' });
    expect(
      refusal(() =>
        extendResolution(normal, { days: 5, reason: 'x' }, { now: RECEIVED, caseCode: 'X' }),
      ).code,
    ).toBe('FEEDBACK_CASE.EXTENSION_NOT_ALLOWED');
    const hard = acceptLetter(denunciation(), 'especially-complex', {
      now: RECEIVED,
      caseCode: 'X',
    });
    const tooLong = refusal(() =>
      extendResolution(hard, { days: 31, reason: 'x' }, { now: RECEIVED, caseCode: 'X' }),
    );
    expect(tooLong.fields[0]?.field).toBe('days');
    const once = extendResolution(
      hard,
      { days: 30, reason: 'Lần một.' },
      { now: RECEIVED, caseCode: 'X' },
    );
    const twice = extendResolution(
      once,
      { days: 30, reason: 'Lần hai.' },
      { now: RECEIVED, caseCode: 'X' },
    );
    expect(twice.extensions).toHaveLength(2);
    expect(
      refusal(() =>
        extendResolution(twice, { days: 1, reason: 'Lần ba.' }, { now: RECEIVED, caseCode: 'X' }),
      ).code,
    ).toBe('FEEDBACK_CASE.EXTENSION_NOT_ALLOWED');
  });

  it('should refuse an extension before acceptance and one without a written reason', () => {
    expect(
      refusal(() =>
        extendResolution(
          denunciation(),
          { days: 5, reason: 'x' },
          { now: RECEIVED, caseCode: 'X' },
        ),
      ).code,
    ).toBe('FEEDBACK_CASE.NOT_ACCEPTED');
    const hard = acceptLetter(denunciation(), 'complex', { now: RECEIVED, caseCode: 'X' });
    expect(
      refusal(() =>
        extendResolution(hard, { days: 5, reason: '  ' }, { now: RECEIVED, caseCode: 'X' }),
      ).fields[0]?.field,
    ).toBe('reason');
  });
});

describe('routing a case out of the petition flow', () => {
  it('should move a received or assigned letter to "routed" with its statutory times', () => {
    const routed = applyProcedureAction(
      aCase(),
      { type: 'route', procedure: 'complaint', reason: 'Khiếu nại quyết định hành chính.' },
      { now: RECEIVED, by: BY },
    );
    expect(routed.status).toBe('routed');
    expect(routed.statutoryRoute?.procedure).toBe('complaint');
    expect(routed.revision).toBe(2);
    const fromAssigned = applyProcedureAction(
      aCase({ status: 'assigned' }),
      { type: 'route', procedure: 'denunciation', reason: 'Tố cáo.' },
      { now: RECEIVED, by: BY },
    );
    expect(fromAssigned.status).toBe('routed');
  });

  it('should refuse to route an answered or settled letter, or to route it twice', () => {
    for (const status of [
      'in-progress',
      'answered',
      'closed',
      'duplicate',
      'not-competent',
    ] as const) {
      const error = refusal(() =>
        applyProcedureAction(
          aCase({ status }),
          { type: 'route', procedure: 'complaint', reason: 'x' },
          { now: RECEIVED, by: BY },
        ),
      );
      expect(error.code).toBe('FEEDBACK_CASE.TRANSITION_NOT_ALLOWED');
    }
    const routed = applyProcedureAction(
      aCase(),
      { type: 'route', procedure: 'complaint', reason: 'x' },
      { now: RECEIVED, by: BY },
    );
    expect(
      refusal(() =>
        applyProcedureAction(
          routed,
          { type: 'route', procedure: 'denunciation', reason: 'y' },
          {
            now: RECEIVED,
            by: BY,
          },
        ),
      ).code,
    ).toBe('FEEDBACK_CASE.TRANSITION_NOT_ALLOWED');
  });

  it('should refuse to accept a letter that was never routed, and a blank routing reason', () => {
    expect(
      refusal(() =>
        applyProcedureAction(
          aCase(),
          { type: 'accept', complexity: 'normal' },
          { now: RECEIVED, by: BY },
        ),
      ).code,
    ).toBe('FEEDBACK_CASE.NOT_ROUTED');
    expect(
      refusal(() =>
        applyProcedureAction(
          aCase(),
          { type: 'route', procedure: 'complaint', reason: ' ' },
          {
            now: RECEIVED,
            by: BY,
          },
        ),
      ).fields[0]?.field,
    ).toBe('reason');
  });
});
