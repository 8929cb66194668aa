import fc from 'fast-check';

import { MASK, PublicTextContact, screenForPublication } from './public-text';

/**
 * Officers write the citizen's details in many ways; none of them may reach the public
 * list. fast-check draws citizens and the spellings an answer may use (review M2).
 */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thu', 'Hữu'];
const GIVEN = ['Lan', 'Hùng', 'Dũng', 'Hoa', 'Mai', 'Tuấn', 'Hương', 'Thảo', 'Quang', 'Yến'];
const STREETS = ['Lê Lai', 'Trần Phú', 'Bà Triệu', 'Quang Trung', 'Hàng Bạc', 'Đội Cấn'];
const HONORIFICS = ['Ông', 'Bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'công dân'];
// Officer phrasing around the mention: no digits, and no word of any name drawn above.
const BEFORE = ['Đã xử lý phản ánh của', 'Kính gửi', 'Trả lời ý kiến', 'Về ý kiến của'];
const AFTER = ['về rác thải.', 'đã được giải quyết.', ': cảm ơn ý kiến.', '.'];

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const digitsOf = (text: string): string => text.replace(/\D/g, '');

const spelling = fc.constantFrom<(text: string) => string>(
  (text) => text,
  (text) => text.toUpperCase(),
  (text) => text.toLowerCase(),
  (text) => text.normalize('NFD'),
  (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
  (text) => fold(text),
);
const nameSeparator = fc.constantFrom(' ', '  ', '-', '.', '_', ' - ', '\u00A0', '. ');
const numberSeparator = fc.constantFrom('', ' ', '.', '-', '/', '  ', ' - ');

interface Citizen extends PublicTextContact {
  family: string;
  middle: string;
  given: string;
  street: string;
  house: number;
  alley: number;
  idNumber: string;
  phone: string;
}

const citizen: fc.Arbitrary<Citizen> = fc
  .record({
    family: fc.constantFrom(...FAMILY),
    middle: fc.constantFrom(...MIDDLE),
    given: fc.constantFrom(...GIVEN),
    street: fc.constantFrom(...STREETS),
    house: fc.integer({ min: 1, max: 300 }),
    alley: fc.integer({ min: 1, max: 99 }),
    national: fc.stringMatching(/^[35789]\d{8}$/),
    idNumber: fc.stringMatching(/^0\d{11}$/),
  })
  .map((drawn) => ({
    ...drawn,
    fullName: `${drawn.family} ${drawn.middle} ${drawn.given}`,
    addressLine: `Số ${drawn.house}, ngõ ${drawn.alley}, phố ${drawn.street}`,
    phone: `0${drawn.national}`,
  }));

/** Digits split into groups of 1–4 with separators, as people write them. */
const grouped = (digits: string): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.integer({ min: 1, max: 4 }), numberSeparator), {
      minLength: digits.length,
      maxLength: digits.length,
    })
    .map((cuts) => {
      let result = '';
      let index = 0;
      for (const [size, separator] of cuts) {
        if (index >= digits.length) {
          break;
        }
        result += (index > 0 ? separator : '') + digits.slice(index, index + size);
        index += size;
      }
      return result;
    });

const nameMention = (person: Citizen): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(
        [person.family, person.middle, person.given],
        [person.family, person.given],
        [person.middle, person.given],
        ['HONORIFIC', person.given],
        ['HONORIFIC', person.family, person.middle, person.given],
      ),
      fc.constantFrom(...HONORIFICS),
      nameSeparator,
      spelling,
    )
    .map(([parts, honorific, separator, spell]) => {
      const [first, ...rest] = parts;
      return first === 'HONORIFIC'
        ? `${spell(honorific)} ${spell(rest.join(separator))}`
        : spell([first, ...rest].join(separator));
    });

const phoneMention = (person: Citizen): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('0', '+84', '+84 ', '84', '(+84) ', '+84.'),
      grouped(person.phone.slice(1)),
    )
    .map(([prefix, rest]) => `${prefix}${rest}`);

const idMention = (person: Citizen): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('', 'CCCD ', 'số định danh '), grouped(person.idNumber))
    .map(([label, digits]) => `${label}${digits}`);

const addressMention = (person: Citizen): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(
        'Số {h}, ngõ {a}, phố {s}',
        'số nhà {h} ngõ {a} {s}',
        '{h}/{a} {s}',
        'ngõ {a} số {h} {s}',
        'Số {h} ngõ {a} đường {s}',
        'nhà số {h}, ngõ {a}, {s}',
      ),
      spelling,
    )
    .map(([template, spell]) =>
      spell(
        template
          .replace('{h}', String(person.house))
          .replace('{a}', String(person.alley))
          .replace('{s}', person.street),
      ),
    );

const sentence = (mention: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom(...BEFORE), mention, fc.constantFrom(...AFTER))
    .map(([before, middle, after]) => ({ text: `${before} ${middle} ${after}`, middle }));

const RUNS = { numRuns: 400 };

describe('screenForPublication (property)', () => {
  it('should mask every spelling of the citizen’s name, with or without a form of address', () => {
    fc.assert(
      fc.property(
        citizen.chain((person) => fc.tuple(fc.constant(person), sentence(nameMention(person)))),
        ([person, { text }]) => {
          const screened = screenForPublication(text, person);

          expect(wordsOf(screened.text)).not.toContain(fold(person.given));
          expect(screened.text).toContain(MASK);
          expect(screened.uncertain).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('should mask the citizen’s phone and ID number however they are grouped', () => {
    fc.assert(
      fc.property(
        citizen.chain((person) =>
          fc.tuple(
            fc.constant(person),
            sentence(fc.oneof(phoneMention(person), idMention(person))),
          ),
        ),
        ([person, { text }]) => {
          const digits = digitsOf(screenForPublication(text, person).text);

          expect(digits).not.toContain(person.phone.slice(1));
          expect(digits).not.toContain(person.idNumber.slice(-9));
        },
      ),
      RUNS,
    );
  });

  it('should mask the citizen’s address in any order and wording', () => {
    fc.assert(
      fc.property(
        citizen.chain((person) => fc.tuple(fc.constant(person), sentence(addressMention(person)))),
        ([person, { text }]) => {
          const screened = screenForPublication(text, person);
          const left = wordsOf(screened.text);

          for (const word of wordsOf(person.street)) {
            expect(left).not.toContain(word);
          }
          expect(digitsOf(screened.text)).toBe('');
          expect(screened.uncertain).toEqual([]);
        },
      ),
      RUNS,
    );
  });
});
