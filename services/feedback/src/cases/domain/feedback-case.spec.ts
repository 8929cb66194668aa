import { refusal } from '@libs/testing';

import {
  answerNotificationFor,
  applyAction,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  CaseAction,
  CaseStatus,
  checkedText,
  FeedbackCase,
  formatCaseCode,
  normalizeContact,
  settlementOutcome,
} from './feedback-case';

const NOW = new Date('2026-03-04T03:00:00Z');

const aCase = (overrides: Partial<FeedbackCase> = {}): FeedbackCase => ({
  id: '2f0e8c51-7d3b-4a8e-9a31-3c2a5b6d7e80',
  code: 'PA-14797-2026-0001',
  communeCode: '14797',
  provinceCode: '38',
  kind: 'petition',
  channel: 'online',
  category: 'infrastructure',
  content: 'Đèn chiếu sáng ngõ 5 phố Lê Lai bị hỏng đã hai tuần.',
  contact: { fullName: 'Nguyễn Thị Lan', email: 'lan@example.vn', phone: '0912345678' },
  status: 'received',
  responseWorkingDays: 10,
  openedAt: new Date('2026-03-02T02:00:00Z'),
  origin: { type: 'online' },
  revision: 1,
  ...overrides,
});

// 'routed' is reached by applyProcedureAction (case-routing.spec.ts), not by applyAction.
const ACTION_FOR: Record<Exclude<CaseStatus, 'received' | 'routed'>, CaseAction> = {
  assigned: { type: 'assign', assignee: { type: 'unit', name: 'Bộ phận Địa chính' } },
  'in-progress': { type: 'start' },
  answered: { type: 'answer', text: 'Đã thay bóng đèn.', answeredBy: 'officer-14797' },
  closed: { type: 'close' },
  duplicate: {
    type: 'mark-duplicate',
    of: { caseId: '9a1b2c3d-0000-4000-8000-000000000001', caseCode: 'PA-14797-2026-0000' },
  },
  'not-competent': { type: 'decline', reason: 'Thuộc thẩm quyền của Điện lực.' },
};

describe('feedback case transitions', () => {
  it('should allow exactly the moves of the transition table and refuse every other with a conflict', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES.filter((s) => s !== 'received' && s !== 'routed')) {
        const move = () => applyAction(aCase({ status: from }), ACTION_FOR[to], NOW);
        if (CASE_TRANSITIONS[from].includes(to)) {
          expect(move().status).toBe(to);
        } else {
          const error = refusal(move);
          expect(error.code).toBe('FEEDBACK_CASE.TRANSITION_NOT_ALLOWED');
          expect(error.kind).toBe('conflict');
        }
      }
    }
  });

  it('should name both states in Vietnamese when refusing a move', () => {
    const error = refusal(() => applyAction(aCase({ status: 'answered' }), { type: 'start' }, NOW));

    expect(error.message).toBe(
      'Không thể chuyển phản ánh từ trạng thái "Đã trả lời" sang "Đang xử lý".',
    );
  });

  it('should never leave a settled case: closed, duplicate and not-competent are final', () => {
    expect(CASE_TRANSITIONS.closed).toEqual([]);
    expect(CASE_TRANSITIONS.duplicate).toEqual([]);
    expect(CASE_TRANSITIONS['not-competent']).toEqual([]);
  });

  it('should bump the revision on every change so a stale write can be refused', () => {
    const next = applyAction(aCase({ revision: 4 }), ACTION_FOR.assigned, NOW);

    expect(next.revision).toBe(5);
  });

  it('should keep the category unless the officer corrects it when assigning', () => {
    const kept = applyAction(aCase(), ACTION_FOR.assigned, NOW);
    const corrected = applyAction(
      aCase(),
      {
        type: 'assign',
        assignee: { type: 'officer', name: 'Lê Văn Minh' },
        category: 'environment',
      },
      NOW,
    );

    expect(kept.category).toBe('infrastructure');
    expect(corrected.category).toBe('environment');
    expect(corrected.assignee).toEqual({ type: 'officer', name: 'Lê Văn Minh' });
  });

  it('should publish an answer without the citizen’s name, e-mail or phone, and record the notice owed', () => {
    const answered = applyAction(
      aCase({ status: 'in-progress' }),
      {
        type: 'answer',
        text: 'Kính gửi bà Nguyễn Thị Lan (0912 345 678, lan@example.vn): đèn đã được thay ngày 03/3.',
        publicSummary: 'Đèn chiếu sáng ngõ 5 phố Lê Lai bị hỏng.',
        answeredBy: 'Lê Văn Minh',
      },
      NOW,
    );

    expect(answered.answer?.text).toContain('Nguyễn Thị Lan');
    expect(answered.publicAnswer).toEqual({
      summary: 'Đèn chiếu sáng ngõ 5 phố Lê Lai bị hỏng.',
      answer: 'Kính gửi bà [đã ẩn] ([đã ẩn], [đã ẩn]): đèn đã được thay ngày 03/3.',
      publishedAt: NOW,
    });
    expect(answered.answerNotification).toEqual({
      channel: 'email',
      status: 'notification-pending',
      recordedAt: NOW,
    });
  });

  it('should hold an answer that may still name the citizen until an officer publishes it', () => {
    const held = applyAction(
      aCase({ status: 'in-progress' }),
      { type: 'answer', text: 'Lan đã được hướng dẫn bổ sung giấy tờ.', answeredBy: 'Lê Văn Minh' },
      NOW,
    );

    expect(held.status).toBe('answered');
    expect(held.publicAnswer).toEqual({
      answer: 'Lan đã được hướng dẫn bổ sung giấy tờ.',
      heldForReview: { reasons: ['given-name'], heldAt: NOW },
    });

    const later = new Date(NOW.getTime() + 3_600_000);
    const published = applyAction(
      held,
      {
        type: 'publish-answer',
        text: 'Công dân đã được hướng dẫn bổ sung giấy tờ; liên hệ 0912 345 678.',
        reviewedBy: 'Trần Thị Hoa',
      },
      later,
    );

    expect(published.status).toBe('answered');
    expect(published.revision).toBe(held.revision + 1);
    expect(published.publicAnswer).toEqual({
      answer: 'Công dân đã được hướng dẫn bổ sung giấy tờ; liên hệ [đã ẩn].',
      publishedAt: later,
      reviewedBy: 'Trần Thị Hoa',
    });
    expect(
      refusal(() => applyAction(published, { type: 'publish-answer', reviewedBy: 'x' }, later))
        .code,
    ).toBe('FEEDBACK_CASE.NOT_HELD_FOR_REVIEW');
  });

  it('should refuse a blank answer', () => {
    const error = refusal(() =>
      applyAction(
        aCase({ status: 'assigned' }),
        { type: 'answer', text: ' \n\t ', answeredBy: 'x' },
        NOW,
      ),
    );

    expect(error.code).toBe('FEEDBACK.INVALID');
    expect(error.fields).toEqual([
      { field: 'answer', messages: ['Nội dung không được để trống.'] },
    ]);
  });

  it('should refuse marking a case as a duplicate of itself', () => {
    const current = aCase();
    const error = refusal(() =>
      applyAction(
        current,
        { type: 'mark-duplicate', of: { caseId: current.id, caseCode: current.code } },
        NOW,
      ),
    );

    expect(error.code).toBe('FEEDBACK_CASE.DUPLICATE_OF_ITSELF');
  });

  it('should tell the deadline service how a case was settled, and nothing for other moves', () => {
    expect(settlementOutcome('answered')).toBe('answered');
    expect(settlementOutcome('duplicate')).toBe('duplicate');
    expect(settlementOutcome('not-competent')).toBe('not-competent');
    expect(settlementOutcome('closed')).toBeUndefined();
    expect(settlementOutcome('assigned')).toBeUndefined();
  });
});

describe('feedback case values', () => {
  it('should number cases per commune and year with four digits at least', () => {
    expect(formatCaseCode('14797', 2026, 7)).toBe('PA-14797-2026-0007');
    expect(formatCaseCode('14797', 2026, 12345)).toBe('PA-14797-2026-12345');
  });

  it('should keep the letter as written but tidy: NFC, single spaces, no blank padding', () => {
    const text = checkedText('  Đèn   hỏng\r\n\r\n\r\n\r\nngõ 5  '.normalize('NFD'), 'content');

    expect(text).toBe('Đèn hỏng\n\nngõ 5'.normalize('NFC'));
  });

  it('should refuse an empty or oversized text and name the field', () => {
    expect(refusal(() => checkedText('   ', 'content')).fields).toEqual([
      { field: 'content', messages: ['Nội dung không được để trống.'] },
    ]);
    expect(refusal(() => checkedText('a'.repeat(5001), 'content')).fields).toEqual([
      { field: 'content', messages: ['Nội dung không được dài quá 5000 ký tự.'] },
    ]);
  });

  it('should normalise contact details: NFC name, lower-case e-mail, phone digits only', () => {
    expect(
      normalizeContact({
        fullName: ' Trần  Văn Bình '.normalize('NFD'),
        email: ' Binh@Example.VN ',
        phone: '091 234-5678',
      }),
    ).toEqual({
      fullName: 'Trần Văn Bình'.normalize('NFC'),
      email: 'binh@example.vn',
      phone: '0912345678',
    });
  });

  it('should notify by e-mail, then SMS, then post, and only publish for anonymous letters', () => {
    const channel = (contact?: Parameters<typeof answerNotificationFor>[0]) =>
      answerNotificationFor(contact, NOW);

    expect(channel({ fullName: 'A', email: 'a@b.vn', phone: '0912345678' }).channel).toBe('email');
    expect(channel({ fullName: 'A', phone: '0912345678', addressLine: 'x' }).channel).toBe('sms');
    expect(channel({ fullName: 'A', addressLine: 'Số 3' }).channel).toBe('post');
    expect(channel(undefined)).toEqual({
      channel: 'public-list',
      status: 'published-only',
      recordedAt: NOW,
    });
  });
});
