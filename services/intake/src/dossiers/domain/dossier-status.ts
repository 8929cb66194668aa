import { DossierStatus } from '@libs/contracts';

/** National status codes (DVC systems, 1–10) and their Vietnamese names. */
export const DOSSIER_STATUS_NAMES: Readonly<
  Record<DossierStatus, { nationalCode: number; name: string }>
> = {
  received: { nationalCode: 2, name: 'Được tiếp nhận' },
  rejected: { nationalCode: 3, name: 'Không được tiếp nhận' },
  'in-progress': { nationalCode: 4, name: 'Đang xử lý' },
  'supplement-requested': { nationalCode: 5, name: 'Yêu cầu bổ sung' },
  'financial-obligation': { nationalCode: 6, name: 'Yêu cầu thực hiện nghĩa vụ tài chính' },
  withdrawn: { nationalCode: 7, name: 'Công dân yêu cầu rút' },
  stopped: { nationalCode: 8, name: 'Dừng xử lý' },
  processed: { nationalCode: 9, name: 'Đã xử lý xong' },
  'result-returned': { nationalCode: 10, name: 'Đã trả kết quả' },
};

/**
 * The only moves a dossier may make. Notes on the less obvious ones:
 * - received → processed: a same-day certification is done at the desk while the citizen waits.
 * - received / supplement-requested → rejected: the dossier is refused (Mẫu 03), e.g. it is not
 *   within the commune's competence or the citizen did not complete it.
 * - supplement-requested → in-progress: the supplement arrived; the time counts anew from it.
 * - withdrawn (Circular 03/2025 art. 7): only while no result exists yet.
 * - processed → result-returned is the only way out of processed: a signed result is returned.
 */
export const DOSSIER_TRANSITIONS: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
  received: [
    'in-progress',
    'supplement-requested',
    'financial-obligation',
    'processed',
    'rejected',
    'withdrawn',
  ],
  'in-progress': [
    'supplement-requested',
    'financial-obligation',
    'processed',
    'stopped',
    'withdrawn',
  ],
  'supplement-requested': ['in-progress', 'rejected', 'stopped', 'withdrawn'],
  'financial-obligation': ['in-progress', 'processed', 'stopped', 'withdrawn'],
  processed: ['result-returned'],
  'result-returned': [],
  rejected: [],
  withdrawn: [],
  stopped: [],
};

export function canTransition(from: DossierStatus, to: DossierStatus): boolean {
  return DOSSIER_TRANSITIONS[from].includes(to);
}

/** Statuses no change leaves: the dossier is closed. */
export function isClosed(status: DossierStatus): boolean {
  return DOSSIER_TRANSITIONS[status].length === 0;
}

/** Changes the citizen must be told the reason for, in writing. */
export const REASON_REQUIRED: ReadonlySet<DossierStatus> = new Set<DossierStatus>([
  'rejected',
  'supplement-requested',
  'financial-obligation',
  'stopped',
  'withdrawn',
]);
