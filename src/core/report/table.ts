/**
 * Reading a CSV export: one response per row, from the column whose cells hold samen
 * values (found by content, never by title), with the date and submission id columns
 * found the same way. The CSV itself is parsed by papaparse.
 */
import Papa from 'papaparse';
import { parseReportDate } from './dates.js';
import { type ReportFileRead, finish, mayBeSamen, readQualityValue } from './value.js';

/** Column titles of the date a submission was made, best first (Drupal Webform, LimeSurvey, Flamingo, …). */
const DATE_TITLES = [/^(completed|submitdate|submitted|submit ?date|date submitted)$/i, /^(voltooid|terminé|abgeschlossen)$/i, /^(created|date|datum|date_created|entry date|aangemaakt|ingediend|créé|erstellt|datestamp)$/i];
/** Column titles of a submission id, best first. */
const ID_TITLES = [/^(uuid|submission uuid)$/i, /^(sid|submission id|entry id|entry_id|response id|responseid)$/i, /^(id|serial|serial number)$/i];

/** The delimiter of the header line: the one of , ; tab | that occurs most outside quotes. */
function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c] += 1;
  }
  return Object.entries(counts).reduce((best, entry) => (entry[1] > best[1] ? entry : best), [',', 0])[0];
}

/** The index of the column whose cells most often hold samen values, or -1. */
function samenColumn(sample: string[][], width: number): number {
  let best = -1;
  let bestCount = 0;
  for (let c = 0; c < width; c++) {
    const count = sample.filter((row) => typeof row[c] === 'string' && mayBeSamen(row[c])).length;
    if (count > bestCount) [best, bestCount] = [c, count];
  }
  return best;
}

/** The column a title list names first, among columns allowed; -1 when none. */
function titled(header: string[], titles: RegExp[], allowed: (c: number) => boolean): number {
  for (const title of titles) {
    const found = header.findIndex((h, c) => allowed(c) && title.test(h.trim()));
    if (found >= 0) return found;
  }
  return -1;
}

/** The date column: a known title whose cells are dates, else the first column that holds dates. */
function dateColumn(header: string[], sample: string[][], skip: number): number {
  const holdsDates = (c: number) => {
    const cells = sample.map((r) => r[c]).filter((v) => typeof v === 'string' && v.trim() !== '');
    return c !== skip && cells.length > 0 && cells.filter((v) => parseReportDate(v)).length >= cells.length * 0.8;
  };
  const named = titled(header, DATE_TITLES, holdsDates);
  if (named >= 0) return named;
  return header.findIndex((_, c) => holdsDates(c));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The submission id column: one whose every cell is a UUID (Drupal Webform's, whatever
 * the interface language calls it), else a known title; -1 when there is none.
 */
function idColumn(header: string[], sample: string[][], allowed: (c: number) => boolean): number {
  const width = header.length;
  for (let c = 0; c < width; c++) if (allowed(c) && sample.every((r) => UUID.test(r[c] ?? ''))) return c;
  return titled(header, ID_TITLES, allowed);
}

/** Rows looked at to find the columns (the samen value, the date, the id). */
const SAMPLE = 50;

/** The columns of a table, found from its header and first rows. */
interface Columns {
  /** The column holding samen values. */
  samen: number;
  /** The date column, or -1. */
  date: number;
  /** The submission id column, or -1. */
  id: number;
}

/** The columns, or null when no column holds samen values. */
function columnsOf(header: string[], sample: string[][]): Columns | null {
  const width = Math.max(header.length, ...sample.map((r) => r.length));
  const samen = samenColumn(sample, width);
  if (samen < 0) return null;
  const date = dateColumn(header, sample, samen);
  return { samen, date, id: idColumn(header, sample, (c) => c !== samen && c !== date) };
}

/**
 * Reads a CSV export: one response per row, from the column that holds samen values.
 * The rows are taken one by one as papaparse finds them (its `step`), so that a row is
 * garbage as soon as it is read: holding 10,000 rows of 20 cells while their values are
 * read cost more than the parse itself. The first 50 rows wait until the columns are
 * found from them.
 * @param stream false: let papaparse build the whole table first (the plain way, which
 *   test/core/report-fast.test.ts compares the streaming one with).
 */
export function readTable(source: string, text: string, stream = true): ReportFileRead {
  const out: ReportFileRead = { responses: [], rejected: [] };
  let header: string[] | undefined;
  const sample: string[][] = [];
  // undefined: not yet known (the sample is still filling); null: no samen column.
  let columns: Columns | null | undefined;
  // Spreadsheet numbering: the header is row 1, the first response row 2.
  let rowNumber = 1;
  const read = (row: string[], at: number, c: Columns) => {
    const value = readQualityValue(row[c.samen] ?? '');
    if (!value.ok) out.rejected.push({ source, row: at, reason: value.reason });
    else out.responses.push(finish(value, source, c.date >= 0 ? row[c.date] : undefined, c.id >= 0 && row[c.id] ? `${header![c.id]}=${row[c.id]}` : undefined, at));
  };
  const decide = () => {
    columns = columnsOf(header ?? [], sample);
    if (columns) sample.forEach((row, i) => read(row, i + 2, columns!));
  };
  /** Takes one row; false once the rest of the file no longer matters. */
  const take = (row: string[]): boolean => {
    if (!header) return ((header = row), true);
    rowNumber += 1;
    if (columns) return (read(row, rowNumber, columns), true);
    sample.push(row);
    if (sample.length === SAMPLE) decide();
    return columns !== null;
  };
  const config = { delimiter: detectDelimiter(text), skipEmptyLines: 'greedy' as const };
  if (stream) Papa.parse<string[]>(text, { ...config, step: (r, parser) => void (take(r.data) || parser.abort()) });
  else for (const row of Papa.parse<string[]>(text, config).data) if (!take(row)) break;
  // A header alone: a table without answers, or one line of something else entirely.
  if (rowNumber === 1) return { responses: [], rejected: [{ source, reason: (header?.length ?? 0) > 1 ? 'empty' : 'not-samen' }] };
  if (columns === undefined) decide();
  if (columns === null) return { responses: [], rejected: [{ source, reason: 'no-samen-column' }] };
  return out;
}
