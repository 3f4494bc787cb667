/**
 * Loads add up: a second load adds to the first, says how many responses were new,
 * and recognises a submission that was already there (the same export loaded twice, or
 * two exports that overlap). The files are kept as read, so removing one file rebuilds
 * the rest exactly, duplicates it held included.
 */
import { type QualityResponse, type ReportFileRead, type ReportRejected, readQualityFile } from './read.js';

/** Everything loaded: each submission once, and what could not be read. */
export interface ReportData {
  /** The responses, each submission once, in load order. */
  responses: QualityResponse[];
  /** Every file and row that could not be read, in load order. */
  rejected: ReportRejected[];
}

/** A file as read. */
export interface ReportFile extends ReportFileRead {
  /** The file name. */
  source: string;
}

/** What one file added, given the files loaded before it. */
export interface ReportFileOutcome {
  /** The file name. */
  source: string;
  /** Responses found in the file. */
  found: number;
  /** Of those, responses that were new. */
  added: number;
  /** Of those, responses already loaded (or repeated in the file). */
  duplicates: number;
  /** Rows, or the whole file, that could not be read. */
  rejected: ReportRejected[];
}

/**
 * Reads one file for the report. Never throws.
 * @param name the file name.
 * @param text its text, or null when it could not be read.
 */
export function readQualityReportFile(name: string, text: string | null): ReportFile {
  return { source: name, ...readQualityFile(name, text) };
}

/**
 * Puts files together in their order: each submission counted once (the first file
 * that has it keeps it), with what each file added.
 */
export function mergeQualityFiles(files: readonly ReportFile[]): { data: ReportData; outcomes: ReportFileOutcome[] } {
  const keys = new Set<string>();
  const data: ReportData = { responses: [], rejected: [] };
  const outcomes = files.map((file): ReportFileOutcome => {
    let added = 0;
    for (const r of file.responses) {
      if (keys.has(r.key)) continue;
      keys.add(r.key);
      data.responses.push(r);
      added += 1;
    }
    // The same file loaded twice names its unreadable rows once.
    for (const r of file.rejected) {
      const key = `\u0000${r.source}\u0000${r.row ?? ''}\u0000${r.reason}`;
      if (keys.has(key)) continue;
      keys.add(key);
      data.rejected.push(r);
    }
    return { source: file.source, found: file.responses.length, added, duplicates: file.responses.length - added, rejected: file.rejected };
  });
  return { data, outcomes };
}
