import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { renderTemplate, validateTemplate } from '@libs/documents';

import { builtInTemplate, LETTER_PLACEHOLDERS } from './letter-template';

/** The built-in wording of a kind, filled in as the drafting service fills it. */
function render(kind: LetterKind, values: Record<string, string>): string[] {
  const wording = builtInTemplate(kind);
  return [wording.title, wording.salutation, ...wording.paragraphs].map((source) =>
    renderTemplate(source, values),
  );
}

describe('built-in letter wording (the one wording registry)', () => {
  it.each(LETTER_KINDS)('should use only the placeholders the service fills in for %s', (kind) => {
    const wording = builtInTemplate(kind);
    for (const source of [wording.title, wording.salutation, ...wording.paragraphs]) {
      expect(validateTemplate(source, LETTER_PLACEHOLDERS[kind])).toEqual({ ok: true });
    }
  });

  it('should not ask parents to register a birth the letter congratulates them on registering', () => {
    const [, , ...paragraphs] = render('birth-congratulation', {
      parentNames: 'Bà Trần Thị Bình',
      parentsTitle: 'Bà',
      communeName: 'phường Hạc Thành',
      childRelation: 'cháu gái',
      childName: 'Nguyễn Minh Anh',
      birthDate: '20 tháng 11 năm 2026',
    });
    expect(paragraphs.join('\n')).not.toMatch(/đăng ký khai sinh|60 ngày/);
  });

  it('should name the deceased with respect and age, and close with a wish for the family', () => {
    const [, salutation, ...paragraphs] = render('death-condolence', {
      familyName: 'Bà Trịnh Thị Lụa',
      communeName: 'phường Hạc Thành',
      deceasedTitle: 'Cụ',
      deceasedName: 'Trịnh Văn Quý',
      ageClause: ', hưởng thọ 84 tuổi,',
      deathDate: '25 tháng 11 năm 2026',
    });
    expect(salutation).toBe('Kính gửi: Gia đình Bà Trịnh Thị Lụa');
    expect(paragraphs[0]).toBe(
      'Ủy ban nhân dân phường Hạc Thành vô cùng thương tiếc nhận được tin Cụ Trịnh Văn Quý, hưởng thọ 84 tuổi, đã từ trần ngày 25 tháng 11 năm 2026.',
    );
    expect(paragraphs.join(' ')).not.toMatch(/Ông\/Bà|chúng tôi/);
    expect(paragraphs[paragraphs.length - 1]).toMatch(/^Kính chúc gia đình/);
  });

  it('should carry the 2025 Mẫu 04 title and word the delay as expected (Circular 03/2025)', () => {
    const [title, , ...paragraphs] = render('apology', {
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
    expect(title).toBe('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    const text = paragraphs.join(' ');
    expect(text).toContain('dự kiến không giải quyết xong đúng hạn');
    expect(text).toContain('16 giờ 00 phút, ngày 02 tháng 12 năm 2026');
    expect(text).not.toMatch(/chưa trả kết quả|chi phí đi lại|Bộ phận/);
  });

  it('should write every built-in wording in NFC', () => {
    for (const kind of LETTER_KINDS) {
      const wording = builtInTemplate(kind);
      for (const text of [wording.title, wording.salutation, ...wording.paragraphs]) {
        expect(text).toBe(text.normalize('NFC'));
      }
    }
  });
});
