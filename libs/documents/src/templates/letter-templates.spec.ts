import { DEFAULT_LETTER_TEMPLATES, renderLetter } from './letter-templates';
import { validateTemplate } from './mustache-template';

describe('DEFAULT_LETTER_TEMPLATES', () => {
  it.each(Object.values(DEFAULT_LETTER_TEMPLATES))(
    'should use only its declared placeholders in $kind',
    (template) => {
      for (const source of [template.title, template.salutation, ...template.paragraphs]) {
        expect(validateTemplate(source, template.placeholders)).toEqual({ ok: true });
      }
    },
  );
});

describe('renderLetter', () => {
  it('should render a birth congratulation with Vietnamese values', () => {
    const letter = renderLetter(DEFAULT_LETTER_TEMPLATES['birth-congratulation'], {
      parentNames: 'Ông Nguyễn Văn An và Bà Trần Thị Bình',
      communeName: 'Phường Hạc Thành',
      childRelation: 'cháu trai',
      childName: 'Nguyễn Minh Khôi',
      birthDate: '20 tháng 11 năm 2026',
    });
    expect(letter.title).toBe('THƯ CHÚC MỪNG');
    expect(letter.salutation).toBe('Kính gửi: Ông Nguyễn Văn An và Bà Trần Thị Bình');
    expect(letter.paragraphs[0]).toBe(
      'Ủy ban nhân dân Phường Hạc Thành vui mừng nhận được tin gia đình Ông/Bà đón chào cháu trai Nguyễn Minh Khôi, sinh ngày 20 tháng 11 năm 2026.',
    );
  });

  it('should not ask parents to register a birth the letter congratulates them on registering', () => {
    const letter = renderLetter(DEFAULT_LETTER_TEMPLATES['birth-congratulation'], {
      parentNames: 'Bà Trần Thị Bình',
      communeName: 'phường Hạc Thành',
      childRelation: 'cháu gái',
      childName: 'Nguyễn Minh Anh',
      birthDate: '20 tháng 11 năm 2026',
    });
    expect(letter.paragraphs.join('\n')).not.toMatch(/đăng ký khai sinh|60 ngày/);
  });

  it('should name the deceased respectfully in a condolence', () => {
    const letter = renderLetter(DEFAULT_LETTER_TEMPLATES.condolence, {
      familyName: 'Ông/Bà Trịnh Thị Lụa',
      communeName: 'phường Hạc Thành',
      deceasedName: 'Trịnh Văn Quý',
      deathDate: '25 tháng 11 năm 2026',
    });
    expect(letter.paragraphs[0]).toBe(
      'Ủy ban nhân dân phường Hạc Thành vô cùng thương tiếc được tin Ông/Bà Trịnh Văn Quý đã từ trần ngày 25 tháng 11 năm 2026.',
    );
  });

  it('should throw when a value is missing', () => {
    expect(() => renderLetter(DEFAULT_LETTER_TEMPLATES['thank-you'], {})).toThrow(
      /No value for placeholder "recipientName"/,
    );
  });
});
