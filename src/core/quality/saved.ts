/**
 * Saved results: the one versioned JSON shape that serves the export, the files loaded
 * to compare, and the opt-in "keep my answers on this device" storage, and how it is
 * written. The one parser that guards all three is in read.ts, a module of its own so
 * that a page which writes a result but has nothing saved to read (a first visit) does
 * not download it.
 */
import type { Cleaned } from '../shared.js';
import type { QualityAudience } from './questions.js';
import { type QualityAnswers, type QualityScores, cleanQualityAnswers, qualityResult, qualityShownAnswers } from './scoring.js';
import { cleanSkipped } from './skipped.js';

/** The `format` marker of a saved result. */
export const QUALITY_FORMAT = 'samen-quality-check';
/** The version of the saved shape this code writes and reads. */
export const QUALITY_FORMAT_VERSION = 1;
/** Longest label kept; a longer one is cut with an issue, as it must fit a table header. */
export const QUALITY_LABEL_MAX = 80;
/** Longest service name kept; it is shown in the title, so a longer one is cut with an issue. */
export const QUALITY_SERVICE_MAX = 120;

/** A saved result: what the export writes and the comparison and storage read. */
export interface QualityDocument {
  /** Always `samen-quality-check`. */
  format: typeof QUALITY_FORMAT;
  /** Always 1 for this shape. */
  version: typeof QUALITY_FORMAT_VERSION;
  /** Who answered. */
  audience: QualityAudience;
  /** Whether being known and trust were asked. */
  extended: boolean;
  /** The answers, question id -> 1..5. */
  answers: QualityAnswers;
  /** Score per shown dimension, 0..100 or null; derived from the answers when there are any. */
  scores: QualityScores;
  /** The service being rated, e.g. "Consultatiebureau De Linde". */
  service?: string;
  /** A name for this perspective, e.g. "Parents, spring meeting". */
  label?: string;
  /** When it was saved, as an ISO 8601 date-time. */
  savedAt?: string;
  /**
   * Questions the user chose to skip (device storage only), so "Skip" shows as chosen
   * again after a reload. Never counts in a score.
   */
  skipped?: string[];
}

/** Optional parts of a saved result. */
export interface QualityDocumentOptions {
  /** The service being rated; blank is left out. */
  service?: string;
  /** A name for this perspective. */
  label?: string;
  /** Questions skipped on purpose (kept only with `keepOtherAnswers`, i.e. the device storage). */
  skipped?: Iterable<string>;
  /** When it is saved; a Date is written as ISO 8601. */
  savedAt?: string | Date;
  /**
   * Keep answers to questions not shown (the other audience, or the extension when it
   * is off), e.g. for the device storage, so switching back finds them again. Off by
   * default: an export holds one perspective.
   */
  keepOtherAnswers?: boolean;
}

/**
 * Builds a saved result from answers. The scores are computed, never taken as given.
 * @param answers question id -> 1..5 (invalid entries are left out).
 * @param audience who answered.
 * @param extended whether being known and trust were asked.
 */
export function qualityDocument(
  answers: QualityAnswers,
  audience: QualityAudience,
  extended = false,
  options: QualityDocumentOptions = {},
): QualityDocument {
  const who: QualityAudience = audience === 'staff' ? 'staff' : 'family';
  // Only a real `true` counts: a page may hand any value to the element's property.
  extended = extended === true;
  const kept = options.keepOtherAnswers ? cleanQualityAnswers(answers).value : qualityShownAnswers(answers, who, extended);
  const service = cleanQualityService(options.service).value;
  // Keys in the documented order, so a submitted value reads the same as a saved file.
  const doc: QualityDocument = {
    format: QUALITY_FORMAT,
    version: QUALITY_FORMAT_VERSION,
    audience: who,
    extended,
    ...(service ? { service } : {}),
    answers: kept,
    scores: qualityResult(kept, who, extended).scores,
  };
  if (options.label !== undefined && options.label.trim() !== '') doc.label = options.label.trim().slice(0, QUALITY_LABEL_MAX);
  if (options.savedAt !== undefined) {
    const savedAt = options.savedAt instanceof Date ? options.savedAt : new Date(options.savedAt);
    if (!Number.isNaN(savedAt.getTime())) doc.savedAt = savedAt.toISOString();
  }
  if (options.keepOtherAnswers && options.skipped) {
    const skipped = cleanSkipped([...options.skipped], kept).value;
    if (skipped.length) doc.skipped = skipped;
  }
  return doc;
}

/**
 * The string a host form submits for the checker: the saved document without label or
 * date, `{ format, version, audience, extended, service?, answers, scores }`, with only
 * the answers to the shown questions. The same shape as a saved file, so whatever reads
 * one (the coordinator's report, "Compare views") reads the other.
 */
export function qualityFormValue(answers: QualityAnswers, audience: QualityAudience, extended = false, service?: string): string {
  return JSON.stringify(qualityDocument(answers, audience, extended, { service }));
}

/**
 * Cleans a service name: a string, whitespace folded, at most `QUALITY_SERVICE_MAX`
 * characters. Anything else gives '' with an issue; null/undefined give '' silently.
 */
export function cleanQualityService(input: unknown, path = 'service'): Cleaned<string> {
  if (input === undefined || input === null) return { value: '', issues: [] };
  if (typeof input !== 'string') return { value: '', issues: [{ path, problem: 'invalid-value', received: input }] };
  const value = input.replace(/\s+/g, ' ').trim();
  if (value.length <= QUALITY_SERVICE_MAX) return { value, issues: [] };
  return { value: value.slice(0, QUALITY_SERVICE_MAX).trim(), issues: [{ path, problem: 'out-of-range', received: input }] };
}
