import { submissionFingerprint } from './submission-fingerprint';

const letter = {
  communeCode: '14797',
  kind: 'petition',
  content: 'Đèn ngõ 5 bị hỏng.',
  contact: { fullName: 'Nguyễn Thị Lan', email: 'lan@example.vn' },
};

describe('submissionFingerprint', () => {
  it('should be the same for the same letter typed with other spacing or letter case', () => {
    expect(
      submissionFingerprint({
        ...letter,
        content: '  ĐÈN ngõ 5   bị hỏng. ',
        contact: { ...letter.contact, fullName: 'NGUYỄN THỊ LAN' },
      }),
    ).toBe(submissionFingerprint(letter));
  });

  it('should differ for another commune, kind, text or writer', () => {
    const base = submissionFingerprint(letter);

    expect(submissionFingerprint({ ...letter, communeCode: '14800' })).not.toBe(base);
    expect(submissionFingerprint({ ...letter, kind: 'suggestion' })).not.toBe(base);
    expect(submissionFingerprint({ ...letter, content: 'Đèn ngõ 6 bị hỏng.' })).not.toBe(base);
    expect(
      submissionFingerprint({ communeCode: '14797', kind: 'petition', content: letter.content }),
    ).not.toBe(base);
  });
});
