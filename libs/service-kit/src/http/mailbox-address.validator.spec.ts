import { MAILBOX_ADDRESS } from './mailbox-address.validator';

describe('MAILBOX_ADDRESS', () => {
  it('should accept ordinary mailbox addresses', () => {
    for (const address of [
      'lan.nguyen@example.vn',
      'an_nguyen+gopy@mail.hanoi.gov.vn',
      'A.B-C@EXAMPLE.COM',
      'x@xn--bcher-kva.example',
    ]) {
      expect(MAILBOX_ADDRESS.test(address)).toBe(true);
    }
  });

  it('should refuse CR/LF, quoted local parts, display names and odd forms (review L7)', () => {
    for (const address of [
      '"a\r\nbcc:x"@x.vn',
      '"a b"@x.vn',
      'a\r\nbcc:x@x.vn',
      'a@x.vn\r\nBcc: y@z.vn',
      'a@x.vn\n',
      'Lan <lan@x.vn>',
      'a..b@x.vn',
      '.a@x.vn',
      'a.@x.vn',
      'a@[127.0.0.1]',
      'a@localhost',
      'a@b@x.vn',
      'lan nguyen@x.vn',
      'lần@x.vn',
      `${'a'.repeat(65)}@x.vn`,
      'a@-x.vn',
    ]) {
      expect({ address, valid: MAILBOX_ADDRESS.test(address) }).toEqual({ address, valid: false });
    }
  });
});
