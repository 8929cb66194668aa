/**
 * What the survey measures, independent of how a questionnaire version words it: the
 * overall rating, the five SIPAS elements (QĐ 2640/QĐ-BNV, QĐ 1001/QĐ-BNV) and the twelve
 * conduct items of "5 biết, 3 không, 4 thể hiện". Keys are stable: indexes and campaign
 * comparisons are keyed by them across questionnaire versions.
 */
export const SIPAS_ELEMENTS = [
  'access',
  'procedure',
  'officer',
  'result',
  'feedback-handling',
] as const;
export type SipasElement = (typeof SIPAS_ELEMENTS)[number];

export const SIPAS_ELEMENT_LABELS: Record<SipasElement, string> = {
  access: 'Tiếp cận dịch vụ',
  procedure: 'Thủ tục hành chính',
  officer: 'Công chức trực tiếp giải quyết',
  result: 'Kết quả giải quyết',
  'feedback-handling': 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
};

export const CONDUCT_GROUPS = ['5-biet', '3-khong', '4-the-hien'] as const;
export type ConductGroup = (typeof CONDUCT_GROUPS)[number];

export const CONDUCT_ITEMS = [
  'listen',
  'explain-clearly',
  'act-trustworthy',
  'apologise',
  'thank',
  'no-nuisance',
  'no-shirking',
  'keep-appointment',
  'respect',
  'courtesy',
  'guide-carefully',
  'resolve-promptly',
] as const;
export type ConductItem = (typeof CONDUCT_ITEMS)[number];

export interface ConductItemDescription {
  group: ConductGroup;
  /** The rule as the office posts it. */
  label: string;
}

export const CONDUCT_ITEM_DESCRIPTIONS: Record<ConductItem, ConductItemDescription> = {
  listen: { group: '5-biet', label: 'Biết lắng nghe dân nói' },
  'explain-clearly': { group: '5-biet', label: 'Biết nói để dân hiểu' },
  'act-trustworthy': { group: '5-biet', label: 'Biết làm để dân tin' },
  apologise: { group: '5-biet', label: 'Biết xin lỗi' },
  thank: { group: '5-biet', label: 'Biết cảm ơn' },
  'no-nuisance': { group: '3-khong', label: 'Không gây phiền hà, sách nhiễu' },
  'no-shirking': { group: '3-khong', label: 'Không thoái thác trách nhiệm' },
  'keep-appointment': { group: '3-khong', label: 'Không trễ hẹn' },
  respect: { group: '4-the-hien', label: 'Thể hiện sự tôn trọng khi giao tiếp' },
  courtesy: { group: '4-the-hien', label: 'Thể hiện văn minh, lịch sự khi giải quyết công việc' },
  'guide-carefully': {
    group: '4-the-hien',
    label: 'Thể hiện lắng nghe đầy đủ, hướng dẫn thủ tục chu đáo, gần dân',
  },
  'resolve-promptly': {
    group: '4-the-hien',
    label: 'Thể hiện giải quyết kịp thời thắc mắc, kiến nghị chính đáng',
  },
};

/** Ratings use the SIPAS five-point scale; 4 and 5 count as satisfied. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const SATISFIED_FROM = 4;
/** An overall rating at or below this is a dissatisfied answer that opens a case. */
export const DISSATISFIED_UP_TO = 2;

export const RATING_LABELS = [
  'Rất không hài lòng',
  'Không hài lòng',
  'Bình thường',
  'Hài lòng',
  'Rất hài lòng',
];
