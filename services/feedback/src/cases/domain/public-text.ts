/** What replaces personal data in published text. */
export const MASK = '[đã ẩn]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Phone numbers, citizen ID numbers and the like: 9 or more digits, spaces, dots or dashes
// allowed between them ("0912 345 678", "+84.912.345.678", "038123456789").
const LONG_NUMBER = /\+?\d(?:[\s.-]?\d){8,}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Masks what identifies the citizen before an answer goes on the public list: their own
 * name, address, e-mail and phone, any e-mail address, and any long number. Officers are
 * asked to write public text without personal data; this is the safety net, not the rule.
 */
export function redactPersonalData(
  text: string,
  contact?: { fullName: string; addressLine?: string; email?: string; phone?: string },
): string {
  let result = text.normalize('NFC');
  const known = [contact?.fullName, contact?.addressLine, contact?.email, contact?.phone]
    .filter((value): value is string => Boolean(value && value.trim().length >= 2))
    .map((value) => value.normalize('NFC').trim())
    // Longest first, so "Nguyễn Văn An" is masked whole before any shorter value inside it.
    .sort((a, b) => b.length - a.length);
  for (const value of known) {
    result = result.replace(new RegExp(escapeRegExp(value), 'giu'), MASK);
  }
  return result.replace(EMAIL, MASK).replace(LONG_NUMBER, MASK);
}
