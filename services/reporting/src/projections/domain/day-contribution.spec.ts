import {
  DEADLINE_OVERDUE_V1,
  DOSSIER_FEE_PAID_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESULT_RETURNED_V1,
  DOSSIER_STATUS_CHANGED_V1,
  FEEDBACK_CASE_ANSWERED_V1,
  FEEDBACK_CASE_OPENED_V1,
  LETTER_CREATED_V1,
  SURVEY_ANSWERED_V1,
} from '@libs/contracts';

import { contributionOf } from './day-contribution';

describe('contributionOf', () => {
  it('should count a receipt on its receipt date in Vietnam time, not in UTC', () => {
    // 18:30 UTC on 31 December is already 1 January in Vietnam.
    expect(
      contributionOf(DOSSIER_RECEIVED_V1.type, {
        communeCode: '14797',
        receivedAt: '2021-12-31T18:30:00Z',
        channel: 'online',
      }),
    ).toEqual({
      communeCode: '14797',
      day: '2022-01-01',
      increments: { received: 1, 'channel:online': 1 },
    });
  });

  it('should count a return on its return date with its lateness and whole hours', () => {
    expect(
      contributionOf(DOSSIER_RESULT_RETURNED_V1.type, {
        communeCode: '14797',
        receivedAt: '2022-03-01T01:00:00Z',
        dueAt: '2022-03-02T10:00:00Z',
        returnedAt: '2022-03-03T02:30:00Z',
        onTime: false,
      }),
    ).toEqual({
      communeCode: '14797',
      day: '2022-03-03',
      increments: { returned: 1, returnedLate: 1, processingMinutes: 2970, 'hours:50': 1 },
    });
  });

  it('should count a letter on the day of its occasion, and on its creation before occasions were carried', () => {
    const letter = {
      communeCode: '14797',
      kind: 'birth-congratulation',
      createdAt: '2026-11-30T03:00:00Z',
    };
    expect(
      contributionOf(LETTER_CREATED_V1.type, { ...letter, occasionAt: '2022-05-04T03:00:00Z' })
        ?.day,
    ).toBe('2022-05-04');
    expect(contributionOf(LETTER_CREATED_V1.type, letter)).toEqual({
      communeCode: '14797',
      day: '2026-11-30',
      increments: { 'letter:birth-congratulation': 1 },
    });
  });

  it('should count survey answers by rating and cashless payments apart from cash', () => {
    expect(
      contributionOf(SURVEY_ANSWERED_V1.type, {
        communeCode: '14797',
        answeredAt: '2022-06-01T03:00:00Z',
        overallRating: 4,
      })?.increments,
    ).toEqual({ surveyAnswers: 1, 'rating:4': 1 });
    expect(
      contributionOf(DOSSIER_FEE_PAID_V1.type, {
        communeCode: '14797',
        paidAt: '2022-06-01T03:00:00Z',
        method: 'cashless',
      })?.increments,
    ).toEqual({ feePayments: 1, feePaymentsCashless: 1 });
  });

  it('should count citizen feedback, its timeliness and its escalation, and survey cases apart', () => {
    const base = { communeCode: '14797', kind: 'petition' };
    expect(
      contributionOf(FEEDBACK_CASE_OPENED_V1.type, {
        ...base,
        openedAt: '2022-06-01T03:00:00Z',
        contact: { fullName: 'Lê Văn An' },
      })?.increments,
    ).toEqual({ feedbackReceived: 1, feedbackWithContact: 1 });
    expect(
      contributionOf(FEEDBACK_CASE_OPENED_V1.type, {
        ...base,
        kind: 'dissatisfaction',
        openedAt: '2022-06-01T03:00:00Z',
      })?.increments,
    ).toEqual({ feedbackFromSurveys: 1 });
    expect(
      contributionOf(FEEDBACK_CASE_ANSWERED_V1.type, {
        ...base,
        answeredAt: '2022-06-09T03:00:00Z',
        dueAt: '2022-06-08T10:00:00Z',
      })?.increments,
    ).toEqual({ feedbackAnswered: 1, feedbackAnsweredLate: 1 });
    expect(
      contributionOf(FEEDBACK_CASE_ANSWERED_V1.type, {
        ...base,
        answeredAt: '2022-06-09T03:00:00Z',
      })?.increments,
    ).toEqual({ feedbackAnswered: 1 });
    expect(
      contributionOf(DEADLINE_OVERDUE_V1.type, {
        communeCode: '14797',
        subjectType: 'feedback-case',
        dueAt: '2022-06-08T10:00:00Z',
      })?.increments,
    ).toEqual({ feedbackEscalated: 1 });
  });

  it('should not count a type the projections do not use', () => {
    expect(contributionOf(DOSSIER_STATUS_CHANGED_V1.type, { communeCode: '14797' })).toBeNull();
  });
});
