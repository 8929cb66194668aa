import type { Language } from './i18n/i18n';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The instant's parts in Vietnam time, whatever the device's zone. */
function inVietnam(instant: Date, locale: string, parts: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...parts }).format(instant);
}

/** "14:30 05/03/2026": Vietnam time whatever the device's zone. */
export function formatInstant(iso: string, language: Language): string {
  const instant = new Date(iso);
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  const time = inVietnam(instant, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = inVietnam(instant, locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${time} ${day}`;
}

export function formatVnd(amount: number, language: Language): string {
  const digits = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB').format(amount);
  return language === 'vi' ? `${digits} đồng` : `VND ${digits}`;
}

/** Today's date in Vietnam as `YYYY-MM-DD`, whatever the device's zone. */
export function vietnamToday(now: Date = new Date()): string {
  return inVietnam(now, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** "98,5%" in Vietnamese, "98.5%" in English; "—" where there is nothing to divide. */
export function formatShare(share: number | null, language: Language): string {
  if (share === null) {
    return '—';
  }
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}
