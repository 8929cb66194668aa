import { isDuplicateKeyError } from './duplicate-key';

describe('isDuplicateKeyError', () => {
  it('should recognise a unique-index refusal and nothing else', () => {
    expect(
      isDuplicateKeyError(Object.assign(new Error('E11000 duplicate key'), { code: 11000 })),
    ).toBe(true);
    expect(isDuplicateKeyError(Object.assign(new Error('other'), { code: 28 }))).toBe(false);
    expect(isDuplicateKeyError(new Error('no code'))).toBe(false);
    expect(isDuplicateKeyError(null)).toBe(false);
  });
});
