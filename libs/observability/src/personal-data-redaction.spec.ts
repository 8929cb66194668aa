import pino from 'pino';
import { Writable } from 'node:stream';
import { maskPersonalDataInText, REDACTED_LOG_PATHS } from './personal-data-redaction';

function capture(): { lines: string[]; logger: pino.Logger } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return {
    lines,
    logger: pino({ redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' } }, sink),
  };
}

describe('personal data in logs', () => {
  it('should mask identity numbers, phones, addresses, names and tokens', () => {
    const { lines, logger } = capture();

    logger.info(
      {
        applicant: {
          fullName: 'Nguyễn Văn An',
          citizenId: '038090001234',
          phone: '0912345678',
          address: 'Số 12, phố Trần Phú',
        },
        req: { headers: { authorization: 'Bearer secret-token' } },
        dossierCode: 'H56.38-261128-0001',
      },
      'received',
    );

    const line = lines.join('');
    for (const secret of [
      'Nguyễn Văn An',
      '038090001234',
      '0912345678',
      'Trần Phú',
      'secret-token',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('H56.38-261128-0001');
    expect(JSON.parse(line).applicant.phone).toBe('[redacted]');
  });

  it('should mask e-mail addresses and phone numbers in provider error messages', () => {
    const masked = maskPersonalDataInText(
      '550 5.1.1 <an.nguyen@gmail.com>: mailbox unavailable; SMS to +84 912 345 678 refused',
    );

    expect(masked).toBe('550 5.1.1 <[e-mail]>: mailbox unavailable; SMS to [number] refused');
  });
});
