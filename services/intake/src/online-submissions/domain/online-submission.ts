import { normalizeName } from '../../birth-registration/domain/birth-registration';
import { Actor } from '../../dossiers/domain/dossier';
import { ReceiveDossierRequest } from '../../dossiers/domain/dossier-rules';
import { OnlineSubmissionErrors } from './online-submission.errors';
import { SubmissionStatus } from './submission-status';

export {
  SUBMISSION_STATUSES,
  SUBMISSION_STATUS_NAMES,
  type SubmissionStatus,
} from './submission-status';

export interface SubmissionEvent {
  status: SubmissionStatus;
  at: Date;
  by: Actor;
  reason?: string;
  items?: string[];
}

/**
 * An online submission before the one-stop desk accepts it: national status 1 "Mới đăng ký"
 * (chờ tiếp nhận). The time for the procedure runs from receipt of a valid dossier ("kể từ ngày
 * nhận được hồ sơ hợp lệ", Decree 118/2025/NĐ-CP; Decree 61/2018 art. 19 before it), so no
 * appointment, clock or dossier code exists until an officer accepts it. The officer may instead
 * ask for a supplement (the citizen sends the submission again) or refuse it.
 */
export interface OnlineSubmission {
  id: string;
  communeCode: string;
  provinceCode: string;
  /** What the citizen sent, as a dossier request on the online channel. */
  request: ReceiveDossierRequest & { channel: 'online' };
  status: SubmissionStatus;
  submittedAt: Date;
  lastChangedAt: Date;
  history: SubmissionEvent[];
  /** Set on acceptance: the dossier whose code date and clock start then. */
  dossier?: { id: string; code: string; receivedAt: Date };
  /** Who is accepting it (status accepting): only they may complete the acceptance. */
  acceptingBy?: string;
}

export function newSubmission(
  id: string,
  request: ReceiveDossierRequest & { channel: 'online' },
  provinceCode: string,
  at: Date,
  by: Actor,
): OnlineSubmission {
  return {
    id,
    communeCode: request.communeCode,
    provinceCode,
    request,
    status: 'submitted',
    submittedAt: at,
    lastChangedAt: at,
    history: [{ status: 'submitted', at, by }],
  };
}

/** The officer starts accepting a waiting submission; a second officer is told it is taken. */
export function startAcceptance(
  submission: OnlineSubmission,
  at: Date,
  by: Actor,
): OnlineSubmission {
  if (submission.status === 'accepting' && submission.acceptingBy === by.subject) {
    return submission;
  }
  if (submission.status !== 'submitted') {
    throw OnlineSubmissionErrors.notWaiting(submission.status);
  }
  return {
    ...submission,
    status: 'accepting',
    acceptingBy: by.subject,
    lastChangedAt: at,
  };
}

export function completeAcceptance(
  submission: OnlineSubmission,
  dossier: { id: string; code: string; receivedAt: Date },
  by: Actor,
): OnlineSubmission {
  const { acceptingBy: _taken, ...rest } = submission;
  return {
    ...rest,
    status: 'accepted',
    dossier,
    lastChangedAt: dossier.receivedAt,
    history: [...submission.history, { status: 'accepted', at: dossier.receivedAt, by }],
  };
}

/** The acceptance failed (the dossier was not valid after all): the submission waits again. */
export function abandonAcceptance(submission: OnlineSubmission): OnlineSubmission {
  const { acceptingBy: _taken, ...rest } = submission;
  return { ...rest, status: 'submitted' };
}

/** Mẫu 02 before acceptance: what to add, and why; the citizen sends the submission again. */
export function requestSupplement(
  submission: OnlineSubmission,
  command: { reason?: string; items?: string[]; at: Date; by: Actor },
): OnlineSubmission {
  if (submission.status !== 'submitted') {
    throw OnlineSubmissionErrors.notWaiting(submission.status);
  }
  const reason = normalizeName(command.reason ?? '');
  const items = (command.items ?? []).map(normalizeName).filter(Boolean);
  const problems = [
    ...(reason
      ? []
      : [{ field: 'reason', message: 'Cần ghi rõ lý do để thông báo cho công dân.' }]),
    ...(items.length > 0
      ? []
      : [{ field: 'items', message: 'Cần liệt kê giấy tờ phải bổ sung, hoàn thiện.' }]),
  ];
  if (problems.length > 0) {
    throw OnlineSubmissionErrors.invalid(problems);
  }
  return {
    ...submission,
    status: 'supplement-requested',
    lastChangedAt: command.at,
    history: [
      ...submission.history,
      { status: 'supplement-requested', at: command.at, by: command.by, reason, items },
    ],
  };
}

/** The citizen sends the completed submission; it waits for acceptance again. */
export function resubmit(
  submission: OnlineSubmission,
  request: ReceiveDossierRequest & { channel: 'online' },
  at: Date,
  by: Actor,
): OnlineSubmission {
  if (submission.status !== 'supplement-requested') {
    throw OnlineSubmissionErrors.notAwaitingSupplement(submission.status);
  }
  if (
    request.communeCode !== submission.communeCode ||
    request.procedureKey !== submission.request.procedureKey
  ) {
    throw OnlineSubmissionErrors.invalid([
      {
        field: 'procedureKey',
        message: 'Hồ sơ bổ sung phải cùng xã, phường và cùng thủ tục với hồ sơ đã nộp.',
      },
    ]);
  }
  return {
    ...submission,
    request,
    status: 'submitted',
    lastChangedAt: at,
    history: [...submission.history, { status: 'submitted', at, by }],
  };
}

/** Mẫu 03 before acceptance: the submission is refused, with the reason the citizen is told. */
export function refuse(
  submission: OnlineSubmission,
  command: { reason?: string; at: Date; by: Actor },
): OnlineSubmission {
  if (submission.status !== 'submitted' && submission.status !== 'supplement-requested') {
    throw OnlineSubmissionErrors.notWaiting(submission.status);
  }
  const reason = normalizeName(command.reason ?? '');
  if (!reason) {
    throw OnlineSubmissionErrors.invalid([
      { field: 'reason', message: 'Từ chối tiếp nhận phải ghi rõ lý do.' },
    ]);
  }
  return {
    ...submission,
    status: 'refused',
    lastChangedAt: command.at,
    history: [...submission.history, { status: 'refused', at: command.at, by: command.by, reason }],
  };
}
