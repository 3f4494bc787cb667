/**
 * Reading responses for the report: samen saved files (one document, an array, or JSON
 * Lines) and the exports of host form engines (CSV or JSON) where one column or field
 * holds the checker's form value. Real exports are messy, so nothing here trusts a
 * column title: the samen column is found by what its cells hold. Whatever cannot be
 * read is named with a reason, never dropped silently.
 */
import { isRecord } from '../shared.js';
import { QUALITY_FORMAT } from '../quality/index.js';
import { parseReportDate } from './dates.js';
import { readTable } from './table.js';
import { REPORT_MAX_BYTES, type ReportFileRead, finish, mayBeSamen, readQualityValue } from './value.js';

export {
  REPORT_MAX_BYTES, REPORT_SERVICE_MAX, readQualityValue,
  type QualityResponse, type ReportFileRead, type ReportRejectReason, type ReportRejected,
} from './value.js';

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
