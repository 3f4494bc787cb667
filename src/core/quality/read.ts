/**
 * Reading a saved result (export file, comparison file or device storage): one parser
 * for all three that, whatever it is given, returns a safe document and says what it
 * had to discard. Apart from saved.ts so that a first visit, with nothing saved to read,
 * does not download it.
 */
import { type Cleaned, type InputIssue, isRecord, parseJson } from '../shared.js';
import { QUALITY_DIMENSIONS, QUALITY_EXTENDED_DIMENSIONS, type QualityAudience, QUALITY_QUESTIONS, qualityDimensions } from './questions.js';
import { type QualityAnswers, type QualityScores, cleanQualityAnswers, qualityResult, qualityShownAnswers } from './scoring.js';
import { QUALITY_FORMAT, QUALITY_FORMAT_VERSION, QUALITY_LABEL_MAX, type QualityDocument, cleanQualityService, qualityDocument } from './saved.js';
import { cleanSkipped } from './skipped.js';

/**
 * Why an input is not a saved result: nothing in it, not JSON, not samen's (no
 * `format` marker, or another one), or samen's but of a later or unknown version.
 */
export type QualityRefusal = 'empty' | 'not-json' | 'not-samen' | 'newer-version' | 'unknown-version';

/** A parsed saved result: a safe document, what was discarded, and whether it was one at all. */
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
