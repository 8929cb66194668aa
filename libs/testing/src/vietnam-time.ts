/** An instant written as Vietnam wall-clock time (UTC+7, no daylight saving): `vn('2026-03-12T09:00:00')`. */
export const vn = (local: string): Date => new Date(`${local}+07:00`);
