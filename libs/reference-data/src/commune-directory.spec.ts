import { CommuneDirectory, parseCommunes } from './commune-directory';

describe('CommuneDirectory', () => {
  const directory = CommuneDirectory.load();

  it('should load every 2025 commune-level unit of Vietnam', () => {
    expect(directory.size).toBe(3321);
  });

  it('should find the ward that took in the Điện Biên ward of the source article', () => {
    expect(directory.find('14797')).toEqual({
      code: '14797',
      name: 'Phường Hạc Thành',
      kind: 'phuong',
      provinceCode: '38',
      provinceName: 'Tỉnh Thanh Hóa',
    });
  });

  it('should list the 166 communes of Thanh Hóa and none of an unknown province', () => {
    const thanhHoa = directory.inProvince('38');
    expect(thanhHoa).toHaveLength(166);
    expect(thanhHoa.every((commune) => commune.provinceName === 'Tỉnh Thanh Hóa')).toBe(true);
    expect(directory.inProvince('99')).toEqual([]);
  });

  it('should find a commune by what a citizen types, without diacritics or case', () => {
    expect(directory.search('hac thanh').map((commune) => commune.code)).toContain('14797');
    expect(directory.search('PHƯỜNG HẠC   thành', { provinceCode: '38' })).toEqual([
      expect.objectContaining({ code: '14797', name: 'Phường Hạc Thành' }),
    ]);
    expect(directory.search('xa', { provinceCode: '38', limit: 3 })).toHaveLength(3);
    expect(directory.search('   ')).toEqual([]);
    expect(directory.search('hac thanh', { provinceCode: '01' })).toEqual([]);
  });

  it('should not find a code that is not a 2025 commune', () => {
    expect(directory.find('99999')).toBeUndefined();
  });

  it('should refuse a file whose header is not the expected one', () => {
    expect(() => parseCommunes('a,b,c\n1,2,3')).toThrow('Unexpected commune file header');
  });
});
