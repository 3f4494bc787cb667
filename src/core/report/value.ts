/**
 * One response as the report counts it, read from one samen value (a saved document
 * or a form value), with why a value could not be read. The file readers (read.ts,
 * table.ts) find the values; this module judges each one.
 */
import { isRecord } from '../shared.js';
import {
  QUALITY_EXTENDED_DIMENSIONS, QUALITY_FORMAT, QUALITY_FORMAT_VERSION, QUALITY_QUESTIONS,
  type QualityAnswers, type QualityAudience, isQualityAnswer,
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

/** Bits of a question's kind: asked of staff (else of families); one of the extended B's. */
const STAFF = 1;
const EXTENDED = 2;
/** Question id -> its kind, so that one look-up tells both. */
const KIND = new Map<string, number>(QUALITY_QUESTIONS.map((q) => [q.id, (q.audience === 'staff' ? STAFF : 0) | (QUALITY_EXTENDED_DIMENSIONS.includes(q.dimension) ? EXTENDED : 0)]));

/** Whether Object.prototype has no enumerable key, so that `for…in` lists an object's own keys only. */
function plainPrototype(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

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
export function mayBeSamen(cell: string): boolean {
  const start = cell.trimStart();
  return start.startsWith('{') && (start.includes(QUALITY_FORMAT) || start.includes('"answers"'));
}

/** A readable response, or why not. */
export type ValueRead = { ok: true; response: Omit<QualityResponse, 'key' | 'source' | 'date'>; savedAt?: string } | { ok: false; reason: ReportRejectReason };

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
    for (const id of Object.keys(given)) staff += KIND.get(id) === undefined ? -1 : KIND.get(id)! & STAFF ? 1 : -1;
    audience = staff > 0 ? 'staff' : 'family';
  }
  const own = audience === 'staff' ? STAFF : 0;
  let extended = raw.extended === true;
  let count = 0;
  let keys = 0;
  // One look-up per answer and `for…in` (V8 reads each value through the object's own
  // key list, not a search): this loop runs once per response of an export, and no two
  // responses need have the same questions (bench/report-bench.mjs).
  for (const id in given) {
    keys += 1;
    const kind = KIND.get(id);
    if (kind === undefined || (kind & STAFF) !== own || !isQualityAnswer(given[id])) continue;
    count += 1;
    if (kind & EXTENDED) extended = true;
  }
  if (count === 0) return { ok: false, reason: 'no-answers' };
  // A value this reader parsed itself, all of whose answers count (the usual case),
  // keeps its own answers object: a copy per response costs time and memory on a big
  // export. A caller's object, one with answers that do not count, or any object when
  // a page has put enumerable keys on Object.prototype (then `for…in` sees more than
  // the object's own keys) is copied, own keys only.
  let answers = given as QualityAnswers;
  if (raw === input || count !== keys || !plainPrototype()) {
    answers = {};
    count = 0;
    extended = raw.extended === true;
    for (const id of Object.keys(given)) {
      const kind = KIND.get(id);
      if (kind === undefined || (kind & STAFF) !== own || !isQualityAnswer(given[id])) continue;
      answers[id] = given[id];
      count += 1;
      if (kind & EXTENDED) extended = true;
    }
    if (count === 0) return { ok: false, reason: 'no-answers' };
  }
  const response: Omit<QualityResponse, 'key' | 'source' | 'date'> = { audience, extended, answers };
  const service = typeof raw.service === 'string' ? raw.service.trim() : '';
  if (service !== '') response.service = service.slice(0, REPORT_SERVICE_MAX);
  return { ok: true, response, savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : undefined };
}

/** The answers as one text, keys sorted: what a submission without an id is recognised by. */
function contentOf(r: Omit<QualityResponse, 'key' | 'source' | 'date'>): string {
  return `${r.audience}|${r.service ?? ''}|${Object.keys(r.answers).sort().map((k) => `${k}=${r.answers[k]}`).join(',')}`;
}

/** Completes a response with its date and the key that recognises it in a second load. */
export function finish(read: Extract<ValueRead, { ok: true }>, source: string, stamp: unknown, id: string | undefined, row: number | undefined): QualityResponse {
  const when = stamp ?? read.savedAt;
  const date = parseReportDate(when);
  const r = read.response;
  // A submission id names a submission, but two forms can both have a submission 1:
  // the time it was made tells them apart. Without an id, the content and time do;
  // without a time either, two parents may well have given the same answers, so the
  // place in the file counts too (the same file loaded twice is still recognised).
  const key = id ? `id:${id}@${String(when ?? '')}`
    : when !== undefined && when !== '' ? `h:${hash(`${contentOf(r)}@${String(when)}`)}` : `h:${hash(contentOf(r))}@${source}#${row ?? 0}`;
  const response = r as QualityResponse;
  response.key = key;
  response.source = source;
  if (date) response.date = date;
  return response;
}
