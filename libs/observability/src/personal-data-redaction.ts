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

/** Path segments that are a citizen's credential: the survey link token or short code. */
const CREDENTIAL_IN_PATH = /(\/public\/surveys\/)[^/?#]+/gi;
/** Query parameters named for a secret, whatever their case or prefix. */
const SECRET_PARAMETER =
  /(token|secret|password|passwd|api[-_]?key|signature|jwt|credential|survey)/i;
/** Values shaped like a JWT or a 256-bit base64url token, whatever the parameter's name. */
const TOKEN_VALUE = /^(?:[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*|[A-Za-z0-9_-]{40,})$/;

function redactQueryPart(part: string): string {
  const equals = part.indexOf('=');
  if (equals < 0) {
    return part;
  }
  const name = part.slice(0, equals);
  let value = part.slice(equals + 1);
  try {
    value = decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    // a malformed escape: judge the raw text
  }
  let decodedName = name;
  try {
    decodedName = decodeURIComponent(name);
  } catch {
    // idem
  }
  return SECRET_PARAMETER.test(decodedName) || TOKEN_VALUE.test(value.trim())
    ? `${name}=[redacted]`
    : part;
}

/**
 * A request URL fit for the log: the survey credential in the path and every query value
 * that is a secret by its name or a token by its shape are replaced, the rest is kept.
 */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  const path = (query < 0 ? url : url.slice(0, query)).replace(CREDENTIAL_IN_PATH, '$1[redacted]');
  if (query < 0) {
    return path;
  }
  const parts = url
    .slice(query + 1)
    .split('&')
    .map(redactQueryPart);
  return `${path}?${parts.join('&')}`;
}
