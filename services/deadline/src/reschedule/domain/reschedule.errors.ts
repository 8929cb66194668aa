import { DomainError } from '@libs/errors';

export const RescheduleErrors = {
  closed: (): DomainError =>
    new DomainError(
      'DEADLINE.CLOSED',
      'conflict',
      'Hồ sơ, vụ việc đã có kết quả hoặc đã kết thúc; không thể hẹn lại ngày trả kết quả.',
    ),
  alreadyRescheduled: (): DomainError =>
    new DomainError(
      'DEADLINE.ALREADY_RESCHEDULED',
      'conflict',
      'Việc hẹn lại ngày trả kết quả chỉ được thực hiện không quá một lần.',
    ),
  tooLate: (sameDayProcedure: boolean): DomainError =>
    new DomainError(
      'DEADLINE.RESCHEDULE_TOO_LATE',
      'conflict',
      sameDayProcedure
        ? 'Đã quá thời điểm hẹn trả kết quả; không thể hẹn lại.'
        : 'Phải hẹn lại chậm nhất trước 01 ngày làm việc so với ngày hẹn trả kết quả.',
    ),
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'DEADLINE.RESCHEDULE_INVALID',
      'invalid',
      'Đề nghị hẹn lại ngày trả kết quả chưa hợp lệ.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
};
