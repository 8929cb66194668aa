import { CONDUCT_ITEMS, ConductItem, RATING_LABELS, SipasElement } from './measures';
import { Question, QuestionnaireContent } from './questionnaire';

const scale = { min: 1, max: 5, labels: RATING_LABELS };

const SIPAS_QUESTIONS: Record<SipasElement, string> = {
  access:
    'Ông/Bà đánh giá thế nào về việc tiếp cận dịch vụ (nơi đón tiếp, chỗ ngồi chờ, trang thiết bị, thông tin hướng dẫn)?',
  procedure:
    'Ông/Bà đánh giá thế nào về thủ tục hành chính (thành phần hồ sơ, phí, lệ phí, thời hạn giải quyết được niêm yết công khai, đúng quy định)?',
  officer:
    'Ông/Bà đánh giá thế nào về công chức trực tiếp tiếp nhận và giải quyết hồ sơ của Ông/Bà?',
  result:
    'Ông/Bà đánh giá thế nào về kết quả giải quyết hồ sơ (đúng quy định, thông tin chính xác)?',
  'feedback-handling':
    'Nếu Ông/Bà đã góp ý, phản ánh hoặc kiến nghị, Ông/Bà đánh giá thế nào về việc tiếp nhận và xử lý?',
};

/** Worded so that "Có" is always the good answer: a "Không" is a failed conduct item. */
const CONDUCT_QUESTIONS: Record<ConductItem, { text: string; allowNotApplicable: boolean }> = {
  listen: {
    text: 'Cán bộ có lắng nghe Ông/Bà trình bày đầy đủ không?',
    allowNotApplicable: false,
  },
  'explain-clearly': {
    text: 'Cán bộ có giải thích, trả lời để Ông/Bà hiểu rõ không?',
    allowNotApplicable: false,
  },
  'act-trustworthy': {
    text: 'Cách cán bộ giải quyết công việc có khiến Ông/Bà tin tưởng không?',
    allowNotApplicable: false,
  },
  apologise: {
    text: 'Khi có sai sót hoặc chậm trễ, cán bộ có xin lỗi Ông/Bà không?',
    allowNotApplicable: true,
  },
  thank: {
    text: 'Cán bộ có cảm ơn Ông/Bà khi Ông/Bà hợp tác, góp ý không?',
    allowNotApplicable: false,
  },
  'no-nuisance': {
    text: 'Ông/Bà được giải quyết hồ sơ mà không bị gây phiền hà, sách nhiễu, đúng không?',
    allowNotApplicable: false,
  },
  'no-shirking': {
    text: 'Cán bộ có nhận trách nhiệm giải quyết, không đùn đẩy, thoái thác không?',
    allowNotApplicable: false,
  },
  'keep-appointment': {
    text: 'Ông/Bà có nhận kết quả đúng ngày hẹn ghi trên giấy tiếp nhận không?',
    allowNotApplicable: false,
  },
  respect: {
    text: 'Cán bộ có tôn trọng Ông/Bà trong giao tiếp không?',
    allowNotApplicable: false,
  },
  courtesy: {
    text: 'Cán bộ có văn minh, lịch sự khi giải quyết công việc không?',
    allowNotApplicable: false,
  },
  'guide-carefully': {
    text: 'Cán bộ có hướng dẫn thủ tục chu đáo, tận tình, gần gũi không?',
    allowNotApplicable: false,
  },
  'resolve-promptly': {
    text: 'Những thắc mắc, kiến nghị chính đáng của Ông/Bà có được giải quyết kịp thời không?',
    allowNotApplicable: true,
  },
};

const questions: Question[] = [
  {
    key: 'overall',
    type: 'rating',
    text: 'Nhìn chung, Ông/Bà hài lòng như thế nào về việc giải quyết hồ sơ lần này?',
    required: true,
    scale,
    measure: { kind: 'overall' },
  },
  ...(Object.entries(SIPAS_QUESTIONS) as [SipasElement, string][]).map(
    ([element, text]): Question => ({
      key: `sipas-${element}`,
      type: 'rating',
      text,
      // Few citizens have sent feedback; that element is answered only by those who did.
      required: element !== 'feedback-handling',
      scale,
      measure: { kind: 'sipas', element },
    }),
  ),
  ...CONDUCT_ITEMS.map((item): Question => ({
    key: item,
    type: 'yes-no',
    text: CONDUCT_QUESTIONS[item].text,
    required: true,
    allowNotApplicable: CONDUCT_QUESTIONS[item].allowNotApplicable,
    measure: { kind: 'conduct', item },
  })),
  {
    key: 'comment',
    type: 'free-text',
    text: 'Ông/Bà có góp ý gì thêm để chúng tôi phục vụ tốt hơn?',
    required: false,
    maxLength: 2000,
    measure: { kind: 'comment' },
  },
];

/** The questionnaire every commune starts with (version 1) until its leader publishes another. */
export const DEFAULT_QUESTIONNAIRE: QuestionnaireContent = {
  title: 'Phiếu khảo sát sự hài lòng của người dân',
  introduction:
    'Cảm ơn Ông/Bà đã đến làm thủ tục. Xin Ông/Bà dành 2 phút cho biết mức độ hài lòng và cách cán bộ phục vụ theo tinh thần "5 biết, 3 không, 4 thể hiện". Phiếu không ghi tên; câu trả lời chỉ dùng để cải tiến việc phục vụ.',
  anonymous: true,
  questions,
};
