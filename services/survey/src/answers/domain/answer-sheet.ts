import {
  ConductItem,
  DISSATISFIED_UP_TO,
  SATISFIED_FROM,
  SipasElement,
} from '../../questionnaires/domain/measures';
import {
  Question,
  QuestionnaireContent,
  YesNoValue,
} from '../../questionnaires/domain/questionnaire';
import { normalizeText } from '../../questionnaires/domain/questionnaire-rules';
import { AnswerErrors } from './answer.errors';

export type AnswerValue = number | string | string[];

/** What one answer contributes to the indexes, read through the questions' measures. */
export interface AnswerAssessment {
  overall: number;
  satisfied: boolean;
  /** Overall rating of 2 or less, or any conduct item answered "no": someone must follow up. */
  dissatisfied: boolean;
  sipas: Partial<Record<SipasElement, number>>;
  conduct: Partial<Record<ConductItem, YesNoValue>>;
  failedConductItems: ConductItem[];
  comment?: string;
}

export interface AnswerSheet {
  values: Record<string, AnswerValue>;
  assessment: AnswerAssessment;
}

type Reading = { ok: true; value: AnswerValue | undefined } | { ok: false; message: string };

const isBlank = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && normalizeText(value) === '') ||
  (Array.isArray(value) && value.length === 0);

function read(question: Question, raw: unknown): Reading {
  if (isBlank(raw)) {
    return question.required
      ? { ok: false, message: 'Câu hỏi này bắt buộc trả lời.' }
      : { ok: true, value: undefined };
  }
  switch (question.type) {
    case 'rating': {
      const { min, max } = question.scale;
      return typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max
        ? { ok: true, value: raw }
        : { ok: false, message: `Điểm đánh giá phải là số nguyên từ ${min} đến ${max}.` };
    }
    case 'single-choice':
      return typeof raw === 'string' && question.options.some((option) => option.key === raw)
        ? { ok: true, value: raw }
        : { ok: false, message: 'Lựa chọn không có trong danh sách.' };
    case 'multiple-choice': {
      if (!Array.isArray(raw) || !raw.every((item): item is string => typeof item === 'string')) {
        return { ok: false, message: 'Cần một danh sách các lựa chọn.' };
      }
      const chosen = raw;
      if (!chosen.every((key) => question.options.some((option) => option.key === key))) {
        return { ok: false, message: 'Có lựa chọn không có trong danh sách.' };
      }
      if (new Set(chosen).size !== chosen.length) {
        return { ok: false, message: 'Mỗi lựa chọn chỉ được chọn một lần.' };
      }
      return chosen.length <= question.maxSelections
        ? { ok: true, value: chosen }
        : { ok: false, message: `Chọn tối đa ${question.maxSelections} lựa chọn.` };
    }
    case 'yes-no': {
      const allowed = question.allowNotApplicable ? ['yes', 'no', 'not-applicable'] : ['yes', 'no'];
      return typeof raw === 'string' && allowed.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: `Trả lời phải là một trong: ${allowed.join(', ')}.` };
    }
    case 'free-text': {
      if (typeof raw !== 'string') {
        return { ok: false, message: 'Cần một đoạn văn bản.' };
      }
      const text = raw.normalize('NFC').trim();
      return text.length <= question.maxLength
        ? { ok: true, value: text }
        : { ok: false, message: `Không quá ${question.maxLength} ký tự.` };
    }
  }
}

function assess(questionnaire: QuestionnaireContent, values: Record<string, AnswerValue>) {
  const assessment: AnswerAssessment = {
    overall: 0,
    satisfied: false,
    dissatisfied: false,
    sipas: {},
    conduct: {},
    failedConductItems: [],
  };
  for (const question of questionnaire.questions) {
    const value = values[question.key];
    if (value === undefined || !question.measure) {
      continue;
    }
    switch (question.measure.kind) {
      case 'overall':
        assessment.overall = value as number;
        break;
      case 'sipas':
        assessment.sipas[question.measure.element] = value as number;
        break;
      case 'conduct':
        assessment.conduct[question.measure.item] = value as YesNoValue;
        if (value === 'no') {
          assessment.failedConductItems.push(question.measure.item);
        }
        break;
      case 'comment':
        assessment.comment = value as string;
        break;
    }
  }
  assessment.satisfied = assessment.overall >= SATISFIED_FROM;
  assessment.dissatisfied =
    assessment.overall <= DISSATISFIED_UP_TO || assessment.failedConductItems.length > 0;
  return assessment;
}

/**
 * Reads a citizen's answers against the questionnaire version of their invitation. Unknown
 * questions, missing required answers and out-of-range values are all reported per field.
 */
export function readAnswerSheet(
  questionnaire: QuestionnaireContent,
  raw: Record<string, unknown>,
): AnswerSheet {
  const problems: { field: string; message: string }[] = [];
  const known = new Set(questionnaire.questions.map((question) => question.key));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      problems.push({ field: `answers.${key}`, message: 'Câu hỏi không có trong phiếu khảo sát.' });
    }
  }
  const values: Record<string, AnswerValue> = {};
  for (const question of questionnaire.questions) {
    // Own keys only: a question keyed like an Object method must not read the prototype.
    const reading = read(
      question,
      Object.hasOwn(raw, question.key) ? raw[question.key] : undefined,
    );
    if (!reading.ok) {
      problems.push({ field: `answers.${question.key}`, message: reading.message });
    } else if (reading.value !== undefined) {
      values[question.key] = reading.value;
    }
  }
  if (problems.length > 0) {
    throw AnswerErrors.invalid(problems);
  }
  return { values, assessment: assess(questionnaire, values) };
}
