import { DomainError } from '@libs/errors';

import { SUBMISSION_STATUS_NAMES, SubmissionStatus } from './submission-status';

export const OnlineSubmissionErrors = {
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'ONLINE_SUBMISSION.INVALID',
      'invalid',
      'Yêu cầu đối với hồ sơ trực tuyến chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
  notFound: (id: string): DomainError =>
    new DomainError(
      'ONLINE_SUBMISSION.NOT_FOUND',
      'not-found',
      `Không tìm thấy hồ sơ trực tuyến ${id}.`,
    ),
  notWaiting: (status: SubmissionStatus): DomainError =>
    new DomainError(
      'ONLINE_SUBMISSION.NOT_WAITING',
      'conflict',
      `Chỉ hồ sơ "Mới đăng ký, chờ tiếp nhận" mới được tiếp nhận, yêu cầu bổ sung hoặc từ chối; hồ sơ này đang ở trạng thái "${SUBMISSION_STATUS_NAMES[status].name}".`,
    ),
  notAwaitingSupplement: (status: SubmissionStatus): DomainError =>
    new DomainError(
      'ONLINE_SUBMISSION.NOT_AWAITING_SUPPLEMENT',
      'conflict',
      `Chỉ gửi lại hồ sơ khi được yêu cầu bổ sung; hồ sơ đang ở trạng thái "${SUBMISSION_STATUS_NAMES[status].name}".`,
    ),
  changedMeanwhile: (): DomainError =>
    new DomainError(
      'ONLINE_SUBMISSION.CHANGED_MEANWHILE',
      'conflict',
      'Hồ sơ trực tuyến vừa được người khác cập nhật; vui lòng tải lại.',
    ),
};
