import { BirthRegisteredV1 } from '@libs/contracts';
import { DEFAULT_ONE_STOP_CENTRE, oneStopCentre, unitNaming } from '@libs/documents';
import { Commune, CommuneDirectory } from '@libs/reference-data';

import { builtInTemplate } from '../../templates/domain/letter-template';
import { communeNameInText, composeLetter } from './compose-letter';
import { LetterContent } from './letter';
import { birthLetterRequest } from './letter-requests';

const HAC_THANH = CommuneDirectory.load().find('14797') as Commune;
// 20:00 UTC on 28 November is 03:00 on 29 November in Vietnam.
const WRITTEN_AT = new Date('2026-11-28T20:00:00Z');

const birth = (
  parents: Pick<BirthRegisteredV1, 'father' | 'mother'>,
  sex: 'male' | 'female' = 'male',
): BirthRegisteredV1 =>
  Object.assign(new BirthRegisteredV1(), {
    registrationId: '0b8f5a9e-5e0e-4a39-a3c4-7f2d2c1f6a01',
    communeCode: '14797',
    provinceCode: '38',
    registeredAt: '2026-11-28T20:00:00.000Z',
    child: { fullName: 'Lê Minh Khôi', dateOfBirth: '2026-11-20', sex },
    ...parents,
    address: { line: 'Số 12 phố Lê Lai', communeCode: '14797' },
  });

/**
 * The birth letter as the drafting service composes it for a commune with the default
 * settings: the request's values, the built-in wording, signed for the committee by its chair.
 */
function composeBirthCongratulation(
  event: BirthRegisteredV1,
  commune: Commune,
  writtenAt: Date,
): LetterContent {
  const naming = unitNaming(commune);
  return composeLetter({
    wording: builtInTemplate('birth-congratulation'),
    values: {
      ...birthLetterRequest(event).values,
      communeName: communeNameInText(commune, naming),
      oneStopCentre: oneStopCentre(commune, naming, DEFAULT_ONE_STOP_CENTRE).inSentence,
    },
    commune,
    naming,
    signer: { role: 'chair' },
    writtenAt,
  });
}

const FATHER = { fullName: 'Lê Văn Hùng' };
const MOTHER = { fullName: 'Phạm Thị Thu Hà' };

const allText = (letter: LetterContent): string[] => [
  letter.issuer,
  ...letter.nationalMotto,
  letter.placeAndDate,
  letter.title,
  letter.salutation,
  ...letter.paragraphs,
  ...letter.signatureBlock,
];

describe('the birth congratulation letter', () => {
  it("should be issued by the commune People's Committee, in capitals", () => {
    const letter = composeBirthCongratulation(
      birth({ father: FATHER, mother: MOTHER }),
      HAC_THANH,
      WRITTEN_AT,
    );

    expect(letter.issuer).toBe('ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH');
    expect(letter.nationalMotto).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(letter.title).toBe('THƯ CHÚC MỪNG');
    expect(letter.signatureBlock).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('should date the letter with the place name and the Vietnam date it was written', () => {
    const letter = composeBirthCongratulation(
      birth({ father: FATHER, mother: MOTHER }),
      HAC_THANH,
      WRITTEN_AT,
    );

    expect(letter.placeAndDate).toBe('Hạc Thành, ngày 29 tháng 11 năm 2026');
  });

  it('should address both parents when both are named', () => {
    const letter = composeBirthCongratulation(
      birth({ father: FATHER, mother: MOTHER }),
      HAC_THANH,
      WRITTEN_AT,
    );

    expect(letter.salutation).toBe('Kính gửi: Ông Lê Văn Hùng và Bà Phạm Thị Thu Hà');
    expect(letter.paragraphs[0]).toContain('gia đình Ông, Bà vừa đón chào');
  });

  it('should address only the mother when the father is not named', () => {
    const letter = composeBirthCongratulation(birth({ mother: MOTHER }), HAC_THANH, WRITTEN_AT);

    expect(letter.salutation).toBe('Kính gửi: Bà Phạm Thị Thu Hà');
    expect(letter.paragraphs[0]).toContain('gia đình Bà vừa đón chào');
  });

  it('should address only the father when the mother is not named', () => {
    const letter = composeBirthCongratulation(birth({ father: FATHER }), HAC_THANH, WRITTEN_AT);

    expect(letter.salutation).toBe('Kính gửi: Ông Lê Văn Hùng');
    expect(letter.paragraphs[0]).toContain('gia đình Ông vừa đón chào');
  });

  it('should name the child and the Vietnamese birth date in the first paragraph', () => {
    const letter = composeBirthCongratulation(
      birth({ father: FATHER, mother: MOTHER }),
      HAC_THANH,
      WRITTEN_AT,
    );

    expect(letter.paragraphs[0]).toBe(
      'Ủy ban nhân dân phường Hạc Thành vui mừng được biết gia đình Ông, Bà vừa đón chào cháu trai Lê Minh Khôi, sinh ngày 20 tháng 11 năm 2026.',
    );
  });

  it('should write the unit word in lower case inside sentences and in capitals in the header', () => {
    const letter = composeBirthCongratulation(birth({ mother: MOTHER }), HAC_THANH, WRITTEN_AT);

    // Decree 30/2020, Phụ lục II: "Ủy ban nhân dân phường Hạc Thành" in running text.
    expect(letter.issuer).toBe('ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH');
    expect(letter.paragraphs.join('\n')).not.toContain('Phường');
    expect(letter.paragraphs[1]).toContain('Ủy ban nhân dân phường Hạc Thành xin gửi');
  });

  it("should speak of a grandson or a granddaughter according to the child's sex", () => {
    const boy = composeBirthCongratulation(
      birth({ mother: MOTHER }, 'male'),
      HAC_THANH,
      WRITTEN_AT,
    );
    const girl = composeBirthCongratulation(
      birth({ mother: MOTHER }, 'female'),
      HAC_THANH,
      WRITTEN_AT,
    );

    expect(boy.paragraphs[0]).toContain('cháu trai Lê Minh Khôi');
    expect(girl.paragraphs[0]).toContain('cháu gái Lê Minh Khôi');
    expect(girl.paragraphs[0]).not.toContain('cháu trai');
  });

  it('should write every line in NFC, so the letter prints and searches correctly', () => {
    const letters = [
      composeBirthCongratulation(birth({ father: FATHER, mother: MOTHER }), HAC_THANH, WRITTEN_AT),
      composeBirthCongratulation(birth({ mother: MOTHER }, 'female'), HAC_THANH, WRITTEN_AT),
    ];

    for (const text of letters.flatMap(allText)) {
      expect(text).toBe(text.normalize('NFC'));
    }
  });
});
