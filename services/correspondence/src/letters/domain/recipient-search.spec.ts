import { escapeRegExp, foldForSearch } from './recipient-search';

describe('foldForSearch', () => {
  it('should fold Vietnamese names to plain lower-case letters, đ included', () => {
    expect(foldForSearch('Ông Đặng Thị Bình')).toBe('ong dang thi binh');
    expect(foldForSearch('TRẦN   THỊ  HẰNG')).toBe('tran thi hang');
  });

  it('should fold decomposed and precomposed text alike', () => {
    expect(foldForSearch('Nguyễn'.normalize('NFD'))).toBe(foldForSearch('Nguyễn'.normalize('NFC')));
  });

  it('should make user input literal in a regular expression', () => {
    expect(new RegExp(escapeRegExp('a.b*(c)')).test('a.b*(c)')).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
