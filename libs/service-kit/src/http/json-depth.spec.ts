import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe('exceedsJsonDepth', () => {
  it('should accept nesting up to the limit and refuse one level more', () => {
    expect(exceedsJsonDepth(bytes(nested(MAX_JSON_DEPTH)), MAX_JSON_DEPTH)).toBe(false);
    expect(exceedsJsonDepth(bytes(nested(MAX_JSON_DEPTH + 1)), MAX_JSON_DEPTH)).toBe(true);
  });

  it('should count arrays and objects alike', () => {
    expect(exceedsJsonDepth(bytes('[[[1]]]'), 3)).toBe(false);
    expect(exceedsJsonDepth(bytes('[{"a":[{}]}]'), 3)).toBe(true);
  });

  it('should measure depth, not the number of siblings', () => {
    const wide = `[${Array.from({ length: 1000 }, () => '{"a":[1]}').join(',')}]`;

    expect(exceedsJsonDepth(bytes(wide), 3)).toBe(false);
  });

  it('should ignore brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(bytes('{"a":"[[[[{{{{"}'), 1)).toBe(false);
    expect(exceedsJsonDepth(bytes('{"a":"\\"[[[[","b":"\\\\"}'), 1)).toBe(false);
    expect(exceedsJsonDepth(bytes('{"a":"\\\\",  "b":[[1]]}'), 2)).toBe(true);
  });

  it('should read Vietnamese text in UTF-8 without miscounting', () => {
    expect(exceedsJsonDepth(bytes('{"hoTen":"Nguyễn Văn Ấn {[","x":[1]}'), 2)).toBe(false);
  });

  it('should find 15,000 levels in one pass without recursing', () => {
    expect(exceedsJsonDepth(bytes(nested(15000)), MAX_JSON_DEPTH)).toBe(true);
  });
});
