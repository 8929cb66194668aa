/**
 * The papers a supplement request lists, one a line as the officer types them: NFC, single
 * spaces, list markers ("1.", "-", "•") and blank lines dropped.
 */
export function supplementItems(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*(?:\d+[.)]|[-–•*+])\s*/u, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0);
}

/**
 * A new appointment typed as a Vietnam date (`YYYY-MM-DD`) and time (`HH:MM`), as the instant
 * the deadline service takes; undefined while either is missing or malformed. Vietnam keeps
 * UTC+7 all year, so the offset is fixed whatever the device's zone.
 */
export function vietnamAppointment(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
    return undefined;
  }
  const instant = new Date(`${date}T${time}:00+07:00`);
  return Number.isNaN(instant.getTime()) ? undefined : `${date}T${time}:00+07:00`;
}
