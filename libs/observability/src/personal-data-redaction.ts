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
