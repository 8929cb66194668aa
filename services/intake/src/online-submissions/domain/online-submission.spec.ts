import { DomainError } from '@libs/errors';
import { vn } from '@libs/testing';

import {
  abandonAcceptance,
  completeAcceptance,
  newSubmission,
  refuse,
  requestSupplement,
  resubmit,
  startAcceptance,
  SUBMISSION_STATUS_NAMES,
} from './online-submission';

const citizen = { subject: 'portal' };
const officer = { subject: 'officer-14797', name: 'Đỗ Quốc Việt' };
const other = { subject: 'officer-14797-2' };
const request = {
  communeCode: '14797',
  procedureKey: 'marital-status-confirmation',
  channel: 'online' as const,
  applicant: { fullName: 'Trần Thị Bình' },
};
const submitted = newSubmission('s1', request, '38', vn('2026-03-12T20:00:00'), citizen);

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
  return undefined;
}

describe('online submissions before acceptance (national status 1)', () => {
  it('should wait as "Mới đăng ký", national status 1, with no dossier yet', () => {
    expect(submitted.status).toBe('submitted');
    expect(SUBMISSION_STATUS_NAMES[submitted.status]).toEqual({
      nationalCode: 1,
      name: 'Mới đăng ký (chờ tiếp nhận)',
    });
    expect(submitted.dossier).toBeUndefined();
  });

  it('should let one officer accept it and record the dossier received at acceptance', () => {
    const claimed = startAcceptance(submitted, vn('2026-03-16T09:00:00'), officer);
    expect(codeOf(() => startAcceptance(claimed, vn('2026-03-16T09:00:01'), other))).toBe(
      'ONLINE_SUBMISSION.NOT_WAITING',
    );
    // the same officer may retry an interrupted acceptance
    expect(startAcceptance(claimed, vn('2026-03-16T09:01:00'), officer)).toBe(claimed);
    const accepted = completeAcceptance(
      claimed,
      { id: 'd1', code: 'H56.147.97-260316-0001', receivedAt: vn('2026-03-16T09:00:00') },
      officer,
    );
    expect(accepted).toMatchObject({
      status: 'accepted',
      dossier: { code: 'H56.147.97-260316-0001', receivedAt: vn('2026-03-16T09:00:00') },
    });
    expect(accepted.acceptingBy).toBeUndefined();
    expect(SUBMISSION_STATUS_NAMES.accepted.nationalCode).toBe(2);
    expect(abandonAcceptance(claimed).status).toBe('submitted');
  });

  it('should ask for a supplement only with a reason and items, then wait again on resubmission', () => {
    const at = vn('2026-03-13T08:00:00');
    expect(
      codeOf(() => requestSupplement(submitted, { reason: ' ', items: ['x'], at, by: officer })),
    ).toBe('ONLINE_SUBMISSION.INVALID');
    expect(
      codeOf(() => requestSupplement(submitted, { reason: 'Ảnh mờ', items: [], at, by: officer })),
    ).toBe('ONLINE_SUBMISSION.INVALID');
    const asked = requestSupplement(submitted, {
      reason: 'Ảnh mờ',
      items: ['Tờ khai (ảnh rõ)'],
      at,
      by: officer,
    });
    expect(SUBMISSION_STATUS_NAMES[asked.status].nationalCode).toBe(5);
    expect(codeOf(() => startAcceptance(asked, at, officer))).toBe('ONLINE_SUBMISSION.NOT_WAITING');
    expect(codeOf(() => resubmit(submitted, request, at, citizen))).toBe(
      'ONLINE_SUBMISSION.NOT_AWAITING_SUPPLEMENT',
    );
    expect(
      codeOf(() =>
        resubmit(asked, { ...request, procedureKey: 'birth-registration' }, at, citizen),
      ),
    ).toBe('ONLINE_SUBMISSION.INVALID');
    const again = resubmit(asked, request, vn('2026-03-14T10:00:00'), citizen);
    expect(again.status).toBe('submitted');
    expect(again.history.map((event) => event.status)).toEqual([
      'submitted',
      'supplement-requested',
      'submitted',
    ]);
  });

  it('should refuse only with a reason, and not once accepted', () => {
    const at = vn('2026-03-13T08:00:00');
    expect(codeOf(() => refuse(submitted, { reason: '', at, by: officer }))).toBe(
      'ONLINE_SUBMISSION.INVALID',
    );
    expect(refuse(submitted, { reason: 'Không thuộc thẩm quyền', at, by: officer }).status).toBe(
      'refused',
    );
    const accepted = completeAcceptance(
      startAcceptance(submitted, at, officer),
      { id: 'd1', code: 'c', receivedAt: at },
      officer,
    );
    expect(codeOf(() => refuse(accepted, { reason: 'Muộn', at, by: officer }))).toBe(
      'ONLINE_SUBMISSION.NOT_WAITING',
    );
  });
});
