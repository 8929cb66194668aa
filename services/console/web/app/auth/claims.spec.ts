import { homeOf, leads, officerOf, overseesProvince, worksAtDesk } from './claims';

const base64url = (text: string): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const token = (claims: object): string =>
  ['e30', base64url(JSON.stringify(claims)), 'signature'].join('.');

describe('the officer an access token names', () => {
  it('should read the name, roles and communes the realm puts into the token', () => {
    const officer = officerOf(
      token({ name: 'Nguyễn Thị Lan', roles: ['officer'], communes: ['14797'], sub: 'x' }),
    );

    expect(officer).toEqual({ name: 'Nguyễn Thị Lan', roles: ['officer'], communes: ['14797'] });
    expect(worksAtDesk(officer)).toBe(true);
    expect(leads(officer)).toBe(false);
  });

  it('should offer a leader both the desk and the letters to approve', () => {
    const leader = officerOf(
      token({ name: 'Lê Văn Hùng', roles: ['leader'], communes: ['14797'] }),
    );

    expect(worksAtDesk(leader)).toBe(true);
    expect(leads(leader)).toBe(true);
  });

  it('should give the name in NFC even when the provider sends decomposed diacritics', () => {
    const decomposed = 'Nguyễn Thị Lan'.normalize('NFD');

    expect(officerOf(token({ name: decomposed })).name).toBe('Nguyễn Thị Lan'.normalize('NFC'));
  });

  it('should keep the province of a province user and not offer the desk', () => {
    const officer = officerOf(
      token({ preferred_username: 'tinh.thanhhoa', roles: ['province'], province: '38' }),
    );

    expect(officer).toMatchObject({ name: 'tinh.thanhhoa', province: '38', communes: [] });
    expect(worksAtDesk(officer)).toBe(false);
    expect(overseesProvince(officer)).toBe(true);
    expect(homeOf(officer)).toBe('/tinh/xa-phuong');
  });

  it('should land desk users on the desk, and a user with no role of the console at home', () => {
    expect(homeOf(officerOf(token({ roles: ['leader'], communes: ['14797'] })))).toBe(
      '/ban-lam-viec',
    );
    const provinceWithoutProvince = officerOf(token({ roles: ['province'] }));
    expect(overseesProvince(provinceWithoutProvince)).toBe(false);
    expect(homeOf(provinceWithoutProvince)).toBe('/');
  });

  it('should ignore claims of the wrong type rather than fail', () => {
    expect(officerOf(token({ roles: 'officer', communes: [14797] }))).toEqual({
      name: '',
      roles: [],
      communes: [],
    });
  });
});
