/** One cell of a spreadsheet export; null is an empty cell. */
export type CsvCell = string | number | null;

/**
 * RFC 4180 quoting (fields with a comma, quote or line break are quoted, quotes doubled),
 * and text that a spreadsheet would run as a formula is neutralised with a leading quote.
 */
function csvField(value: CsvCell): string {
  if (value === null) {
    return '';
  }
  const text =
    typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as a CSV file officers open in Excel: UTF-8 with a byte-order mark (so Vietnamese
 * headers display correctly) and CRLF line ends.
 */
export function spreadsheetCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A 0–1 rate as a percent with one decimal; empty when there is none. */
export function percentCell(rate: number | null): string {
  return rate === null ? '' : (Math.round(rate * 1000) / 10).toFixed(1);
}
