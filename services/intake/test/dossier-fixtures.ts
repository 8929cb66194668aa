import { CommuneDirectory } from '@libs/reference-data';
import { vn } from '@libs/testing';

import { Actor, Dossier } from '../src/dossiers/domain/dossier';
import {
  PreparedDossier,
  prepareDossier,
  ReceiveContext,
  ReceiveDossierRequest,
} from '../src/dossiers/domain/dossier-rules';
import { DEFAULT_PROCEDURES } from '../src/procedures/data/default-procedures';

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

/** The dossier after the desk asked, at 09:00 on the day of receipt, for what it lacks. */
export function supplementRequested(
  dossier: Dossier,
  request: { reason: string; items: string[]; by?: Actor },
): Dossier {
  return {
    ...dossier,
    status: 'supplement-requested',
    notes: [
      {
        status: 'supplement-requested',
        at: vn('2026-02-12T09:00:00'),
        reason: request.reason,
        items: request.items,
        by: request.by ?? { subject: 'officer-14797' },
      },
    ],
  };
}

/**
 * Bà Trần Thị Bình's dossier for a procedure of the default catalogue, as Phường Hạc Thành's
 * counter prepares it at `context.now`; `request` and `context` add to or override the rest.
 */
export function preparedAtDesk(
  procedureKey: string,
  request: Partial<ReceiveDossierRequest>,
  context: Pick<ReceiveContext, 'now'> & Partial<ReceiveContext>,
): PreparedDossier {
  const directory = CommuneDirectory.load();
  return prepareDossier(
    {
      communeCode: '14797',
      procedureKey,
      channel: 'counter',
      applicant: { fullName: 'Trần Thị Bình' },
      ...request,
    },
    {
      id: 'a1f0c7d2-8a41-4e5b-9c6d-1a2b3c4d5e6f',
      receivedBy: { subject: 'officer-14797' },
      commune: directory.find('14797'),
      procedure: DEFAULT_PROCEDURES.find((candidate) => candidate.key === procedureKey),
      findCommune: (code) => directory.find(code),
      ...context,
    },
  );
}
