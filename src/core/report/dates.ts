/**
 * Dates as form engines write them: ISO 8601 (`2026-03-01`, `2026-03-01 14:05:00`,
 * `2026-03-01T14:05:00+01:00`), Belgian day-first dates (`01/03/2026`, `1.3.2026`,
 * `01-03-2026`) and Unix timestamps (seconds, as Drupal stores them, or milliseconds).
 */

/** Whether year, month and day make a real calendar day. */
function realDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar day of a date value as `YYYY-MM-DD`, or undefined when it is none.
 * The day is the one written (a time zone offset does not move it), since that is the
 * day the person submitted on, where they were.
 * @param value a string or a number.
 */
export function parseReportDate(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'number' && Number.isFinite(value)) text = String(Math.trunc(value));
  else if (typeof value === 'string') text = value.trim();
  else return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (m) return realDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[ T,])/.exec(text);
  if (m) return realDay(+m[3], +m[2], +m[1]) ? `${m[3]}-${pad(+m[2])}-${pad(+m[1])}` : undefined;
  // Seconds (10 digits) or milliseconds (13) since 1970: only plausible years, so a
  // submission number is never mistaken for a date.
  if (/^\d{10}$|^\d{13}$/.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    const d = new Date(ms);
    if (d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100) return d.toISOString().slice(0, 10);
  }
  return undefined;
}
