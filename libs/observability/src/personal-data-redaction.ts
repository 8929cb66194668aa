/**
 * Log paths that may carry personal data or secrets; pino replaces their values.
 * Bodies are never logged whole, so these cover headers and the fields we do log.
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.citizenId',
  '*.identityNumber',
  '*.phone',
  '*.phoneNumber',
  '*.email',
  '*.address',
  '*.fullName',
  '*.secret',
];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const LONG_DIGIT_RUN = /\+?\d[\d .-]{7,}\d/g;

/**
 * Masks e-mail addresses and phone or identity numbers in free text we did not write,
 * such as an SMTP server's or SMS provider's error message, before it is logged.
 */
export function maskPersonalDataInText(text: string): string {
  return text
    .replace(EMAIL, '[e-mail]')
    .replace(LONG_DIGIT_RUN, (run) => (run.replace(/\D/g, '').length >= 9 ? '[number]' : run));
}
