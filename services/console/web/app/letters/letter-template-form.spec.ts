import {
  paragraphsOf,
  placeTemplateProblems,
  templateRequest,
  validateTemplate,
} from './letter-template-form';

describe('the letter template form', () => {
  const values = {
    title: ' THƯ CHIA BUỒN ',
    salutation: 'Kính gửi: {{recipientName}}',
    paragraphs: 'Đoạn một,\ncòn tiếp.\n\n  \r\nĐoạn hai.\n\n',
  };

  it('should take each block of lines as one paragraph', () => {
    expect(paragraphsOf(values.paragraphs)).toEqual(['Đoạn một,\ncòn tiếp.', 'Đoạn hai.']);
    expect(templateRequest('14797', values)).toEqual({
      communeCode: '14797',
      title: 'THƯ CHIA BUỒN',
      salutation: 'Kính gửi: {{recipientName}}',
      paragraphs: ['Đoạn một,\ncòn tiếp.', 'Đoạn hai.'],
    });
  });

  it('should ask for a title, a salutation and at least one paragraph', () => {
    expect(validateTemplate({ title: ' ', salutation: '', paragraphs: '\n\n' })).toEqual({
      title: 'errTemplateTitle',
      salutation: 'errTemplateSalutation',
      paragraphs: 'errTemplateParagraphs',
    });
    expect(validateTemplate(values)).toEqual({});
  });

  it('should tell a paragraph’s refusal with its number', () => {
    expect(
      placeTemplateProblems(
        { 'paragraphs.1': ['Không có trường {{tenSai}}.'], title: ['Không được để trống.'] },
        (number, message) => `Đoạn ${number}: ${message}`,
      ),
    ).toEqual({
      paragraphs: ['Đoạn 2: Không có trường {{tenSai}}.'],
      title: ['Không được để trống.'],
    });
  });
});
