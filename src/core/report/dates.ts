/**
 * Dates as form engines write them: ISO 8601 (`2026-03-01`, `2026-03-01 14:05:00`,
 * `2026-03-01T14:05:00+01:00`), Belgian day-first dates (`01/03/2026`, `1.3.2026`,
 * `01-03-2026`) and Unix timestamps (seconds, as Drupal stores them, or milliseconds).
 */

/** Days per month in a common year. */
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether year, month and day make a real calendar day (years from 100 on: a two-digit
 * year is no submission date). Arithmetic, not a Date: an export has a date per row.
 */
function realDay(year: number, month: number, day: number): boolean {
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS[month - 1]);
}

/** Whether the character at `i` is a digit 0-9. */
const digit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** The number written by the digits from `start` to `end` (checked digits). */
function number(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
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
  // ISO 8601 (`2026-03-01`, then the end, a T or a space), read without a pattern:
  // the same as /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/, once per row of an export.
  if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && digit(text, 0) && digit(text, 1) && digit(text, 2) && digit(text, 3)
    && digit(text, 5) && digit(text, 6) && digit(text, 8) && digit(text, 9) && (text.length === 10 || text[10] === 'T' || text[10] === ' ')) {
    return realDay(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)) ? text.slice(0, 10) : undefined;
  }
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[ T,])/.exec(text);
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
