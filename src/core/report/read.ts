/**
 * Reading responses for the report: samen saved files (one document, an array, or JSON
 * Lines) and the exports of host form engines (CSV or JSON) where one column or field
 * holds the checker's form value. Real exports are messy, so nothing here trusts a
 * column title: the samen column is found by what its cells hold. Whatever cannot be
 * read is named with a reason, never dropped silently.
 */
import Papa from 'papaparse';
import { isRecord } from '../shared.js';
import {
  QUALITY_EXTENDED_DIMENSIONS, QUALITY_FORMAT, QUALITY_FORMAT_VERSION, QUALITY_QUESTIONS,
  type QualityAnswers, type QualityAudience, type QualityQuestion, isQualityAnswer,
} from '../quality/index.js';
import { parseReportDate } from './dates.js';

/** The largest file the report reads (20 MB): a year of a city's answers is far smaller. */
export const REPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Longest service name kept; longer ones are cut, as they must fit a table header. */
export const REPORT_SERVICE_MAX = 120;

/** Why a file or a row could not be read. The element says each in words. */
export type ReportRejectReason =
  /** The file is larger than REPORT_MAX_BYTES. */
  | 'too-large'
  /** The browser could not read the file. */
  | 'unreadable'
  /** The file, or the row's samen cell, is empty. */
  | 'empty'
  /** JSON that does not parse (a JSON file, a JSON Lines line or a samen cell). */
  | 'not-json'
  /** Readable, but not a result of the quality checker. */
  | 'not-samen'
  /** A table in which no column holds results of the quality checker. */
  | 'no-samen-column'
  /** A saved result of a later version of the checker, which this report cannot interpret. */
  | 'unknown-version'
  /** A result without a single valid answer. */
  | 'no-answers';

/** A file, or one row of it, that could not be read. */
export interface ReportRejected {
  /** The file name (or `responses` for the property). */
  source: string;
  /** The row or item number in that file, counted as a spreadsheet does (header = 1); absent for the whole file. */
  row?: number;
  /** Why. */
  reason: ReportRejectReason;
}

/** One person's response, as the report counts it. */
export interface QualityResponse {
  /** Who answered. */
  audience: QualityAudience;
  /** Whether being known and trust were asked. */
  extended: boolean;
  /** The service rated, when the checker named one. */
  service?: string;
  /** Only this audience's valid answers: question id -> 1..5. */
  answers: QualityAnswers;
  /** The day it was submitted or saved, `YYYY-MM-DD`, when known. */
  date?: string;
  /** Recognises the same submission in a second load: a submission id, else a hash of its content and time. */
  key: string;
  /** The file it came from. */
  source: string;
}

/** What one file gave. */
export interface ReportFileRead {
  /** The responses found (duplicates among them not yet removed). */
  responses: QualityResponse[];
  /** What could not be read. */
  rejected: ReportRejected[];
}

const QUESTIONS = new Map<string, QualityQuestion>(QUALITY_QUESTIONS.map((q) => [q.id, q]));
const EXTENDED = new Set(QUALITY_QUESTIONS.filter((q) => QUALITY_EXTENDED_DIMENSIONS.includes(q.dimension)).map((q) => q.id));

/** A short, stable hash (cyrb53) for recognising a submission loaded twice. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** True when a text cell may hold a samen value; cheap, so that only such cells are parsed. */
function mayBeSamen(cell: string): boolean {
  const start = cell.trimStart();
  return start.startsWith('{') && (start.includes(QUALITY_FORMAT) || start.includes('"answers"'));
}

/** A readable response, or why not. */
type ValueRead = { ok: true; response: Omit<QualityResponse, 'key' | 'source' | 'date'>; savedAt?: string } | { ok: false; reason: ReportRejectReason };

/**
 * Reads one samen value: a saved document, the current form value `{ audience,
 * answers, scores }`, or the form value that carries the saved shape (`format`,
 * `version`, `service`). Only the answers of the response's own audience count.
 */
export function readQualityValue(input: unknown): ValueRead {
  let raw = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return { ok: false, reason: 'empty' };
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, reason: 'not-json' };
    }
  }
  if (!isRecord(raw)) return { ok: false, reason: 'not-samen' };
  if (raw.format !== undefined && raw.format !== QUALITY_FORMAT) return { ok: false, reason: 'not-samen' };
  if (raw.format === undefined && !(isRecord(raw.answers) && (raw.audience === 'family' || raw.audience === 'staff'))) return { ok: false, reason: 'not-samen' };
  // A later version may mean something else by the same fields: refuse rather than guess.
  if (raw.format === QUALITY_FORMAT && raw.version !== QUALITY_FORMAT_VERSION) return { ok: false, reason: 'unknown-version' };
  const given = isRecord(raw.answers) ? raw.answers : {};
  let audience: QualityAudience;
  if (raw.audience === 'family' || raw.audience === 'staff') audience = raw.audience;
  else {
    // The answers tell whose questions were answered; better than a blind default.
    let staff = 0;
    for (const id of Object.keys(given)) staff += QUESTIONS.get(id)?.audience === 'staff' ? 1 : -1;
    audience = staff > 0 ? 'staff' : 'family';
  }
  const answers: QualityAnswers = {};
  let extended = raw.extended === true;
  let count = 0;
  for (const id of Object.keys(given)) {
    const value = given[id];
    if (QUESTIONS.get(id)?.audience !== audience || !isQualityAnswer(value)) continue;
    answers[id] = value;
    count += 1;
    if (EXTENDED.has(id)) extended = true;
  }
  if (count === 0) return { ok: false, reason: 'no-answers' };
  const response: Omit<QualityResponse, 'key' | 'source' | 'date'> = { audience, extended, answers };
  if (typeof raw.service === 'string' && raw.service.trim() !== '') response.service = raw.service.trim().slice(0, REPORT_SERVICE_MAX);
  return { ok: true, response, savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : undefined };
}

/** Completes a response with its date and the key that recognises it in a second load. */
function finish(read: Extract<ValueRead, { ok: true }>, source: string, stamp: unknown, id: string | undefined, row: number | undefined): QualityResponse {
  const when = stamp ?? read.savedAt;
  const date = parseReportDate(when);
  const r = read.response;
  const content = () => `${r.audience}|${r.service ?? ''}|${Object.keys(r.answers).sort().map((k) => `${k}=${r.answers[k]}`).join(',')}`;
  // A submission id names a submission, but two forms can both have a submission 1:
  // the time it was made tells them apart. Without an id, the content and time do;
  // without a time either, two parents may well have given the same answers, so the
  // place in the file counts too (the same file loaded twice is still recognised).
  const key = id ? `id:${id}@${String(when ?? '')}`
    : when !== undefined && when !== '' ? `h:${hash(`${content()}@${String(when)}`)}` : `h:${hash(content())}@${source}#${row ?? 0}`;
  const response = r as QualityResponse;
  response.key = key;
  response.source = source;
  if (date) response.date = date;
  return response;
}

// ---- tables (CSV) -------------------------------------------------------------------

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
function samenColumn(rows: string[][], width: number): number {
  const sample = rows.slice(0, 50);
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
function dateColumn(header: string[], rows: string[][], skip: number): number {
  const sample = rows.slice(0, 50);
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
function idColumn(header: string[], rows: string[][], allowed: (c: number) => boolean): number {
  const sample = rows.slice(0, 50);
  const width = header.length;
  for (let c = 0; c < width; c++) if (allowed(c) && sample.every((r) => UUID.test(r[c] ?? ''))) return c;
  return titled(header, ID_TITLES, allowed);
}

/** Reads a CSV export: one response per row, from the column that holds samen values. */
function readTable(source: string, text: string): ReportFileRead {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  // A header alone: a table without answers, or one line of something else entirely.
  if (!rows.length) return { responses: [], rejected: [{ source, reason: header.length > 1 ? 'empty' : 'not-samen' }] };
  const width = Math.max(header.length, ...rows.slice(0, 50).map((r) => r.length));
  const column = samenColumn(rows, width);
  if (column < 0) return { responses: [], rejected: [{ source, reason: 'no-samen-column' }] };
  const date = dateColumn(header, rows, column);
  const id = idColumn(header, rows, (c) => c !== column && c !== date);
  const responses: QualityResponse[] = [];
  const rejected: ReportRejected[] = [];
  rows.forEach((row, index) => {
    const read = readQualityValue(row[column] ?? '');
    // Spreadsheet numbering: the header is row 1, the first response row 2.
    if (!read.ok) rejected.push({ source, row: index + 2, reason: read.reason });
    else responses.push(finish(read, source, date >= 0 ? row[date] : undefined, id >= 0 && row[id] ? `${header[id]}=${row[id]}` : undefined, index + 2));
  });
  return { responses, rejected };
}

// ---- JSON -------------------------------------------------------------------------

/** Field names of a date and of an id in a JSON record, best first. */
const DATE_FIELDS = ['completed', 'submitdate', 'submitted', 'created', 'date', 'savedAt', 'changed'];
const ID_FIELDS = ['uuid', 'sid', 'id', 'serial', 'entry_id'];

/** The samen value in a record: the record itself, one of its fields, or a field of its `data`. */
function samenIn(record: Record<string, unknown>): unknown {
  if (record.format === QUALITY_FORMAT || (isRecord(record.answers) && 'audience' in record)) return record;
  for (const level of [record, isRecord(record.data) ? record.data : undefined]) {
    if (!level) continue;
    for (const value of Object.values(level)) {
      if (typeof value === 'string' && mayBeSamen(value)) return value;
      if (isRecord(value) && (value.format === QUALITY_FORMAT || isRecord(value.answers))) return value;
    }
  }
  return undefined;
}

/** Reads one JSON item: a samen value, or a host's record that holds one. */
function readItem(source: string, item: unknown, row: number | undefined, out: ReportFileRead): void {
  const value = isRecord(item) ? samenIn(item) : item;
  const read = value === undefined ? ({ ok: false, reason: 'not-samen' } as const) : readQualityValue(value);
  if (!read.ok) {
    out.rejected.push(row === undefined ? { source, reason: read.reason } : { source, row, reason: read.reason });
    return;
  }
  const record = isRecord(item) && item !== value ? item : undefined;
  const stamp = record ? DATE_FIELDS.map((f) => record[f]).find((v) => parseReportDate(v)) : undefined;
  const idField = record ? ID_FIELDS.find((f) => typeof record[f] === 'string' || typeof record[f] === 'number') : undefined;
  out.responses.push(finish(read, source, stamp, idField ? `${idField}=${String(record![idField])}` : undefined, row));
}

/** Reads a JSON document: one value, an array, or an object holding an array of submissions. */
function readDocument(source: string, value: unknown): ReportFileRead {
  const out: ReportFileRead = { responses: [], rejected: [] };
  let items: unknown = value;
  if (isRecord(value) && samenIn(value) === undefined) {
    // An export wrapper such as { "responses": [ … ] }: the first array of records.
    const list = Object.values(value).find((v) => Array.isArray(v) && v.some(isRecord));
    if (list) items = list;
  }
  if (Array.isArray(items)) items.forEach((item, i) => readItem(source, item, i + 1, out));
  else readItem(source, items, undefined, out);
  if (Array.isArray(items) && !items.length) out.rejected.push({ source, reason: 'empty' });
  return out;
}

/**
 * Reads one file's text: JSON (one document, an array, an export wrapper), JSON Lines,
 * or a CSV table with a samen column. Never throws.
 * @param source the file name, used in `rejected` and in each response's `source`.
 * @param text the file's text; null when the browser could not read it.
 */
export function readQualityFile(source: string, text: string | null): ReportFileRead {
  if (text === null) return { responses: [], rejected: [{ source, reason: 'unreadable' }] };
  if (text.length > REPORT_MAX_BYTES) return { responses: [], rejected: [{ source, reason: 'too-large' }] };
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { responses: [], rejected: [{ source, reason: 'empty' }] };
  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      return readDocument(source, JSON.parse(body));
    } catch {
      // Not one JSON document: JSON Lines, one value per line.
      if (!body.startsWith('{') || !/\n\s*\{/.test(body)) return { responses: [], rejected: [{ source, reason: 'not-json' }] };
      const out: ReportFileRead = { responses: [], rejected: [] };
      body.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '') return;
        let item: unknown;
        try {
          item = JSON.parse(line);
        } catch {
          out.rejected.push({ source, row: i + 1, reason: 'not-json' });
          return;
        }
        readItem(source, item, i + 1, out);
      });
      return out;
    }
  }
  return readTable(source, body);
}
