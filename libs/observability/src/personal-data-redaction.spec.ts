import { Writable } from 'node:stream';
import pino from 'pino';

import { maskPersonalDataInText, REDACTED_LOG_PATHS, redactUrl } from './personal-data-redaction';

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

  describe('request URLs (review L1)', () => {
    // The URLs the review found in survey.log and intake.log.
    const linkToken = '1FWFUEOGxk5aszJEA4WRLEBv9aa-nXgguKyS76vVwUQ';
    const jwt =
      'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvZmZpY2VyLTEiLCJyb2xlcyI6WyJvZmZpY2VyIl19.c2lnbmF0dXJlLXRoYXQtaXMtbG9uZy1lbm91Z2g';

    it('should hide the survey link token and short code in the path', () => {
      expect(redactUrl(`/v1/public/surveys/${linkToken}`)).toBe('/v1/public/surveys/[redacted]');
      expect(redactUrl('/v1/public/surveys/R5KK-PMNY')).toBe('/v1/public/surveys/[redacted]');
      expect(redactUrl('/v1/public/surveys/r5kk%20pmny/answers')).toBe(
        '/v1/public/surveys/[redacted]/answers',
      );
    });

    it('should hide a token in any query parameter, by its name or by its shape', () => {
      expect(redactUrl(`/v1/dossiers?access_token=${jwt}`)).toBe(
        '/v1/dossiers?access_token=[redacted]',
      );
      expect(redactUrl(`/v1/dossiers?communeCode=14797&t=${jwt}`)).toBe(
        '/v1/dossiers?communeCode=14797&t=[redacted]',
      );
      expect(redactUrl(`/v1/letters?link=${linkToken}`)).toBe('/v1/letters?link=[redacted]');
      expect(redactUrl('/v1/public/dossiers/H38.147.97-261201-380001?secret=K7Q2M-9XH4D')).toBe(
        '/v1/public/dossiers/H38.147.97-261201-380001?secret=[redacted]',
      );
      expect(redactUrl('/x?surveyToken=abc&SECRET=1&id_token=2&apiKey=3')).toBe(
        '/x?surveyToken=[redacted]&SECRET=[redacted]&id_token=[redacted]&apiKey=[redacted]',
      );
    });

    it('should keep what is needed to follow a request', () => {
      const plain = '/v1/dossiers?communeCode=14797&from=2026-03-01&status=in-progress&limit=50';

      expect(redactUrl(plain)).toBe(plain);
      expect(redactUrl('/v1/feedback-cases?code=PA-14797-2026-0001')).toBe(
        '/v1/feedback-cases?code=PA-14797-2026-0001',
      );
      expect(redactUrl('/v1/dossiers/5dd47f7b-72cb-4143-ae53-1378f7119481/receipt.pdf')).toBe(
        '/v1/dossiers/5dd47f7b-72cb-4143-ae53-1378f7119481/receipt.pdf',
      );
      expect(redactUrl('/x?a=%E0%A4%A&b')).toBe('/x?a=%E0%A4%A&b');
    });
  });
});
