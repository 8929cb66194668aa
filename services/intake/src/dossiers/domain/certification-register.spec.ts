import { CommuneDirectory } from '@libs/reference-data';
import { vn } from '@libs/testing';

import {
  certificationEntry,
  certificationNumbersNeeded,
  certificationNumberText,
  certificationSeries,
} from './certification-register';
import { Dossier } from './dossier';
import { receiptSlip } from './dossier-slips';

const commune = CommuneDirectory.load().find('14797')!;

const copy: Dossier = {
  id: 'c1',
  code: 'H56.147.97-260212-0003',
  commune,
  procedure: {
    key: 'copy-certification',
    name: 'Chứng thực bản sao từ bản chính',
    processingWorkingDays: 0,
    cutoff: '15:00',
    civilStatusOutcome: 'none',
    certificationRegister: 'SCT/BS',
  },
  channel: 'counter',
  applicant: { fullName: 'Lê Văn Cường' },
  receipt: {
    documents: [],
    sets: 1,
    resultDelivery: { method: 'desk' },
    register: { book: '01/2026', number: 7 },
    copyRequests: [
      { pages: 2, copies: 3 },
      { pages: 1, copies: 1 },
    ],
  },
  status: 'processed',
  receivedAt: vn('2026-02-12T08:15:00'),
  receivedBy: { subject: 'officer-14797' },
  dueAt: vn('2026-02-12T17:00:00'),
  originalDueAt: vn('2026-02-12T17:00:00'),
  fee: { amountVnd: 0, status: 'not-required' },
  notes: [],
  lastChangedAt: vn('2026-02-12T08:30:00'),
};

describe('sổ chứng thực (Decree 23/2015 art. 13; Circular 01/2020/TT-BTP art. 4)', () => {
  it('should give one number per original copied, the copies of one original sharing it', () => {
    expect(certificationNumbersNeeded(copy)).toBe(2);
    const { copyRequests: _none, ...receipt } = copy.receipt!;
    expect(certificationNumbersNeeded({ ...copy, receipt })).toBe(1);
  });

  it('should keep one book per kind, commune and year, numbered from 1', () => {
    // The counter's scope is (series, commune, year): a new year starts again from 1.
    expect(certificationSeries('SCT/BS')).not.toBe(certificationSeries('SCT/HĐ,GD'));
    expect(certificationEntry('SCT/BS', vn('2026-12-31T23:30:00'), [1]).book).toBe(
      '01/2026-SCT/BS',
    );
    expect(certificationEntry('SCT/BS', vn('2027-01-01T08:00:00'), [1]).book).toBe(
      '01/2027-SCT/BS',
    );
  });

  it('should write the number and book as they are printed on the certified document', () => {
    const at = vn('2026-02-12T08:30:00');
    expect(certificationNumberText(certificationEntry('SCT/CK,ĐC', at, [125]))).toBe(
      'Số chứng thực: 125; Quyển số: 01/2026-SCT/CK,ĐC',
    );
    expect(certificationNumberText(certificationEntry('SCT/BS', at, [12, 13]))).toBe(
      'Số chứng thực: 12–13; Quyển số: 01/2026-SCT/BS',
    );
  });

  it('should print the certification number on the receipt once the certification is done', () => {
    const done = {
      ...copy,
      certification: certificationEntry('SCT/BS', copy.lastChangedAt, [12, 13]),
    };
    expect(receiptSlip(done).closingParagraphs).toContain(
      'Số chứng thực: 12–13; Quyển số: 01/2026-SCT/BS.',
    );
    expect(receiptSlip(copy).closingParagraphs?.join(' ')).not.toContain('Số chứng thực');
  });
});
