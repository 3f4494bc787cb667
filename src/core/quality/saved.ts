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

/** Known question ids only, once each, and never one that has an answer. */
// Stryker disable next-line StringLiteral: the one caller without a path (qualityDocument) keeps the value and drops the issues, so the default path is never read
function cleanSkipped(input: unknown, answers: QualityAnswers, path = 'skipped'): Cleaned<string[]> {
  // Stryker disable next-line ObjectLiteral,ArrayDeclaration: no caller passes undefined (parseQualityDocument checks first, qualityDocument passes an array), so this value is never returned
  if (input === undefined) return { value: [], issues: [] };
  if (!Array.isArray(input)) return { value: [], issues: [{ path, problem: 'not-an-object', received: input }] };
  const value: string[] = [];
  const issues: InputIssue[] = [];
  for (const id of input) {
    if (typeof id !== 'string' || !QUALITY_QUESTIONS.some((q) => q.id === id)) issues.push({ path, problem: 'unknown-id', received: id });
    else if (!(id in answers) && !value.includes(id)) value.push(id);
  }
  return { value, issues };
}

/** A parsed saved result: a safe document, what was discarded, and whether it was one at all. */
/**
 * Why an input is not a saved result: nothing in it, not JSON, not samen's (no
 * `format` marker, or another one), or samen's but of a later or unknown version.
 */
export type QualityRefusal = 'empty' | 'not-json' | 'not-samen' | 'newer-version' | 'unknown-version';

export interface ParsedQualityDocument extends Cleaned<QualityDocument> {
  /**
   * False when the input was not a saved result at all (empty, not JSON, not an object,
   * another format or an unknown version): `value` is then an empty default document and
   * the whole input should be discarded. True when it was one, perhaps with entries
   * dropped (see `issues`).
   */
  usable: boolean;
  /** When not usable, why; absent for a usable document. */
  refusal?: QualityRefusal;
}

/** The empty document used whenever the input cannot be read. */
function defaultDocument(): QualityDocument {
  // Stryker disable next-line StringLiteral: qualityDocument reads every audience but 'staff' as 'family', so an empty string gives the same document
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
  // Stryker disable next-line OptionalChaining: the answers come from cleanQualityAnswers, which keeps ids of the bank only, so find() always finds one
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
  const unusable = (refusal: QualityRefusal, issues: InputIssue[]): ParsedQualityDocument =>
    ({ value: defaultDocument(), issues, usable: false, refusal });
  let raw = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input, path);
    if (parsed.issues.length) return unusable('not-json', parsed.issues);
    raw = parsed.value;
  }
  // Nothing saved (no text, or null/undefined given) is not an error; a file holding
  // the JSON literal null is, and falls through to the object check.
  if (raw === undefined || (raw === null && typeof input !== 'string')) return unusable('empty', []);
  if (!isRecord(raw)) return unusable('not-samen', [{ path, problem: 'not-an-object', received: raw }]);
  if (raw.format !== QUALITY_FORMAT) return unusable('not-samen', [{ path: `${path}.format`, problem: 'invalid-value', received: raw.format }]);
  // A later version may mean something else by the same fields: refuse rather than guess
  // (the caller keeps it untouched: a newer samen on this device may still read it).
  if (raw.version !== QUALITY_FORMAT_VERSION) {
    const newer = typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > QUALITY_FORMAT_VERSION;
    return unusable(newer ? 'newer-version' : 'unknown-version', [{ path: `${path}.version`, problem: 'invalid-value', received: raw.version }]);
  }

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

  const service = raw.service === undefined ? { value: '', issues: [] } : cleanQualityService(raw.service, `${path}.service`);
  issues.push(...service.issues);
  const value: QualityDocument = {
    format: QUALITY_FORMAT,
    version: QUALITY_FORMAT_VERSION,
    audience,
    extended,
    ...(service.value ? { service: service.value } : {}),
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
  if (raw.skipped !== undefined) {
    const skipped = cleanSkipped(raw.skipped, answers.value, `${path}.skipped`);
    issues.push(...skipped.issues);
    if (skipped.value.length) value.skipped = skipped.value;
  }

  return { value, issues, usable: true };
}

export * from './compare.js';
