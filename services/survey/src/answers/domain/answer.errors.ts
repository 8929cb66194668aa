import { DomainError } from '@libs/errors';

export const AnswerErrors = {
  invalid: (problems: { field: string; message: string }[]): DomainError =>
    new DomainError(
      'SURVEY.ANSWER_INVALID',
      'invalid',
      'Phiếu trả lời chưa hợp lệ, xin Ông/Bà kiểm tra lại các câu được đánh dấu.',
      problems.map(({ field, message }) => ({ field, messages: [message] })),
    ),
};

export const SurveyAccessErrors = {
  notFound: (): DomainError =>
    new DomainError(
      'SURVEY.NOT_FOUND',
      'not-found',
      'Không tìm thấy phiếu khảo sát. Xin Ông/Bà kiểm tra lại mã khảo sát in trên phiếu hẹn trả kết quả.',
    ),
  alreadyAnswered: (): DomainError =>
    new DomainError(
      'SURVEY.ALREADY_ANSWERED',
      'conflict',
      'Phiếu khảo sát này đã được trả lời; mỗi mã chỉ dùng được một lần. Cảm ơn Ông/Bà đã đóng góp ý kiến.',
    ),
  expired: (): DomainError =>
    new DomainError(
      'SURVEY.EXPIRED',
      'gone',
      'Phiếu khảo sát đã hết hạn trả lời. Ông/Bà vẫn có thể góp ý qua hòm thư góp ý hoặc trực tiếp tại Bộ phận một cửa.',
    ),
};
