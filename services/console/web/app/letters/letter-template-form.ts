import type { MessageKey } from '../i18n/messages';

/** What the page reads of correspondence's LetterTemplateResponseDto. */
export interface LetterTemplate {
  kind: string;
  version: number;
  source: 'built-in' | 'commune';
  title: string;
  salutation: string;
  paragraphs: string[];
  placeholders: string[];
  createdAt?: string;
}

/** The wording as typed: the paragraphs in one box, separated by an empty line. */
export interface TemplateValues {
  title: string;
  salutation: string;
  paragraphs: string;
}

export type TemplateField = keyof TemplateValues;

export function templateValues(template: LetterTemplate): TemplateValues {
  return {
    title: template.title,
    salutation: template.salutation,
    paragraphs: template.paragraphs.join('\n\n'),
  };
}

/** One paragraph per block of lines; the line breaks inside a block are kept. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** The same limits as SaveLetterTemplateRequestDto; placeholders are the service's to judge. */
export function validateTemplate(
  values: TemplateValues,
): Partial<Record<TemplateField, MessageKey>> {
  const problems: Partial<Record<TemplateField, MessageKey>> = {};
  const title = values.title.trim();
  if (!title || title.length > 200) {
    problems.title = 'errTemplateTitle';
  }
  const salutation = values.salutation.trim();
  if (!salutation || salutation.length > 300) {
    problems.salutation = 'errTemplateSalutation';
  }
  const paragraphs = paragraphsOf(values.paragraphs);
  if (
    paragraphs.length === 0 ||
    paragraphs.length > 20 ||
    paragraphs.some((paragraph) => paragraph.length > 2000)
  ) {
    problems.paragraphs = 'errTemplateParagraphs';
  }
  return problems;
}

/** PUT /v1/templates/:kind. */
export function templateRequest(communeCode: string, values: TemplateValues): object {
  return {
    communeCode,
    title: values.title.trim().normalize('NFC'),
    salutation: values.salutation.trim().normalize('NFC'),
    paragraphs: paragraphsOf(values.paragraphs).map((paragraph) => paragraph.normalize('NFC')),
  };
}

/**
 * The service's refusals (an unknown placeholder, a syntax error) beside their field; a
 * paragraph's is told with its number, since the paragraphs share one box.
 */
export function placeTemplateProblems(
  fields: Record<string, string[]>,
  paragraphLabel: (number: number, message: string) => string,
): Partial<Record<TemplateField | 'form', string[]>> {
  const placed: Partial<Record<TemplateField | 'form', string[]>> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const paragraph = /^paragraphs[.[](\d+)\]?$/.exec(path);
    const target: TemplateField | 'form' =
      path === 'title' || path === 'salutation'
        ? path
        : path.startsWith('paragraphs')
          ? 'paragraphs'
          : 'form';
    const wording = paragraph
      ? messages.map((message) => paragraphLabel(Number(paragraph[1]) + 1, message))
      : messages;
    placed[target] = [...(placed[target] ?? []), ...wording];
  }
  return placed;
}
