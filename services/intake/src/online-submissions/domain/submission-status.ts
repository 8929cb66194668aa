/** Where an online submission stands (kept apart so the errors can name it without a cycle). */
export const SUBMISSION_STATUSES = [
  'submitted',
  'supplement-requested',
  'accepting',
  'accepted',
  'refused',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** National status codes (DVC systems) and names shown for a submission. */
export const SUBMISSION_STATUS_NAMES: Readonly<
  Record<SubmissionStatus, { nationalCode: number; name: string }>
> = {
  submitted: { nationalCode: 1, name: 'Mới đăng ký (chờ tiếp nhận)' },
  'supplement-requested': { nationalCode: 5, name: 'Yêu cầu bổ sung' },
  // The dossier is being created; a retry by the same officer completes it.
  accepting: { nationalCode: 1, name: 'Mới đăng ký (đang tiếp nhận)' },
  accepted: { nationalCode: 2, name: 'Được tiếp nhận' },
  refused: { nationalCode: 3, name: 'Không được tiếp nhận' },
};
