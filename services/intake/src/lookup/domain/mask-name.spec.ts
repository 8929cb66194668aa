import { maskName } from './mask-name';

describe('maskName', () => {
  it('should keep only the initial of every word, diacritics included', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N*** V*** A***');
    expect(maskName('  Đỗ   Thị Ánh ')).toBe('Đ*** T*** Á***');
  });

  it('should treat a decomposed name like its composed form', () => {
    expect(maskName('Ánh'.normalize('NFD'))).toBe('Á***');
  });
});
