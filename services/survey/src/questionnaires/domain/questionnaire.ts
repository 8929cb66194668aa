import { ConductItem, SipasElement } from './measures';

export const QUESTION_TYPES = [
  'rating',
  'single-choice',
  'multiple-choice',
  'yes-no',
  'free-text',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const MEASURE_KINDS = ['overall', 'sipas', 'conduct', 'comment'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** What an answer to the question feeds into the indexes, if anything. */
export type Measure =
  | { kind: 'overall' }
  | { kind: 'sipas'; element: SipasElement }
  | { kind: 'conduct'; item: ConductItem }
  | { kind: 'comment' };

export interface ChoiceOption {
  key: string;
  label: string;
}

interface QuestionBase {
  /** Stable within a questionnaire; answers are keyed by it. */
  key: string;
  text: string;
  required: boolean;
  help?: string;
  measure?: Measure;
}

export interface RatingQuestion extends QuestionBase {
  type: 'rating';
  scale: { min: number; max: number; labels: string[] };
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single-choice';
  options: ChoiceOption[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple-choice';
  options: ChoiceOption[];
  maxSelections: number;
}

export interface YesNoQuestion extends QuestionBase {
  type: 'yes-no';
  /** Offers "Không áp dụng" (e.g. no apology was needed because nothing went wrong). */
  allowNotApplicable: boolean;
}

export interface FreeTextQuestion extends QuestionBase {
  type: 'free-text';
  maxLength: number;
}

export type Question =
  RatingQuestion | SingleChoiceQuestion | MultipleChoiceQuestion | YesNoQuestion | FreeTextQuestion;

export interface QuestionnaireContent {
  title: string;
  introduction: string;
  /** Answers are never linked to the citizen in what the service exposes or publishes. */
  anonymous: boolean;
  questions: Question[];
}

/** One published version of a commune's questionnaire; versions are never edited. */
export interface Questionnaire extends QuestionnaireContent {
  id: string;
  communeCode: string;
  provinceCode: string;
  version: number;
  publishedAt: Date;
  publishedBy: string;
}

export const YES_NO_VALUES = ['yes', 'no', 'not-applicable'] as const;
export type YesNoValue = (typeof YES_NO_VALUES)[number];

export const YES_NO_LABELS: Record<YesNoValue, string> = {
  yes: 'Có',
  no: 'Không',
  'not-applicable': 'Không áp dụng',
};
