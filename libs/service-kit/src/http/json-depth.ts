/**
 * How deeply a request body may nest objects and arrays. The platform's deepest request
 * (a questionnaire: sections, questions, options) needs fewer than 8 levels; 32 leaves room
 * for growth while staying two orders of magnitude below where class-transformer and the
 * validation pipe, which recurse once per level, overflow the stack (about 2,000 levels).
 */
export const MAX_JSON_DEPTH = 32;

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * True when UTF-8 JSON text opens more than `maxDepth` nested objects or arrays. One pass,
 * no recursion, stops at the first level too deep; brackets inside strings do not count.
 * Works on the raw bytes: in UTF-8 these ASCII bytes never occur inside a multi-byte character.
 */
export function exceedsJsonDepth(text: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const byte = text[index];
    if (inString) {
      if (byte === BACKSLASH) {
        index += 1; // the escaped character, whatever it is, cannot end the string
      } else if (byte === QUOTE) {
        inString = false;
      }
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      if (depth > maxDepth) {
        return true;
      }
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return false;
}
