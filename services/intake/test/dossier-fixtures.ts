import { CommuneDirectory } from '@libs/reference-data';
import { vn } from '@libs/testing';

import { Dossier } from '../src/dossiers/domain/dossier';

export const HAC_THANH = CommuneDirectory.load().find('14797')!;
export const DESK_OFFICER = { subject: 'officer-14797', name: 'Đỗ Quốc Việt' };

/**
 * Bà Trần Thị Bình's request for a marital-status confirmation, received at Phường Hạc
 * Thành's desk on Thursday 12/02/2026 at 08:15 and due on 24/02: the
 * dossier the slip and form specs print.
 */
export function maritalStatusDossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    id: 'a1f0c7d2-8a41-4e5b-9c6d-1a2b3c4d5e6f',
    code: 'H56.147.97-260212-0001',
    commune: HAC_THANH,
    procedure: {
      key: 'marital-status-confirmation',
      name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
      nationalCode: '1.004873',
      processingWorkingDays: 3,
      civilStatusOutcome: 'none',
    },
    channel: 'counter',
    applicant: {
      fullName: 'Trần Thị Bình',
      phone: '0912345678',
      addressLine: 'Số 5, phố Lê Lợi, phường Hạc Thành',
    },
    status: 'received',
    receivedAt: vn('2026-02-12T08:15:00'),
    receivedBy: DESK_OFFICER,
    dueAt: vn('2026-02-24T17:00:00'),
    originalDueAt: vn('2026-02-24T17:00:00'),
    fee: { amountVnd: 15000, status: 'unpaid' },
    notes: [],
    lastChangedAt: vn('2026-02-12T08:15:00'),
    ...overrides,
  };
}
