/** What replaces personal data in published text. */
export const MASK = '[đã ẩn]';

export interface PublicTextContact {
  fullName: string;
  addressLine?: string;
  email?: string;
  phone?: string;
}

/**
 * Why a text cannot be published without an officer reading it first: the given name on
 * its own, or the house and alley numbers without the street.
 */
export type UncertainMention = 'given-name' | 'address';

export interface ScreenedText {
  /** The text with everything that certainly identifies the citizen masked. */
  text: string;
  /** What may still identify the citizen; empty when the text may be published as it is. */
  uncertain: UncertainMention[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/**
 * Digits with up to three separators of a kind people write in numbers between them
 * ("0912 345 678", "+84.912.345.678", "0987/654/321", "(098) 765-4321", "0912 - 345");
 * a comma or a word ends the run, so dates followed by amounts stay apart.
 */
const DIGIT_RUN = /\+?\d(?:[ .\-/()\u00A0]{0,3}\d)*/g;
/** Nine digits or more is a phone, an identity number or the like, whoever's it is. */
const LONG_NUMBER_DIGITS = 9;
/** Shorter pieces of the citizen's own phone are masked from six digits on. */
const PHONE_FRAGMENT_DIGITS = 6;

/** How people address one another in Vietnamese, folded (no diacritics, lower case). */
const HONORIFICS = new Set([
  'ong',
  'ba',
  'anh',
  'chi',
  'em',
  'co',
  'chu',
  'bac',
  'di',
  'cau',
  'mo',
  'thim',
  'cu',
  'chau',
  'o',
  'ban',
  'me',
  'bo',
]);
/** Two-word forms of address ("công dân Lan", "đồng chí Lan"). */
const HONORIFIC_PAIRS = new Set(['cong dan', 'dong chi', 'nguoi dan']);

/** Words of a Vietnamese address that are not themselves identifying, folded. */
const ADDRESS_WORDS = new Set([
  'so',
  'nha',
  'ngo',
  'ngach',
  'hem',
  'kiet',
  'pho',
  'duong',
  'to',
  'dan',
  'thon',
  'xom',
  'ap',
  'ban',
  'khu',
  'khom',
  'kp',
  'cum',
  'lo',
  'can',
  'ho',
  'toa',
  'tang',
  'phuong',
  'xa',
  'thi',
  'tran',
  'quan',
  'huyen',
  'thanh',
  'tp',
  'tinh',
  'p',
  'q',
]);
/** How far before a street name the house and alley numbers may stand. */
const ADDRESS_LOOKBACK_TOKENS = 8;

interface Folded {
  /** Lower case, no diacritics, "đ" as "d": what matching compares. */
  text: string;
  /** For every folded UTF-16 unit, the index in the original it came from. */
  origin: number[];
}

interface Token {
  word: string;
  /** Span in the original text. */
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

/** Folds a text for matching, keeping where each folded character came from. */
function fold(original: string): Folded {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of original) {
    const base = character
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    for (let unit = 0; unit < base.length; unit += 1) {
      text += base[unit];
      origin.push(index);
    }
    index += character.length;
  }
  origin.push(original.length);
  return { text, origin };
}

/** The words (letters and digits) of a text, with their spans in the original. */
function tokensOf(original: string): Token[] {
  const folded = fold(original);
  const tokens: Token[] = [];
  for (const match of folded.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({
      word: match[0],
      start: folded.origin[start] ?? 0,
      end: folded.origin[end] ?? original.length,
    });
  }
  return tokens;
}

const words = (text: string): string[] => tokensOf(text).map((token) => token.word);
const isNumber = (word: string): boolean => /\d/.test(word);

/** The original word starts with a capital, as a name does ("Lan", not "lan rộng"). */
function looksLikeName(original: string, token: Token): boolean {
  const first = original.slice(token.start, token.end).normalize('NFC').charAt(0);
  return first !== first.toLowerCase();
}

function nameSpans(
  original: string,
  tokens: Token[],
  fullName: string,
  masked: (token: Token) => boolean,
): {
  spans: Span[];
  givenNameAlone: boolean;
} {
  const parts = words(fullName);
  const given = parts.at(-1);
  if (!given) {
    return { spans: [], givenNameAlone: false };
  }
  const partSet = new Set(parts);
  const spans: Span[] = [];
  let givenNameAlone = false;
  for (let index = 0; index < tokens.length;) {
    // A run of two or more words of the name that holds the given name or the family name.
    let end = index;
    while (end < tokens.length && partSet.has(tokens[end]?.word ?? '')) {
      end += 1;
    }
    const run = tokens.slice(index, end);
    if (run.length >= 2 && run.some((token) => token.word === given || token.word === parts[0])) {
      spans.push({ start: run[0]?.start ?? 0, end: run.at(-1)?.end ?? 0 });
      index = end;
      continue;
    }
    const token = tokens[index];
    if (token?.word === given) {
      const before = tokens[index - 1]?.word ?? '';
      const pair = `${tokens[index - 2]?.word ?? ''} ${before}`;
      if (HONORIFICS.has(before) || HONORIFIC_PAIRS.has(pair)) {
        spans.push({ start: token.start, end: token.end });
      } else if (looksLikeName(original, token) && !masked(token)) {
        givenNameAlone = true;
      }
    }
    index += 1;
  }
  return { spans, givenNameAlone };
}

function addressSpans(
  tokens: Token[],
  addressLine: string,
  maskedAlready: Span[],
): {
  spans: Span[];
  numbersAlone: boolean;
} {
  const all = words(addressLine);
  const numbers = all.filter(isNumber);
  // The street or place: the words after the last number, without a leading "phố", "đường".
  const afterNumbers = all.slice(all.findLastIndex(isNumber) + 1);
  const leading = afterNumbers.findIndex((word) => !ADDRESS_WORDS.has(word));
  const place = leading < 0 ? [] : afterNumbers.slice(leading);
  const house = numbers[0];
  const spans: Span[] = [];
  if (house === undefined) {
    // No house number: the place alone is a public place, not the citizen's home.
    return { spans, numbersAlone: false };
  }
  const count = (list: string[], word: string) => list.filter((item) => item === word).length;
  const holdsAll = (seen: string[]) =>
    numbers.every((number) => count(seen, number) >= count(numbers, number));
  for (let index = 0; place.length > 0 && index + place.length <= tokens.length; index += 1) {
    if (!place.every((word, offset) => tokens[index + offset]?.word === word)) {
      continue;
    }
    // House and alley numbers and address words just before the street, in any order.
    let first = index;
    const seen: string[] = [];
    while (first > 0 && index - first < ADDRESS_LOOKBACK_TOKENS) {
      const word = tokens[first - 1]?.word ?? '';
      // Numbers only while the address still lacks one: a phone just before stays apart.
      if (!ADDRESS_WORDS.has(word) && !(isNumber(word) && !holdsAll(seen))) {
        break;
      }
      first -= 1;
      seen.push(word);
    }
    // The street with the house number is the home; the street alone is a public place.
    if (seen.includes(house)) {
      spans.push({
        start: tokens[first]?.start ?? 0,
        end: tokens[index + place.length - 1]?.end ?? 0,
      });
    }
  }
  // The house and alley numbers without the street ("nhà số 8 ngõ 3"): perhaps the home.
  const masked = [...maskedAlready, ...spans];
  const open = (token: Token | undefined): boolean =>
    token !== undefined &&
    (isNumber(token.word) || ADDRESS_WORDS.has(token.word)) &&
    !masked.some((span) => span.start <= token.start && token.end <= span.end);
  let numbersAlone = false;
  for (let index = 0; index < tokens.length && !numbersAlone; index += 1) {
    const seen: string[] = [];
    for (let next = index; open(tokens[next]); next += 1) {
      seen.push(tokens[next]?.word ?? '');
    }
    numbersAlone = holdsAll(seen) && seen.some((word) => !isNumber(word));
  }
  return { spans, numbersAlone };
}

function numberSpans(original: string, phone: string | undefined): Span[] {
  const own = phone?.replace(/\D/g, '') ?? '';
  // The national number without its trunk or country prefix: 0987654321, +84987654321.
  const national = own.replace(/^(84|0)/, '');
  const spans: Span[] = [];
  for (const match of original.matchAll(DIGIT_RUN)) {
    const digits = match[0].replace(/\D/g, '');
    const fragmentOfOwn =
      national.length >= PHONE_FRAGMENT_DIGITS &&
      digits.length >= PHONE_FRAGMENT_DIGITS &&
      (own.includes(digits) || national.includes(digits.replace(/^(84|0)/, '')));
    if (digits.length >= LONG_NUMBER_DIGITS || fragmentOfOwn) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

function masked(original: string, spans: Span[]): string {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let result = '';
  let cursor = 0;
  for (const span of ordered) {
    if (span.end <= cursor) {
      continue;
    }
    result += original.slice(cursor, Math.max(cursor, span.start));
    if (!result.endsWith(MASK)) {
      result += MASK;
    }
    cursor = span.end;
  }
  return result + original.slice(cursor);
}

/**
 * Screens an answer before it goes on the public list. Masked for certain: the citizen's
 * name written any way (case, diacritics or not, NFC or NFD, any separators), two or more
 * words of it, the given name after a form of address ("bà Lan"); their address (the
 * street with its house and alley numbers, in any order and wording); any e-mail address;
 * any number of nine digits or more and six or more of their own phone. Uncertain: the
 * given name on its own, capitalised, and the house and alley numbers without the street;
 * an officer reads such a text before it is published. The street alone is a public place.
 */
export function screenForPublication(text: string, contact?: PublicTextContact): ScreenedText {
  const original = text.normalize('NFC');
  const tokens = tokensOf(original);
  const spans: Span[] = [];
  const uncertain: UncertainMention[] = [];
  for (const match of original.matchAll(EMAIL)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  spans.push(...numberSpans(original, contact?.phone));
  if (contact?.addressLine) {
    const address = addressSpans(tokens, contact.addressLine, spans);
    spans.push(...address.spans);
    if (address.numbersAlone) {
      uncertain.push('address');
    }
  }
  if (contact?.fullName) {
    // A given name inside what is masked anyway (a street named after it) is no mention.
    const covered = [...spans];
    const names = nameSpans(original, tokens, contact.fullName, (token) =>
      covered.some((span) => span.start <= token.start && token.end <= span.end),
    );
    spans.push(...names.spans);
    if (names.givenNameAlone) {
      uncertain.unshift('given-name');
    }
  }
  return { text: masked(original, spans), uncertain };
}

/** The masked text alone (see screenForPublication). */
export function redactPersonalData(text: string, contact?: PublicTextContact): string {
  return screenForPublication(text, contact).text;
}
