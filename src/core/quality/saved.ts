/**
 * Saved results and the comparison of perspectives.
 *
 * One versioned JSON shape serves the export, the files loaded to compare, and the
 * opt-in "keep my answers on this device" storage, so one parser guards all three:
 * whatever it is given, it returns a safe document and says what it had to discard.
 */
import { type Cleaned, type InputIssue, isRecord, parseJson } from '../shared.js';
import {
  QUALITY_DIMENSIONS,
  QUALITY_EXTENDED_DIMENSIONS,
  type QualityAudience,
  type QualityDimension,
  QUALITY_QUESTIONS,
  qualityDimensions,
} from './questions.js';
import { type QualityAnswers, type QualityScores, cleanQualityAnswers, qualityResult, qualityShownAnswers } from './scoring.js';

/** The `format` marker of a saved result. */
export const QUALITY_FORMAT = 'samen-quality-check';
/** The version of the saved shape this code writes and reads. */
export const QUALITY_FORMAT_VERSION = 1;
/** Longest label kept; a longer one is cut with an issue, as it must fit a table header. */
export const QUALITY_LABEL_MAX = 80;

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
  /** A name for this perspective, e.g. "Parents, spring meeting". */
  label?: string;
  /** When it was saved, as an ISO 8601 date-time. */
  savedAt?: string;
}

/** Optional parts of a saved result. */
export interface QualityDocumentOptions {
  /** A name for this perspective. */
  label?: string;
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
  const kept = options.keepOtherAnswers ? cleanQualityAnswers(answers).value : qualityShownAnswers(answers, who, extended);
  const doc: QualityDocument = {
    format: QUALITY_FORMAT,
    version: QUALITY_FORMAT_VERSION,
    audience: who,
    extended,
    answers: kept,
    scores: qualityResult(kept, who, extended).scores,
  };
  if (options.label !== undefined && options.label.trim() !== '') doc.label = options.label.trim().slice(0, QUALITY_LABEL_MAX);
  if (options.savedAt !== undefined) {
    const savedAt = options.savedAt instanceof Date ? options.savedAt : new Date(options.savedAt);
    if (!Number.isNaN(savedAt.getTime())) doc.savedAt = savedAt.toISOString();
  }
  return doc;
}

/** A parsed saved result: a safe document, what was discarded, and whether it was one at all. */
export interface ParsedQualityDocument extends Cleaned<QualityDocument> {
  /**
   * False when the input was not a saved result at all (empty, not JSON, not an object,
   * another format or an unknown version): `value` is then an empty default document and
   * the whole input should be discarded. True when it was one, perhaps with entries
   * dropped (see `issues`).
   */
  usable: boolean;
}

/** The empty document used whenever the input cannot be read. */
function defaultDocument(): QualityDocument {
  return qualityDocument({}, 'family', false);
}

/** Cleans stored scores: known dimensions only, numbers clamped to 0..100, null kept. */
function cleanScores(input: unknown, path: string): Cleaned<QualityScores> {
  const value: QualityScores = {};
  const issues: InputIssue[] = [];
  if (input === undefined || input === null) return { value, issues };
  if (!isRecord(input)) return { value, issues: [{ path, problem: 'not-an-object', received: input }] };
  for (const [key, score] of Object.entries(input)) {
    const dimension = QUALITY_DIMENSIONS.find((d) => d === key);
    if (!dimension) issues.push({ path: `${path}.${key}`, problem: 'unknown-id', received: score });
    else if (score === null) value[dimension] = null;
    else if (typeof score !== 'number' || !Number.isFinite(score))
      issues.push({ path: `${path}.${key}`, problem: 'invalid-value', received: score });
    else if (score < 0 || score > 100) {
      issues.push({ path: `${path}.${key}`, problem: 'out-of-range', received: score });
      value[dimension] = Math.min(100, Math.max(0, score));
    } else value[dimension] = score;
  }
  return { value, issues };
}

/** The audience most of the answers belong to; family when there are none or a tie. */
function audienceOfAnswers(answers: QualityAnswers): QualityAudience {
  let staff = 0;
  for (const id of Object.keys(answers)) staff += QUALITY_QUESTIONS.find((q) => q.id === id)?.audience === 'staff' ? 1 : -1;
  return staff > 0 ? 'staff' : 'family';
}

/**
 * Reads a saved result (export file, comparison file or device storage) without ever
 * throwing. Unknown or invalid entries are dropped with an issue. Scores are recomputed
 * from the answers when the document has answers to the shown questions (a stored score
 * that disagrees is reported); a document with scores only, e.g. a group's summary
 * written by hand, keeps its scores.
 * @param input the JSON text, or the already parsed value.
 * @param path where it came from, for the issues (e.g. a file name).
 */
export function parseQualityDocument(input: unknown, path = 'document'): ParsedQualityDocument {
  const unusable = (issues: InputIssue[]): ParsedQualityDocument => ({ value: defaultDocument(), issues, usable: false });
  let raw = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input, path);
    if (parsed.issues.length) return unusable(parsed.issues);
    raw = parsed.value;
  }
  // Nothing saved (no text, or null/undefined given) is not an error; a file holding
  // the JSON literal null is, and falls through to the object check.
  if (raw === undefined || (raw === null && typeof input !== 'string')) return unusable([]);
  if (!isRecord(raw)) return unusable([{ path, problem: 'not-an-object', received: raw }]);
  if (raw.format !== QUALITY_FORMAT) return unusable([{ path: `${path}.format`, problem: 'invalid-value', received: raw.format }]);
  // A later version may mean something else by the same fields: refuse rather than guess.
  if (raw.version !== QUALITY_FORMAT_VERSION)
    return unusable([{ path: `${path}.version`, problem: 'invalid-value', received: raw.version }]);

  const answers = cleanQualityAnswers(raw.answers, `${path}.answers`);
  const stored = cleanScores(raw.scores, `${path}.scores`);
  const issues: InputIssue[] = [...answers.issues, ...stored.issues];

  let audience: QualityAudience;
  if (raw.audience === 'family' || raw.audience === 'staff') audience = raw.audience;
  else {
    // The answers tell whose questions were answered; better than a blind default.
    audience = audienceOfAnswers(answers.value);
    issues.push({ path: `${path}.audience`, problem: 'invalid-value', received: raw.audience });
  }

  let extended: boolean;
  if (typeof raw.extended === 'boolean') extended = raw.extended;
  else {
    const extendedIds = new Set(QUALITY_QUESTIONS.filter((q) => QUALITY_EXTENDED_DIMENSIONS.includes(q.dimension)).map((q) => q.id));
    extended =
      Object.keys(answers.value).some((id) => extendedIds.has(id)) ||
      QUALITY_EXTENDED_DIMENSIONS.some((d) => stored.value[d] !== undefined);
    if (raw.extended !== undefined) issues.push({ path: `${path}.extended`, problem: 'invalid-value', received: raw.extended });
  }

  const shown = qualityDimensions(extended);
  const hasAnswers = Object.keys(qualityShownAnswers(answers.value, audience, extended)).length > 0;
  let scores: QualityScores;
  if (hasAnswers) {
    scores = qualityResult(answers.value, audience, extended).scores;
    for (const d of QUALITY_DIMENSIONS) {
      const given = stored.value[d];
      // Compare at the saved precision: the answers are the truth, a mismatch means an edit.
      if (given !== undefined && given !== scores[d]) issues.push({ path: `${path}.scores.${d}`, problem: 'invalid-value', received: given });
    }
  } else {
    scores = Object.fromEntries(shown.map((d) => [d, stored.value[d] ?? null])) as QualityScores;
    for (const d of QUALITY_DIMENSIONS)
      if (!shown.includes(d) && stored.value[d] !== undefined)
        issues.push({ path: `${path}.scores.${d}`, problem: 'invalid-value', received: stored.value[d] });
  }

  const value: QualityDocument = {
    format: QUALITY_FORMAT,
    version: QUALITY_FORMAT_VERSION,
    audience,
    extended,
    answers: answers.value,
    scores,
  };
  if (typeof raw.label === 'string') {
    const label = raw.label.trim();
    if (label.length > QUALITY_LABEL_MAX) issues.push({ path: `${path}.label`, problem: 'out-of-range', received: raw.label });
    if (label !== '') value.label = label.slice(0, QUALITY_LABEL_MAX);
  } else if (raw.label !== undefined) issues.push({ path: `${path}.label`, problem: 'invalid-value', received: raw.label });
  if (typeof raw.savedAt === 'string' && !Number.isNaN(Date.parse(raw.savedAt))) value.savedAt = raw.savedAt;
  else if (raw.savedAt !== undefined) issues.push({ path: `${path}.savedAt`, problem: 'invalid-value', received: raw.savedAt });

  return { value, issues, usable: true };
}

/** One perspective to compare: a saved result or anything with the same fields. */
export interface QualityComparable {
  /** The name shown for this perspective. */
  label?: string;
  /** Who answered. */
  audience: QualityAudience;
  /** Score per dimension, 0..100 or null. */
  scores: QualityScores;
}

/** The views on one dimension, side by side. */
export interface QualityComparisonRow {
  /** The dimension. */
  dimension: QualityDimension;
  /** Each perspective's score in the order they were given; null where it has none. */
  scores: (number | null)[];
  /**
   * Highest minus lowest score; null when fewer than two perspectives scored this
   * dimension, since one view alone shows no agreement or disagreement.
   */
  spread: number | null;
  /** Indexes of the perspectives with the lowest score; empty when `spread` is null. */
  lowest: number[];
  /** Indexes of the perspectives with the highest score; empty when `spread` is null. */
  highest: number[];
}

/** A usable score: a finite number (a hand-built input may hold anything). */
function scoreOf(scores: unknown, dimension: QualityDimension): number | null {
  const s = isRecord(scores) ? scores[dimension] : undefined;
  return typeof s === 'number' && Number.isFinite(s) ? s : null;
}

/**
 * Puts several perspectives side by side per dimension, the biggest disagreement
 * first; equal spreads keep the canonical order, dimensions with fewer than two scores
 * come last. Only dimensions that some perspective shows are listed.
 * @param results the perspectives, e.g. parsed saved results of families and staff.
 */
export function compareQualityResults(results: readonly QualityComparable[]): QualityComparisonRow[] {
  const list = Array.isArray(results) ? results.filter((r) => isRecord(r)) : [];
  const dimensions = QUALITY_DIMENSIONS.filter((d) => list.some((r) => isRecord(r.scores) && d in r.scores));
  const rows = dimensions.map((dimension): QualityComparisonRow => {
    const scores = list.map((r) => scoreOf(r.scores, dimension));
    const given = scores.filter((s): s is number => s !== null);
    if (given.length < 2) return { dimension, scores, spread: null, lowest: [], highest: [] };
    const min = Math.min(...given);
    const max = Math.max(...given);
    const indexesOf = (target: number) => scores.flatMap((s, i) => (s === target ? [i] : []));
    return { dimension, scores, spread: max - min, lowest: indexesOf(min), highest: indexesOf(max) };
  });
  // Array.prototype.sort is stable, so equal spreads stay in the canonical order.
  return rows.sort((a, b) => (b.spread ?? -1) - (a.spread ?? -1));
}
