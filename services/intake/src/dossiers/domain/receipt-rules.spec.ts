import { refusal, vn } from '@libs/testing';

import { preparedAtDesk } from '../../../test/dossier-fixtures';
import { COMMUNE_INTAKE_SETTINGS, PROVINCE_AGENCY_PREFIXES } from '../data/commune-intake-settings';
import { IntakeSettings, resolveIntakeSettings } from './commune-intake-settings';
import { ReceiveDossierRequest, recordPayment } from './dossier-rules';

const defaults = resolveIntakeSettings(
  { code: '14797', provinceCode: '38' },
  { prefixes: PROVINCE_AGENCY_PREFIXES, communes: COMMUNE_INTAKE_SETTINGS },
);

function receive(
  now: Date,
  extra: Partial<ReceiveDossierRequest> = {},
  settings: IntakeSettings = defaults,
  importedCode?: string,
) {
  return preparedAtDesk('marital-status-confirmation', extra, {
    now,
    settings,
    ...(importedCode ? { importedCode } : {}),
  });
}

const dating: IntakeSettings = { ...defaults, afterHoursCounter: 'next-working-period' };

describe('receipt at the counter (Mẫu 01)', () => {
  it('should record an after-hours counter receipt at the handover unless the commune chooses', () => {
    const handover = vn('2026-12-01T20:59:00');
    const dossier = receive(handover);

    expect(dossier.receivedAt).toEqual(handover);
    expect(dossier.handedOverAt).toBeUndefined();
  });

  it('should record the papers, the sets and where the result goes', () => {
    const dossier = receive(vn('2026-02-12T08:15:00'), {
      documents: [{ name: '  Tờ khai  ', form: 'original', count: 1 }],
      sets: 2,
      resultDelivery: { method: 'post', address: 'Số 5, phố Lê Lợi' },
    });

    expect(dossier.receipt).toEqual({
      documents: [{ name: 'Tờ khai', form: 'original', count: 1 }],
      sets: 2,
      resultDelivery: { method: 'post', address: 'Số 5, phố Lê Lợi' },
    });
    expect(receive(vn('2026-02-12T08:15:00')).receipt).toEqual({
      documents: [],
      sets: 1,
      resultDelivery: { method: 'desk' },
    });
  });

  it('should name each bad entry: an unnamed paper, a count or sets out of range, a post without address', () => {
    const error = refusal(() =>
      receive(vn('2026-02-12T08:15:00'), {
        documents: [{ name: ' ', form: 'copy', count: 0 }],
        sets: 0,
        resultDelivery: { method: 'post', address: ' ' },
      }),
    );

    expect(error.code).toBe('DOSSIER.INVALID');
    expect(error.fields.map((detail) => detail.field)).toEqual([
      'documents[0].name',
      'documents[0].count',
      'sets',
      'resultDelivery.address',
    ]);
  });

  it('should date a counter receipt after hours to the next office session when the commune says so', () => {
    // Tuesday 1 December 2026, 20:59: the desk closed at 17:00.
    const dossier = receive(vn('2026-12-01T20:59:00'), {}, dating);

    expect(dossier.receivedAt).toEqual(vn('2026-12-02T08:00:00'));
    expect(dossier.originalDueAt).toEqual(vn('2026-12-07T17:00:00'));
  });

  it('should take the fee paid at an after-hours handover, though the receipt is dated later', () => {
    const handover = vn('2026-12-01T20:59:00');
    const dossier = {
      ...receive(handover, { feeVnd: 15_000 }, dating),
      code: 'H56.147.97-261202-0001',
    };
    const later = vn('2026-12-01T21:05:00');

    expect(dossier.handedOverAt).toEqual(handover);
    const paid = recordPayment(dossier, {
      amountVnd: 15_000,
      method: 'cash',
      at: later,
      now: later,
    });
    expect(paid.fee).toMatchObject({ status: 'paid', paidAt: later });
    const early = vn('2026-12-01T20:00:00');
    const before = refusal(() =>
      recordPayment(dossier, { amountVnd: 15_000, method: 'cash', at: early, now: later }),
    );
    expect(before.code).toBe('DOSSIER.INVALID');
  });

  it('should refuse a counter receipt after hours, naming the rule, when the commune refuses them', () => {
    const error = refusal(() =>
      receive(vn('2026-12-01T20:59:00'), {}, { ...defaults, afterHoursCounter: 'refuse' }),
    );

    expect(error.code).toBe('DOSSIER.OUTSIDE_OFFICE_HOURS');
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('Ngoài giờ làm việc');
    expect(error.message).toContain('08 giờ 00 phút, ngày 02 tháng 12 năm 2026');
  });

  it('should treat the lunch break as outside office hours', () => {
    expect(
      refusal(() =>
        receive(vn('2026-12-01T12:30:00'), {}, { ...defaults, afterHoursCounter: 'refuse' }),
      ).message,
    ).toContain('13 giờ 00 phút, ngày 01 tháng 12 năm 2026');
  });

  it('should take online submissions and in-hours counter receipts at their own time', () => {
    expect(receive(vn('2026-12-01T20:59:00'), { channel: 'online' }).receivedAt).toEqual(
      vn('2026-12-01T20:59:00'),
    );
    expect(
      receive(vn('2026-12-01T10:30:00'), {}, { ...defaults, afterHoursCounter: 'refuse' })
        .receivedAt,
    ).toEqual(vn('2026-12-01T10:30:00'));
  });

  it('should refuse to import a code of another agency, naming the rule', () => {
    const error = refusal(() =>
      receive(
        vn('2026-12-01T10:00:00'),
        { channel: 'import', receivedAt: vn('2025-10-06T08:30:00') },
        defaults,
        'H15.50.05.13-251006-0975',
      ),
    );

    expect(error.fields).toEqual([
      {
        field: 'dossierCode',
        messages: [
          'Mã hồ sơ thuộc cơ quan H15.50.05.13 của tỉnh, thành phố khác (mã cấp 1 H15); xã, phường này có mã H56.147.97.',
        ],
      },
    ]);
  });

  it('should refuse a receipt in a province whose agency e-ID prefix the system lacks', () => {
    const error = refusal(() =>
      receive(vn('2026-12-01T10:00:00'), {}, { ...defaults, agency: undefined }),
    );

    expect(error.fields[0]?.field).toBe('communeCode');
  });
});
