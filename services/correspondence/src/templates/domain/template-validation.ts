import { LetterKind } from '@libs/contracts';
import { validateTemplate } from '@libs/documents';
import { FieldProblem } from '@libs/errors';

import { LETTER_PLACEHOLDERS, TemplateWording } from './letter-template';

/**
 * The documents library reports problems in English with the position; the leader editing a
 * template reads Vietnamese, so the common problems are translated and the name kept verbatim.
 */
const TRANSLATIONS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /^Unknown placeholder "(.*)" at line (\d+), column (\d+)$/,
    (m) => `Trường "{{${m[1]}}}" không có trong mẫu thư này (dòng ${m[2]}, cột ${m[3]}).`,
  ],
  [
    /^Invalid placeholder name "(.*)" at line (\d+), column (\d+)$/,
    (m) => `Tên trường "${m[1]}" không hợp lệ (dòng ${m[2]}, cột ${m[3]}).`,
  ],
  [
    /^Refused (section|inverted section|partial|unescaped tag|delimiter change) "(.*)" at line (\d+), column (\d+)$/,
    (m) =>
      `Không được dùng thẻ "${m[2]}" (${m[1]}) trong mẫu thư, chỉ dùng {{tên trường}} (dòng ${m[3]}, cột ${m[4]}).`,
  ],
  [/^Syntax error: (.*)$/, (m) => `Lỗi cú pháp mẫu thư: ${m[1]}.`],
];

export function translateTemplateProblem(problem: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(problem);
    if (match) {
      return translate(match);
    }
  }
  return problem;
}

/**
 * Checks every part of a template against the placeholders its kind provides. Returns one
 * problem per field (`title`, `salutation`, `paragraphs.0`, ...), each naming what is wrong.
 */
export function validateWording(kind: LetterKind, wording: TemplateWording): FieldProblem[] {
  const allowed = LETTER_PLACEHOLDERS[kind];
  const parts: [string, string][] = [
    ['title', wording.title],
    ['salutation', wording.salutation],
    ...wording.paragraphs.map((paragraph, index): [string, string] => [
      `paragraphs.${index}`,
      paragraph,
    ]),
  ];
  const problems: FieldProblem[] = [];
  for (const [field, source] of parts) {
    // The service trims before checking: "   " passes the DTO's length check but would print
    // as an empty title or paragraph.
    if (source.trim() === '') {
      problems.push({ field, messages: ['Không được để trống.'] });
      continue;
    }
    const result = validateTemplate(source, allowed);
    if (!result.ok) {
      problems.push({ field, messages: result.errors.map(translateTemplateProblem) });
    }
  }
  return problems;
}
