import {
  CONDUCT_ITEMS,
  ConductItem,
  RATING_LABELS,
  RATING_MAX,
  RATING_MIN,
  SIPAS_ELEMENTS,
  SipasElement,
} from './measures';
import {
  ChoiceOption,
  Measure,
  MeasureKind,
  Question,
  QuestionnaireContent,
  QuestionType,
} from './questionnaire';
import { QuestionnaireErrors } from './questionnaire.errors';

/** A questionnaire as a leader submits it; every rule is checked by `validateQuestionnaire`. */
export interface QuestionDraft {
  key: string;
  type: QuestionType;
  text: string;
  required?: boolean;
  help?: string;
  scale?: { min: number; max: number; labels?: string[] };
  options?: ChoiceOption[];
  maxSelections?: number;
  allowNotApplicable?: boolean;
  maxLength?: number;
  measure?: { kind: MeasureKind; element?: string; item?: string };
}

export interface QuestionnaireDraft {
  title: string;
  introduction?: string;
  anonymous?: boolean;
  questions: QuestionDraft[];
}

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_QUESTIONS = 60;
export const MAX_OPTIONS = 20;
const MAX_FREE_TEXT = 2000;
const DEFAULT_FREE_TEXT = 1000;

/** Texts as citizens read them: NFC, single spaces, no padding. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

type Problems = { field: string; message: string }[];

class Checker {
  readonly problems: Problems = [];

  fail(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  text(field: string, value: string | undefined, max: number, required = true): string {
    const normalized = normalizeText(value ?? '');
    if (required && !normalized) {
      this.fail(field, 'Không được để trống.');
    } else if (normalized.length > max) {
      this.fail(field, `Không quá ${max} ký tự.`);
    }
    return normalized;
  }

  notFor(field: string, present: boolean, type: QuestionType): void {
    if (present) {
      this.fail(field, `Không dùng cho câu hỏi loại ${type}.`);
    }
  }
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function checkOptions(check: Checker, field: string, options: ChoiceOption[] | undefined) {
  if (!options || options.length < 2 || options.length > MAX_OPTIONS) {
    check.fail(field, `Cần từ 2 đến ${MAX_OPTIONS} lựa chọn.`);
    return [];
  }
  const seen = new Set<string>();
  return options.map((option, index) => {
    if (!KEY.test(option.key) || option.key.length > 60) {
      check.fail(`${field}.${index}.key`, 'Mã lựa chọn gồm chữ thường, số và dấu gạch ngang.');
    } else if (seen.has(option.key)) {
      check.fail(`${field}.${index}.key`, `Mã lựa chọn ${option.key} bị trùng.`);
    }
    seen.add(option.key);
    return { key: option.key, label: check.text(`${field}.${index}.label`, option.label, 200) };
  });
}

function checkQuestion(check: Checker, draft: QuestionDraft, index: number): Question | undefined {
  const field = `questions.${index}`;
  const base = {
    key: draft.key,
    text: check.text(`${field}.text`, draft.text, 500),
    required: draft.required ?? false,
    ...(draft.help !== undefined && normalizeText(draft.help)
      ? { help: check.text(`${field}.help`, draft.help, 500) }
      : {}),
  };
  if (!KEY.test(draft.key) || draft.key.length > 60) {
    check.fail(`${field}.key`, 'Mã câu hỏi gồm chữ thường, số và dấu gạch ngang (tối đa 60).');
  }
  const type = draft.type;
  if (type !== 'rating') {
    check.notFor(`${field}.scale`, draft.scale !== undefined, type);
  }
  if (type !== 'single-choice' && type !== 'multiple-choice') {
    check.notFor(`${field}.options`, draft.options !== undefined, type);
  }
  if (type !== 'multiple-choice') {
    check.notFor(`${field}.maxSelections`, draft.maxSelections !== undefined, type);
  }
  if (type !== 'yes-no') {
    check.notFor(`${field}.allowNotApplicable`, draft.allowNotApplicable !== undefined, type);
  }
  if (type !== 'free-text') {
    check.notFor(`${field}.maxLength`, draft.maxLength !== undefined, type);
  }
  switch (type) {
    case 'rating': {
      const scale = draft.scale;
      if (!scale || !isIntegerIn(scale.min, 0, 10) || !isIntegerIn(scale.max, 0, 10)) {
        check.fail(`${field}.scale`, 'Thang điểm cần min và max là số nguyên từ 0 đến 10.');
        return undefined;
      }
      if (scale.min >= scale.max) {
        check.fail(`${field}.scale`, 'Điểm tối thiểu phải nhỏ hơn điểm tối đa.');
        return undefined;
      }
      const points = scale.max - scale.min + 1;
      const standard = scale.min === RATING_MIN && scale.max === RATING_MAX;
      const labels = (scale.labels ?? (standard ? RATING_LABELS : [])).map((label, position) =>
        check.text(`${field}.scale.labels.${position}`, label, 100),
      );
      if (labels.length > 0 && labels.length !== points) {
        check.fail(`${field}.scale.labels`, `Cần đúng ${points} nhãn, mỗi mức điểm một nhãn.`);
      }
      return { ...base, type, scale: { min: scale.min, max: scale.max, labels } };
    }
    case 'single-choice':
      return { ...base, type, options: checkOptions(check, `${field}.options`, draft.options) };
    case 'multiple-choice': {
      const options = checkOptions(check, `${field}.options`, draft.options);
      const maxSelections = draft.maxSelections ?? options.length;
      if (options.length > 0 && !isIntegerIn(maxSelections, 1, options.length)) {
        check.fail(`${field}.maxSelections`, `Số lựa chọn tối đa từ 1 đến ${options.length}.`);
      }
      return { ...base, type, options, maxSelections };
    }
    case 'yes-no':
      return { ...base, type, allowNotApplicable: draft.allowNotApplicable ?? false };
    case 'free-text': {
      const maxLength = draft.maxLength ?? DEFAULT_FREE_TEXT;
      if (!isIntegerIn(maxLength, 1, MAX_FREE_TEXT)) {
        check.fail(`${field}.maxLength`, `Độ dài tối đa từ 1 đến ${MAX_FREE_TEXT} ký tự.`);
      }
      return { ...base, type, maxLength };
    }
    default:
      check.fail(`${field}.type`, 'Loại câu hỏi không được hỗ trợ.');
      return undefined;
  }
}

/** The measure a question feeds, if its type and scale can feed it. */
function checkMeasure(check: Checker, question: Question, draft: QuestionDraft, index: number) {
  const field = `questions.${index}.measure`;
  const measure = draft.measure;
  if (!measure) {
    return undefined;
  }
  const isStandardRating =
    question.type === 'rating' &&
    question.scale.min === RATING_MIN &&
    question.scale.max === RATING_MAX;
  switch (measure.kind) {
    case 'overall':
      if (!isStandardRating) {
        check.fail(field, 'Câu đánh giá chung phải là câu chấm điểm thang 1–5.');
      } else if (!question.required) {
        check.fail(field, 'Câu đánh giá chung phải là câu bắt buộc.');
      }
      return { kind: 'overall' } as Measure;
    case 'sipas':
      if (!SIPAS_ELEMENTS.includes(measure.element as SipasElement)) {
        check.fail(
          `${field}.element`,
          `Yếu tố SIPAS phải là một trong: ${SIPAS_ELEMENTS.join(', ')}.`,
        );
        return undefined;
      }
      if (!isStandardRating) {
        check.fail(field, 'Câu đo yếu tố SIPAS phải là câu chấm điểm thang 1–5.');
      }
      return { kind: 'sipas', element: measure.element as SipasElement } as Measure;
    case 'conduct':
      if (!CONDUCT_ITEMS.includes(measure.item as ConductItem)) {
        check.fail(
          `${field}.item`,
          `Tiêu chí ứng xử phải là một trong: ${CONDUCT_ITEMS.join(', ')}.`,
        );
        return undefined;
      }
      if (question.type !== 'yes-no') {
        check.fail(field, 'Câu đo tiêu chí "5 biết, 3 không, 4 thể hiện" phải là câu Có/Không.');
      }
      return { kind: 'conduct', item: measure.item as ConductItem } as Measure;
    case 'comment':
      if (question.type !== 'free-text') {
        check.fail(field, 'Câu góp ý phải là câu trả lời tự do.');
      }
      return { kind: 'comment' } as Measure;
    default:
      check.fail(`${field}.kind`, 'Loại chỉ số không được hỗ trợ.');
      return undefined;
  }
}

function measureSlot(measure: Measure): string {
  switch (measure.kind) {
    case 'overall':
    case 'comment':
      return measure.kind;
    case 'sipas':
      return `sipas:${measure.element}`;
    case 'conduct':
      return `conduct:${measure.item}`;
  }
}

/**
 * Checks a questionnaire a leader wants to publish. Every problem is reported at once with
 * its field path, so the form can be fixed in one go; nothing is published otherwise.
 */
export function validateQuestionnaire(draft: QuestionnaireDraft): QuestionnaireContent {
  const check = new Checker();
  const title = check.text('title', draft.title, 200);
  const introduction = check.text('introduction', draft.introduction, 2000, false);
  if (draft.questions.length < 1 || draft.questions.length > MAX_QUESTIONS) {
    check.fail('questions', `Cần từ 1 đến ${MAX_QUESTIONS} câu hỏi.`);
  }
  const keys = new Set<string>();
  const slots = new Set<string>();
  const questions: Question[] = [];
  draft.questions.forEach((questionDraft, index) => {
    if (keys.has(questionDraft.key)) {
      check.fail(`questions.${index}.key`, `Mã câu hỏi ${questionDraft.key} bị trùng.`);
    }
    keys.add(questionDraft.key);
    const question = checkQuestion(check, questionDraft, index);
    if (!question) {
      return;
    }
    const measure = checkMeasure(check, question, questionDraft, index);
    if (measure) {
      const slot = measureSlot(measure);
      if (slots.has(slot)) {
        check.fail(`questions.${index}.measure`, `Chỉ số ${slot} đã được đo bởi một câu khác.`);
      }
      slots.add(slot);
      question.measure = measure;
    }
    questions.push(question);
  });
  if (!slots.has('overall')) {
    check.fail('questions', 'Phiếu phải có đúng một câu đánh giá chung (measure.kind = overall).');
  }
  if (check.problems.length > 0) {
    throw QuestionnaireErrors.invalid(check.problems);
  }
  return { title, introduction, anonymous: draft.anonymous ?? true, questions };
}
