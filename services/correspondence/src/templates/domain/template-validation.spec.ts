import { LETTER_KINDS } from '@libs/contracts';

import { builtInTemplate } from './letter-template';
import { translateTemplateProblem, validateWording } from './template-validation';

describe('validateWording', () => {
  it.each(LETTER_KINDS)('should accept the built-in %s wording', (kind) => {
    expect(validateWording(kind, builtInTemplate(kind))).toEqual([]);
  });

  it('should name the field and the unknown placeholder, in Vietnamese', () => {
    const problems = validateWording('apology', {
      title: 'PHIẾU XIN LỖI',
      salutation: 'Kính gửi: {{applicantName}}',
      paragraphs: ['Hẹn lại ngày {{newDueDate}}.', 'Lý do: {{lyDo}}.'],
    });

    expect(problems).toEqual([
      {
        field: 'paragraphs.1',
        messages: ['Trường "{{lyDo}}" không có trong mẫu thư này (dòng 1, cột 8).'],
      },
    ]);
  });

  it('should refuse a placeholder another kind has but this kind does not', () => {
    const problems = validateWording('thank-you', {
      title: 'THƯ CẢM ƠN',
      salutation: 'Kính gửi: {{recipientName}}',
      paragraphs: ['Hẹn lại ngày {{newDueDate}}.'],
    });

    expect(problems.map((problem) => problem.field)).toEqual(['paragraphs.0']);
  });

  it('should refuse syntax errors and sections, which would make a letter a program', () => {
    const problems = validateWording('thank-you', {
      title: '{{#recipientName}}THƯ{{/recipientName}}',
      salutation: 'Kính gửi: {{recipientName',
      paragraphs: ['Cảm ơn.'],
    });

    expect(problems.map((problem) => problem.field)).toEqual(['title', 'salutation']);
    expect(problems[0]?.messages[0]).toMatch(/^Không được dùng thẻ "\{\{#recipientName\}\}"/);
    expect(problems[1]?.messages[0]).toMatch(/^Lỗi cú pháp mẫu thư: Unclosed tag at line 1/);
  });

  it('should refuse a blank title or paragraph, which would print as an empty line', () => {
    const problems = validateWording('thank-you', {
      title: '   ',
      salutation: 'Kính gửi: {{recipientName}}',
      paragraphs: ['Cảm ơn.', ' '],
    });

    expect(problems).toEqual([
      { field: 'title', messages: ['Không được để trống.'] },
      { field: 'paragraphs.1', messages: ['Không được để trống.'] },
    ]);
  });

  it('should keep a message it cannot translate as it is', () => {
    expect(translateTemplateProblem('Something new')).toBe('Something new');
  });
});
