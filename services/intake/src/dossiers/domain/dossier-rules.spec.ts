import { refusal, vn } from '@libs/testing';

import { preparedAtDesk } from '../../../test/dossier-fixtures';
import { PROVINCE_CIVIL_STATUS_FEES } from '../../procedures/data/province-civil-status-fees';
import { ProvinceCivilStatusFees } from '../../procedures/domain/fees';
import { Dossier } from './dossier';
import {
  applyReschedule,
  changeStatus,
  ReceiveContext,
  ReceiveDossierRequest,
  recordPayment,
  requestVerification,
  StatusChange,
} from './dossier-rules';

const officer = { subject: 'officer-14797', name: 'Đỗ Quốc Việt' };

const thanhHoaFees = PROVINCE_CIVIL_STATUS_FEES.find((entry) => entry.provinceCode === '38');

function receive(
  procedureKey: string,
  receivedAt: Date,
  extra: Partial<ReceiveDossierRequest> = {},
  civilStatusFees: ProvinceCivilStatusFees | null = thanhHoaFees ?? null,
): Dossier {
  const prepared = preparedAtDesk(procedureKey, extra, {
    now: receivedAt,
    receivedBy: officer,
    ...(civilStatusFees ? { civilStatusFees } : {}),
  });
  return { ...prepared, code: 'H38.147.97-260312-380001' };
}

const birth = {
  child: { fullName: 'Trần Minh Khôi', dateOfBirth: '2026-03-01', sex: 'male' as const },
  mother: { fullName: 'Trần Thị Bình' },
  address: { line: 'Số 12 phố Trần Phú' },
};

const marriageDetails = {
  husband: { fullName: 'Phạm Văn Dũng' },
  wife: { fullName: 'Hoàng Thị Lan' },
  address: { line: 'Thôn Đông' },
};
const deathDetails = {
  deceased: { fullName: 'Hoàng Văn Minh', dateOfDeath: '2026-03-10' },
  family: { fullName: 'Hoàng Thị Thu' },
  address: { line: 'Thôn Đông' },
};
/** The civil-status details a procedure takes, none for the others. */
const detailsFor = (key: string): Partial<ReceiveDossierRequest> =>
  (
    ({
      'birth-registration': { birth },
      'marriage-registration': { marriage: marriageDetails },
      'death-registration': { death: deathDetails },
    }) as Record<string, Partial<ReceiveDossierRequest>>
  )[key] ?? {};

const move = (
  dossier: Dossier,
  to: StatusChange['to'],
  at: Date,
  extra: Partial<StatusChange> = {},
) =>
  changeStatus(dossier, {
    to,
    at,
    now: at,
    by: officer,
    registrationId: 'c0ffee00-0000-4000-8000-000000000001',
    ...extra,
  });

describe('receiving a dossier: the appointment', () => {
  // Luật Hộ tịch 2014 art. 16(2), 18(2), 34(2): decided at once; art. 5(3): after 15:00, the
  // next working day.
  it.each(['birth-registration', 'marriage-registration', 'death-registration'])(
    'should decide %s the same day when received before 15:00, by 17:00',
    (key) => {
      const dossier = receive(key, vn('2026-03-12T14:59:00'), detailsFor(key));

      expect(dossier.dueAt).toEqual(vn('2026-03-12T17:00:00'));
      expect(dossier.originalDueAt).toEqual(dossier.dueAt);
      expect(dossier.procedure.processingWorkingDays).toBe(0);
    },
  );

  it('should decide a birth received at 15:30 on the next working day', () => {
    // Thursday 12 March 2026, 15:30: decided on Friday 13 March.
    const dossier = receive('birth-registration', vn('2026-03-12T15:30:00'), { birth });

    expect(dossier.dueAt).toEqual(vn('2026-03-13T17:00:00'));
  });

  it('should give the interlinked birth group 3 working days from the next day after 15:00', () => {
    // Decree 63/2024/NĐ-CP art. 7(2): Thursday 12/3 at 15:30 counts from Friday 13 → Wednesday 18.
    const dossier = receive('birth-residence-health-insurance', vn('2026-03-12T15:30:00'), {
      birth,
    });

    expect(dossier.dueAt).toEqual(vn('2026-03-18T17:00:00'));
  });

  it('should skip the Tết 2026 days off and give the 3-day marital-status confirmation no cut-off', () => {
    const thursday = receive('marital-status-confirmation', vn('2026-02-12T09:00:00'));
    const fridayAfterThree = receive('marital-status-confirmation', vn('2026-02-13T16:00:00'));

    // Friday 13, then Monday 23 and Tuesday 24.
    expect(thursday.dueAt).toEqual(vn('2026-02-24T17:00:00'));
    // 16:00 on the last day before Tết still counts for Friday 13: 23, 24, 25 February.
    expect(fridayAfterThree.dueAt).toEqual(vn('2026-02-25T17:00:00'));
  });

  it('should give a same-day certification until 17:00, or the next working day after 15:00', () => {
    expect(receive('signature-certification', vn('2026-03-12T10:00:00')).dueAt).toEqual(
      vn('2026-03-12T17:00:00'),
    );
    expect(receive('copy-certification', vn('2026-02-13T15:30:00')).dueAt).toEqual(
      vn('2026-02-23T17:00:00'),
    );
  });

  it('should take the fee from the procedure unless the desk sets the amount due', () => {
    expect(receive('signature-certification', vn('2026-03-12T10:00:00')).fee).toEqual({
      amountVnd: 10000,
      status: 'unpaid',
    });
    expect(receive('copy-certification', vn('2026-03-12T10:00:00'), { feeVnd: 6000 }).fee).toEqual({
      amountVnd: 6000,
      status: 'unpaid',
    });
    expect(receive('birth-registration', vn('2026-03-12T10:00:00'), { birth }).fee.status).toBe(
      'not-required',
    );
  });

  it('should keep the birth details as the register will record them', () => {
    const dossier = receive('birth-registration', vn('2026-03-12T10:00:00'), { birth });

    expect(dossier.civilStatus).toEqual({
      kind: 'birth',
      child: { fullName: 'Trần Minh Khôi', dateOfBirth: '2026-03-01', sex: 'male' },
      mother: { fullName: 'Trần Thị Bình' },
      address: { line: 'Số 12 phố Trần Phú', communeCode: '14797' },
    });
  });
});

describe('receiving a dossier: refusals', () => {
  /** The desk's refusal of a request received at 10:00 on 12 March 2026. */
  const refused = (
    request: Partial<ReceiveDossierRequest> & { procedureKey: string },
    context: Partial<ReceiveContext> = {},
  ) =>
    refusal(() =>
      preparedAtDesk(request.procedureKey, request, {
        now: vn('2026-03-12T10:00:00'),
        receivedBy: officer,
        ...context,
      }),
    );

  it('should name every problem at once: commune, procedure, applicant', () => {
    const error = refused(
      {
        communeCode: '99999',
        procedureKey: 'unknown',
        applicant: { fullName: '  ' },
      },
      { commune: undefined, procedure: undefined },
    );

    expect(error.code).toBe('DOSSIER.INVALID');
    expect(error.fields.map((problem) => problem.field)).toEqual([
      'communeCode',
      'procedureKey',
      'applicant.fullName',
    ]);
  });

  it('should require the birth details of a birth registration and refuse foreign ones', () => {
    const error = refused({
      procedureKey: 'birth-registration',
      death: {
        deceased: { fullName: 'A', dateOfDeath: '2026-03-01' },
        family: { fullName: 'B' },
        address: { line: 'C' },
      },
    });

    expect(error.fields.map((problem) => problem.field)).toEqual(['death', 'birth']);
  });

  it('should report birth problems under birth.*', () => {
    const error = refused({
      procedureKey: 'birth-registration',
      channel: 'online',
      birth: { ...birth, child: { ...birth.child, dateOfBirth: '2026-03-13' } },
    });

    expect(error.fields).toEqual([
      { field: 'birth.child.dateOfBirth', messages: ['Ngày sinh không được ở tương lai.'] },
    ]);
  });

  it('should refuse a death recorded after the dossier was received', () => {
    const error = refused({
      procedureKey: 'death-registration',
      applicant: { fullName: 'Lê Thị Hoa' },
      death: {
        deceased: { fullName: 'Lê Văn Bình', dateOfDeath: '2026-03-20' },
        family: { fullName: 'Lê Thị Hoa', relationship: 'con gái' },
        address: { line: 'Thôn Đông' },
      },
    });

    expect(error.fields.map((problem) => problem.field)).toEqual(['death.deceased.dateOfDeath']);
  });

  it('should refuse an import dated in the future or before 2015, and online signature certification', () => {
    const future = refused({
      procedureKey: 'signature-certification',
      channel: 'online',
      receivedAt: vn('2026-03-13T10:00:00'),
    });
    const ancient = refused({
      procedureKey: 'signature-certification',
      channel: 'import',
      receivedAt: vn('2009-03-13T10:00:00'),
    });

    expect(future.fields.map((problem) => problem.field)).toEqual(['channel', 'receivedAt']);
    expect(ancient.fields.map((problem) => problem.field)).toEqual(['receivedAt']);
  });
});

describe('a dossier along its statuses', () => {
  // The interlinked birth group: 3 working days (Decree 63/2024/NĐ-CP art. 7(2)), a birth outcome.
  const received = receive('birth-residence-health-insurance', vn('2026-03-12T09:00:00'), {
    birth,
  });

  it('should return the result on time and record the civil-status registration when processed', () => {
    const started = move(received, 'in-progress', vn('2026-03-12T10:00:00')).dossier;
    const processed = move(started, 'processed', vn('2026-03-16T10:00:00')).dossier;
    const returned = move(processed, 'result-returned', vn('2026-03-17T16:59:00')).dossier;

    expect(processed.processedAt).toEqual(vn('2026-03-16T10:00:00'));
    expect(processed.civilStatusRegistrationId).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(returned).toMatchObject({ status: 'result-returned', onTime: true });
  });

  it('should count a result returned after 17:00 on the due day as late', () => {
    const processed = move(received, 'processed', vn('2026-03-17T16:00:00')).dossier;

    expect(move(processed, 'result-returned', vn('2026-03-17T17:01:00')).dossier.onTime).toBe(
      false,
    );
  });

  it('should count a result returned by the apology’s new appointment but after the promised one as late', () => {
    const processed = move(received, 'processed', vn('2026-03-18T10:00:00')).dossier;
    const rescheduled: Dossier = {
      ...processed,
      dueAt: vn('2026-03-19T17:00:00'),
      reschedule: {
        previousDueAt: processed.dueAt,
        dueAt: vn('2026-03-19T17:00:00'),
        reason: 'Chờ xác minh',
        at: vn('2026-03-16T09:00:00'),
      },
    };

    expect(move(rescheduled, 'result-returned', vn('2026-03-19T10:00:00')).dossier.onTime).toBe(
      false,
    );
  });

  it('should refuse an illegal move with 409 and a stable code', () => {
    const error = refusal(() => move(received, 'result-returned', vn('2026-03-12T10:00:00')));

    expect(error.kind).toBe('conflict');
    expect(error.code).toBe('DOSSIER.TRANSITION_NOT_ALLOWED');
    expect(error.message).toContain('Được tiếp nhận');
  });

  it('should require a reason and the documents for a supplement request', () => {
    const error = refusal(() => move(received, 'supplement-requested', vn('2026-03-12T10:00:00')));

    expect(error.fields.map((problem) => problem.field)).toEqual(['reason', 'items']);
  });

  it('should count the time anew from the supplement, cut-off rule included', () => {
    const asked = move(received, 'supplement-requested', vn('2026-03-12T10:00:00'), {
      reason: 'Thiếu giấy chứng sinh',
      items: ['Giấy chứng sinh (bản chính)'],
    }).dossier;
    const { dossier: resumed, dueMoved } = move(asked, 'in-progress', vn('2026-03-19T15:10:00'));

    expect(asked.notes).toHaveLength(1);
    expect(dueMoved).toBe(true);
    // Thursday 19 March after 15:00: from Friday 20, three working days → Wednesday 25.
    expect(resumed.dueAt).toEqual(vn('2026-03-25T17:00:00'));
    expect(resumed.originalDueAt).toEqual(received.dueAt);
  });

  it('should not return a result while its fee is unpaid, and accept the exact amount once', () => {
    const certification = receive('signature-certification', vn('2026-03-12T09:00:00'));
    const processed = move(certification, 'processed', vn('2026-03-12T09:20:00')).dossier;

    expect(refusal(() => move(processed, 'result-returned', vn('2026-03-12T09:25:00'))).code).toBe(
      'DOSSIER.FEE_UNPAID',
    );
    const wrongAmount = refusal(() =>
      recordPayment(processed, {
        amountVnd: 5000,
        method: 'cash',
        at: vn('2026-03-12T09:21:00'),
        now: vn('2026-03-12T09:21:00'),
      }),
    );
    expect(wrongAmount.fields.map((problem) => problem.field)).toEqual(['amountVnd']);
    const paid = recordPayment(processed, {
      amountVnd: 10000,
      method: 'cashless',
      at: vn('2026-03-12T09:21:00'),
      now: vn('2026-03-12T09:21:00'),
    });
    expect(paid.fee).toMatchObject({ status: 'paid', method: 'cashless' });
    expect(
      refusal(() =>
        recordPayment(paid, {
          amountVnd: 10000,
          method: 'cash',
          at: vn('2026-03-12T09:22:00'),
          now: vn('2026-03-12T09:22:00'),
        }),
      ).code,
    ).toBe('DOSSIER.FEE_ALREADY_PAID');
    expect(move(paid, 'result-returned', vn('2026-03-12T09:25:00')).dossier.onTime).toBe(true);
  });

  it('should refuse a change dated before the previous one', () => {
    const started = move(received, 'in-progress', vn('2026-03-12T10:00:00')).dossier;

    expect(
      refusal(() => move(started, 'processed', vn('2026-03-12T09:30:00'))).fields.map(
        (problem) => problem.field,
      ),
    ).toEqual(['at']);
  });

  it('should take the one new appointment, and leave a closed dossier alone', () => {
    const rescheduled = applyReschedule(received, {
      dueAt: vn('2026-03-20T17:00:00'),
      reason: 'Chờ xác minh',
      at: vn('2026-03-16T09:00:00'),
    });
    const withdrawn = move(received, 'withdrawn', vn('2026-03-12T11:00:00'), {
      reason: 'Công dân xin rút hồ sơ',
    }).dossier;

    expect(rescheduled?.dueAt).toEqual(vn('2026-03-20T17:00:00'));
    expect(rescheduled?.reschedule?.previousDueAt).toEqual(received.dueAt);
    expect(applyReschedule(withdrawn, { dueAt: new Date(), reason: 'x', at: new Date() })).toBe(
      undefined,
    );
  });
});

describe('fees at receipt', () => {
  const lateBirth = { ...birth, child: { ...birth.child, dateOfBirth: '2025-12-01' } };
  const death = (dateOfDeath: string) => ({
    deceased: { fullName: 'Hoàng Văn Minh', dateOfDeath },
    family: { fullName: 'Hoàng Thị Thu' },
    address: { line: 'Thôn Đông' },
  });

  it('should keep a birth registered within 60 days and a death within 15 days free', () => {
    // Luật Hộ tịch 2014 art. 11(1)(b), 15(1), 33(1).
    expect(receive('birth-registration', vn('2026-04-30T10:00:00'), { birth }).fee).toEqual({
      amountVnd: 0,
      status: 'not-required',
    });
    expect(
      receive('death-registration', vn('2026-03-25T10:00:00'), { death: death('2026-03-10') }).fee,
    ).toEqual({ amountVnd: 0, status: 'not-required' });
  });

  it('should charge a late birth or death the province fee table amount', () => {
    // Born 1/12/2025, registered 12/3/2026: 101 days; died 10/3, registered 26/3: 16 days.
    expect(
      receive('birth-registration', vn('2026-03-12T10:00:00'), { birth: lateBirth }).fee,
    ).toEqual({ amountVnd: 8000, status: 'unpaid' });
    expect(
      receive('death-registration', vn('2026-03-26T10:00:00'), { death: death('2026-03-10') }).fee,
    ).toEqual({ amountVnd: 8000, status: 'unpaid' });
  });

  it('should ask for the amount of a late registration where the province has no fee table', () => {
    const error = refusal(() =>
      receive('birth-registration', vn('2026-03-12T10:00:00'), { birth: lateBirth }, null),
    );
    const stated = receive(
      'birth-registration',
      vn('2026-03-12T10:00:00'),
      { birth: lateBirth, feeVnd: 5000 },
      null,
    );

    expect(error.code).toBe('DOSSIER.INVALID');
    expect(error.fields).toEqual([
      { field: 'feeVnd', messages: [expect.stringContaining('Hội đồng nhân dân tỉnh')] },
    ]);
    expect(stated.fee).toEqual({ amountVnd: 5000, status: 'unpaid' });
  });

  it('should refuse a fee on a registration made on time', () => {
    const error = refusal(() =>
      receive('birth-registration', vn('2026-03-12T10:00:00'), { birth, feeVnd: 8000 }),
    );

    expect(error.fields[0]?.messages[0]).toContain('Điều 11');
  });

  it('should compute the copy-certification fee from pages and copies', () => {
    // Circular 226/2016/TT-BTC: 2,000 đ a page, 1,000 đ from the third, at most 200,000 đ a copy.
    const dossier = receive('copy-certification', vn('2026-03-12T10:00:00'), {
      copyRequests: [
        { pages: 1, copies: 3 },
        { pages: 5, copies: 2 },
      ],
    });

    expect(dossier.fee).toEqual({ amountVnd: 3 * 2000 + 2 * 7000, status: 'unpaid' });
  });

  it('should refuse a stated amount that differs from the computed one, and pages for a flat fee', () => {
    const mismatch = refusal(() =>
      receive('copy-certification', vn('2026-03-12T10:00:00'), {
        copyRequests: [{ pages: 3, copies: 1 }],
        feeVnd: 6000,
      }),
    );
    const flat = refusal(() =>
      receive('signature-certification', vn('2026-03-12T10:00:00'), {
        copyRequests: [{ pages: 3, copies: 1 }],
      }),
    );

    expect(mismatch.fields).toEqual([
      { field: 'feeVnd', messages: [expect.stringContaining('5.000 đồng')] },
    ]);
    expect(flat.fields.map((problem) => problem.field)).toEqual(['copyRequests']);
  });
});

describe('"cần xác minh": the legal time when verification is needed', () => {
  const marriage = () =>
    receive('marriage-registration', vn('2026-03-12T09:00:00'), { marriage: marriageDetails });
  const verify = (
    dossier: Dossier,
    at: Date,
    reason: string | undefined = 'Cần xác minh tình trạng hôn nhân của bên nữ.',
  ) =>
    requestVerification(dossier, { at, by: officer, ...(reason !== undefined ? { reason } : {}) });

  it('should move a same-day marriage to the 5-working-day maximum with its reason (Luật Hộ tịch art. 18(2))', () => {
    const received = marriage();
    const verified = verify(received, vn('2026-03-12T10:00:00'));

    expect(received.dueAt).toEqual(vn('2026-03-12T17:00:00'));
    // Thursday 12/3 plus five working days: 13, 16, 17, 18, 19 March.
    expect(verified.dueAt).toEqual(vn('2026-03-19T17:00:00'));
    expect(verified.originalDueAt).toEqual(received.dueAt);
    expect(verified.verification).toEqual({
      reason: 'Cần xác minh tình trạng hôn nhân của bên nữ.',
      requestedAt: vn('2026-03-12T10:00:00'),
      by: officer,
      previousDueAt: vn('2026-03-12T17:00:00'),
      dueAt: vn('2026-03-19T17:00:00'),
      maxWorkingDays: 5,
      legalBasis: 'Luật Hộ tịch 2014, Điều 18 khoản 2',
    });
  });

  it('should judge a verified dossier on time by the legal maximum', () => {
    const verified = verify(marriage(), vn('2026-03-12T10:00:00'));
    const processed = move(verified, 'processed', vn('2026-03-18T10:00:00')).dossier;

    expect(move(processed, 'result-returned', vn('2026-03-19T16:00:00')).dossier.onTime).toBe(true);
  });

  it('should extend a 3-day recognition of a parent by 5 more working days (art. 25(2))', () => {
    const received = receive('parent-child-recognition', vn('2026-03-12T09:00:00'));

    expect(received.dueAt).toEqual(vn('2026-03-17T17:00:00'));
    expect(verify(received, vn('2026-03-13T09:00:00')).dueAt).toEqual(vn('2026-03-24T17:00:00'));
  });

  it('should keep the verification time when a supplement restarts the clock', () => {
    const verified = verify(marriage(), vn('2026-03-12T10:00:00'));
    const asked = move(verified, 'supplement-requested', vn('2026-03-12T11:00:00'), {
      reason: 'Thiếu giấy xác nhận tình trạng hôn nhân',
      items: ['Giấy xác nhận tình trạng hôn nhân'],
    }).dossier;
    const resumed = move(asked, 'in-progress', vn('2026-03-16T09:00:00')).dossier;

    // From Monday 16/3, five working days: Monday 23/3.
    expect(resumed.dueAt).toEqual(vn('2026-03-23T17:00:00'));
  });

  it.each([undefined, '   '])(
    'should refuse a verification without a reason (%p) with 400',
    (reason) => {
      const error = refusal(() => verify(marriage(), vn('2026-03-12T10:00:00'), reason ?? ''));

      expect(error).toMatchObject({
        code: 'DOSSIER.VERIFICATION_REASON_REQUIRED',
        kind: 'invalid',
      });
      expect(error.fields).toEqual([
        { field: 'reason', messages: ['Cần ghi rõ lý do cần xác minh.'] },
      ]);
    },
  );

  it('should allow it once only', () => {
    const verified = verify(marriage(), vn('2026-03-12T10:00:00'));
    const error = refusal(() => verify(verified, vn('2026-03-13T10:00:00')));

    expect(error).toMatchObject({ code: 'DOSSIER.VERIFICATION_ALREADY_APPLIED', kind: 'conflict' });
    expect(error.message).toContain('chỉ được áp dụng một lần');
  });

  it.each(['birth-registration', 'death-registration', 'copy-certification'])(
    'should refuse it for %s, whose law gives no verification time',
    (key) => {
      const dossier = receive(key, vn('2026-03-12T09:00:00'), detailsFor(key));
      const error = refusal(() => verify(dossier, vn('2026-03-12T10:00:00')));

      expect(error).toMatchObject({ code: 'DOSSIER.VERIFICATION_NOT_ALLOWED', kind: 'conflict' });
      expect(error.message).toContain(dossier.procedure.name);
    },
  );

  it('should refuse it once the appointment has passed, after a reschedule, outside deciding, or when closed', () => {
    const received = marriage();
    const rescheduled = applyReschedule(received, {
      dueAt: vn('2026-03-13T17:00:00'),
      reason: 'Chậm trả',
      at: vn('2026-03-12T09:30:00'),
    })!;
    const asked = move(received, 'supplement-requested', vn('2026-03-12T09:30:00'), {
      reason: 'Thiếu giấy tờ',
      items: ['Giấy xác nhận tình trạng hôn nhân'],
    }).dossier;
    const withdrawn = move(received, 'withdrawn', vn('2026-03-12T09:30:00'), {
      reason: 'Công dân xin rút hồ sơ',
    }).dossier;

    expect(refusal(() => verify(received, vn('2026-03-12T17:30:00'))).code).toBe(
      'DOSSIER.VERIFICATION_TOO_LATE',
    );
    expect(refusal(() => verify(rescheduled, vn('2026-03-12T10:00:00'))).code).toBe(
      'DOSSIER.VERIFICATION_AFTER_RESCHEDULE',
    );
    expect(refusal(() => verify(asked, vn('2026-03-12T10:00:00'))).code).toBe(
      'DOSSIER.VERIFICATION_NOT_IN_STATUS',
    );
    expect(refusal(() => verify(withdrawn, vn('2026-03-12T10:00:00'))).code).toBe('DOSSIER.CLOSED');
  });
});
