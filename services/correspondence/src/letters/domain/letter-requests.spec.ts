import { DeadlineRescheduledV1, FeedbackCaseOpenedV1 } from '@libs/contracts';
import { apologyLetterRequest, DossierFacts, thankYouLetterRequest } from './letter-requests';

const DOSSIER: DossierFacts = {
  dossierId: '5f0c6b0e-2a51-4f0f-9a4c-6a1d2b3c4d5e',
  dossierCode: '000.00.38.H56-261120-0007',
  communeCode: '14797',
  provinceCode: '38',
  procedureName: 'Chứng thực bản sao từ bản chính',
  receivedAt: new Date('2026-11-20T01:30:00Z'),
  dueAt: new Date('2026-11-25T08:00:00Z'),
  applicant: { fullName: 'Hoàng Văn Tùng', email: 'tung@example.vn' },
};

const reschedule = (reason: string): DeadlineRescheduledV1 =>
  Object.assign(new DeadlineRescheduledV1(), {
    deadlineId: '0b8f5a9e-5e0e-4a39-a3c4-7f2d2c1f6a01',
    subjectType: 'dossier',
    subjectId: DOSSIER.dossierId,
    subjectCode: DOSSIER.dossierCode,
    communeCode: '14797',
    provinceCode: '38',
    // 17:00 UTC is already the next day in Vietnam.
    dueAt: '2026-12-01T17:30:00.000Z',
    previousDueAt: '2026-11-25T08:00:00.000Z',
    reason,
    rescheduledAt: '2026-11-24T02:00:00.000Z',
  });

describe('apologyLetterRequest', () => {
  it('should give one apology per dossier, to the applicant, with Vietnam dates', () => {
    const request = apologyLetterRequest(reschedule('Chờ kết quả xác minh'), DOSSIER);

    expect(request.subjectKey).toBe(`dossier:${DOSSIER.dossierId}`);
    expect(request.recipient).toEqual({ name: 'Ông/Bà Hoàng Văn Tùng', email: 'tung@example.vn' });
    expect(request.values).toMatchObject({
      receivedDate: '20 tháng 11 năm 2026',
      originalDueDate: '25 tháng 11 năm 2026',
      newDueDate: '02 tháng 12 năm 2026',
      caseCode: DOSSIER.dossierCode,
    });
  });

  it('should drop the reason’s final full stop, since the template ends the sentence', () => {
    const request = apologyLetterRequest(reschedule('Chờ kết quả xác minh. '), DOSSIER);

    expect(request.values.delayReason).toBe('Chờ kết quả xác minh');
  });
});

describe('thankYouLetterRequest', () => {
  const opened = (contact?: FeedbackCaseOpenedV1['contact']): FeedbackCaseOpenedV1 =>
    Object.assign(new FeedbackCaseOpenedV1(), {
      caseId: '9c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      caseCode: 'PA-14797-2026-0001',
      communeCode: '14797',
      provinceCode: '38',
      kind: 'petition',
      channel: 'reception',
      openedAt: '2026-11-26T03:00:00.000Z',
      ...(contact ? { contact } : {}),
    });

  it('should thank a citizen who left a name, saying what they did and where', () => {
    const request = thankYouLetterRequest(opened({ fullName: 'Vũ Thị Mai' }));

    expect(request?.subjectKey).toBe('feedback-case:9c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
    expect(request?.values.contribution).toBe(
      'gửi phản ánh tới chính quyền địa phương tại buổi tiếp công dân',
    );
  });

  it('should write nothing for anonymous feedback', () => {
    expect(thankYouLetterRequest(opened())).toBeUndefined();
  });
});
