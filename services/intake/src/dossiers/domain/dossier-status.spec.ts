import { DOSSIER_STATUSES, DossierStatus } from '@libs/contracts';

import {
  canTransition,
  DOSSIER_STATUS_NAMES,
  DOSSIER_TRANSITIONS,
  isClosed,
} from './dossier-status';

describe('dossier status transitions', () => {
  it('should name every national status in Vietnamese with its national code', () => {
    expect(
      DOSSIER_STATUSES.map((status) => [status, DOSSIER_STATUS_NAMES[status].nationalCode]),
    ).toEqual([
      ['received', 2],
      ['rejected', 3],
      ['in-progress', 4],
      ['supplement-requested', 5],
      ['financial-obligation', 6],
      ['withdrawn', 7],
      ['stopped', 8],
      ['processed', 9],
      ['result-returned', 10],
    ]);
    expect(DOSSIER_STATUS_NAMES['result-returned'].name).toBe('Đã trả kết quả');
  });

  it('should allow the ordinary path from receipt to the returned result', () => {
    const path: DossierStatus[] = ['received', 'in-progress', 'processed', 'result-returned'];

    path.slice(1).forEach((to, index) => expect(canTransition(path[index], to)).toBe(true));
  });

  it('should allow a supplement round trip and a payment step', () => {
    expect(canTransition('in-progress', 'supplement-requested')).toBe(true);
    expect(canTransition('supplement-requested', 'in-progress')).toBe(true);
    expect(canTransition('in-progress', 'financial-obligation')).toBe(true);
    expect(canTransition('financial-obligation', 'processed')).toBe(true);
  });

  it('should refuse to skip processing, to reopen a closed dossier or to withdraw a finished one', () => {
    expect(canTransition('in-progress', 'result-returned')).toBe(false);
    expect(canTransition('received', 'result-returned')).toBe(false);
    expect(canTransition('processed', 'withdrawn')).toBe(false);
    expect(canTransition('processed', 'in-progress')).toBe(false);
    expect(canTransition('result-returned', 'in-progress')).toBe(false);
    expect(canTransition('rejected', 'received')).toBe(false);
    expect(canTransition('in-progress', 'rejected')).toBe(false);
  });

  it('should close exactly the four final statuses and never move back to received', () => {
    expect(DOSSIER_STATUSES.filter(isClosed)).toEqual([
      'rejected',
      'withdrawn',
      'stopped',
      'result-returned',
    ]);
    for (const status of DOSSIER_STATUSES) {
      expect(DOSSIER_TRANSITIONS[status]).not.toContain('received');
      expect(DOSSIER_TRANSITIONS[status]).not.toContain(status);
    }
  });
});
