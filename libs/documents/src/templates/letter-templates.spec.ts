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

  it('should name the deceased with respect and age, and close with a wish for the family', () => {
    const letter = renderLetter(DEFAULT_LETTER_TEMPLATES.condolence, {
      familyName: 'Bà Trịnh Thị Lụa',
      communeName: 'phường Hạc Thành',
      deceasedTitle: 'Cụ',
      deceasedName: 'Trịnh Văn Quý',
      ageClause: ', hưởng thọ 84 tuổi,',
      deathDate: '25 tháng 11 năm 2026',
    });
    expect(letter.salutation).toBe('Kính gửi: Gia đình Bà Trịnh Thị Lụa');
    expect(letter.paragraphs[0]).toBe(
      'Ủy ban nhân dân phường Hạc Thành vô cùng thương tiếc nhận được tin Cụ Trịnh Văn Quý, hưởng thọ 84 tuổi, đã từ trần ngày 25 tháng 11 năm 2026.',
    );
    expect(letter.paragraphs.join(' ')).not.toMatch(/Ông\/Bà|chúng tôi/);
    expect(letter.paragraphs[letter.paragraphs.length - 1]).toMatch(/^Kính chúc gia đình/);
  });

  it('should carry the 2025 Mẫu 04 title and word the delay as expected (Circular 03/2025)', () => {
    const letter = renderLetter(DEFAULT_LETTER_TEMPLATES['apology-new-appointment'], {
      applicantName: 'Ông Hoàng Văn Tùng',
      applicantTitle: 'Ông',
      communeName: 'phường Hạc Thành',
      oneStopCentre: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
      receivedDate: '20 tháng 11 năm 2026',
      procedureName: 'cấp giấy xác nhận tình trạng hôn nhân',
      caseCode: 'H56.14797-261120-0007',
      originalDueDate: '25 tháng 11 năm 2026',
      delayReason: 'Chờ kết quả xác minh',
      newAppointment: '16 giờ 00 phút, ngày 02 tháng 12 năm 2026',
    });
    expect(letter.title).toBe('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    const text = letter.paragraphs.join(' ');
    expect(text).toContain('dự kiến không giải quyết xong đúng hạn');
    expect(text).toContain('16 giờ 00 phút, ngày 02 tháng 12 năm 2026');
    expect(text).not.toMatch(/chưa trả kết quả|chi phí đi lại|Bộ phận/);
  });

  it('should throw when a value is missing', () => {
    expect(() => renderLetter(DEFAULT_LETTER_TEMPLATES['thank-you'], {})).toThrow(
      /No value for placeholder "recipientName"/,
    );
  });
});
