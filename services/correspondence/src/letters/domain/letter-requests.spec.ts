import {
  DeadlineOverdueV1,
  DeadlineRescheduledV1,
  DeathRegisteredV1,
  FeedbackCaseOpenedV1,
  MarriageRegisteredV1,
} from '@libs/contracts';

import {
  apologyLetterRequest,
  deathLetterRequest,
  DossierFacts,
  marriageLetterRequest,
  overdueApologyLetterRequest,
  thankYouLetterRequest,
} from './letter-requests';

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

/** What every deadline alert about DOSSIER says of its deadline and subject. */
const DOSSIER_DEADLINE = {
  deadlineId: '0b8f5a9e-5e0e-4a39-a3c4-7f2d2c1f6a01',
  subjectType: 'dossier' as const,
  subjectId: DOSSIER.dossierId,
  subjectCode: DOSSIER.dossierCode,
  communeCode: '14797',
  provinceCode: '38',
};

const reschedule = (reason: string): DeadlineRescheduledV1 =>
  Object.assign(new DeadlineRescheduledV1(), {
    ...DOSSIER_DEADLINE,
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
      // Mẫu 04 shows the new appointment with its time (Vietnam time).
      newAppointment: '00 giờ 30 phút, ngày 02 tháng 12 năm 2026',
      caseCode: DOSSIER.dossierCode,
      // A procedure named inside a sentence starts in lower case.
      procedureName: 'chứng thực bản sao từ bản chính',
    });
  });

  it('should address an applicant whose sex and age are recorded by their honorific', () => {
    const request = apologyLetterRequest(reschedule('Chờ kết quả xác minh'), {
      ...DOSSIER,
      applicant: { ...DOSSIER.applicant, sex: 'male', dateOfBirth: '1992-04-01' },
    });
    expect(request.recipient.name).toBe('Anh Hoàng Văn Tùng');
    expect(request.values).toMatchObject({
      applicantName: 'Anh Hoàng Văn Tùng',
      applicantTitle: 'Anh',
    });
  });

  it('should drop the reason’s final full stop, since the template ends the sentence', () => {
    const request = apologyLetterRequest(reschedule('Chờ kết quả xác minh. '), DOSSIER);

    expect(request.values.delayReason).toBe('Chờ kết quả xác minh');
  });
});

describe('overdueApologyLetterRequest', () => {
  it('should apologise for a dossier past its due date, under the same one-per-dossier key', () => {
    const overdue = Object.assign(new DeadlineOverdueV1(), {
      ...DOSSIER_DEADLINE,
      dueAt: '2026-11-25T08:00:00.000Z',
      detectedAt: '2026-11-25T08:01:00.000Z',
    });
    const request = overdueApologyLetterRequest(overdue, {
      ...DOSSIER,
      applicant: { ...DOSSIER.applicant, sex: 'female' },
    });
    expect(request.kind).toBe('overdue-apology');
    expect(request.subjectKey).toBe(`dossier:${DOSSIER.dossierId}`);
    expect(request.values).toMatchObject({
      applicantName: 'Bà Hoàng Văn Tùng',
      originalDueDate: '25 tháng 11 năm 2026',
    });
  });
});

describe('deathLetterRequest', () => {
  const death = (deceased: Partial<DeathRegisteredV1['deceased']>): DeathRegisteredV1 =>
    Object.assign(new DeathRegisteredV1(), {
      registrationId: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d',
      communeCode: '14797',
      provinceCode: '38',
      registeredAt: '2026-11-24T02:00:00.000Z',
      deceased: { fullName: 'Hoàng Văn Minh', dateOfDeath: '2026-11-20', ...deceased },
      family: { fullName: 'Hoàng Thị Thu', sex: 'female', dateOfBirth: '1968-02-01' },
      address: { line: 'Số 3, phố Lê Lai', communeCode: '14797' },
    });

  it('should name the deceased with respect and age, and the family by its honorific', () => {
    const request = deathLetterRequest(death({ sex: 'male', dateOfBirth: '1942-03-15' }));
    expect(request.recipient.name).toBe('Gia đình Bà Hoàng Thị Thu');
    expect(request.values).toMatchObject({
      deceasedTitle: 'Cụ',
      ageClause: ', hưởng thọ 84 tuổi,',
      deathDate: '20 tháng 11 năm 2026',
    });
    expect(request.occasion).toEqual({ eventDate: '2026-11-20', registeredOn: '2026-11-24' });
  });
});

describe('marriageLetterRequest', () => {
  const marriage = (husbandBorn?: string): MarriageRegisteredV1 =>
    Object.assign(new MarriageRegisteredV1(), {
      registrationId: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5e',
      communeCode: '14797',
      provinceCode: '38',
      registeredAt: '2026-11-24T02:00:00.000Z',
      husband: { fullName: 'Lê Văn Tùng', ...(husbandBorn ? { dateOfBirth: husbandBorn } : {}) },
      wife: { fullName: 'Phạm Thị Lan Anh' },
      address: { line: 'Số 5, đường Lê Hoàn', communeCode: '14797' },
    });

  it('should address a couple as "Anh", "Chị", and an older husband as "Ông"', () => {
    expect(marriageLetterRequest(marriage()).values).toMatchObject({
      spouseNames: 'Anh Lê Văn Tùng và Chị Phạm Thị Lan Anh',
      coupleTitle: 'Anh, Chị',
    });
    expect(marriageLetterRequest(marriage('1960-01-01')).values.spouseNames).toBe(
      'Ông Lê Văn Tùng và Chị Phạm Thị Lan Anh',
    );
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
