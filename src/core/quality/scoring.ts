/**
 * Scoring: clean answers, score every shown B, order the weakest first. Scores are
 * plain means: no weights, nothing hidden, so every score traces back to its answers.
 */
import { type Cleaned, type InputIssue, isRecord } from '../shared.js';
import {
  QUALITY_DIMENSIONS,
  type QualityAudience,
  type QualityDimension,
  qualityDimensions,
  qualityQuestion,
  qualityQuestions,
} from './questions.js';

/** The lowest answer: the service is not accessible at all on this point. */
export const QUALITY_ANSWER_MIN = 1;
/** The highest answer: fully accessible on this point. */
export const QUALITY_ANSWER_MAX = 5;

/** Answers keyed by question id, each an integer 1..5; a missing key is skipped. */
export type QualityAnswers = Record<string, number>;

/** Score per shown dimension, 0..100, or null when none of its questions is answered. */
export type QualityScores = Partial<Record<QualityDimension, number | null>>;

/** What the checker concludes from the answers. */
export interface QualityResult {
  /** Every shown dimension, 0..100 (mean answer, 1 -> 0, 5 -> 100, rounded), or null. */
  scores: QualityScores;
  /** The scored dimensions from lowest to highest; ties keep the canonical order. */
  weakest: QualityDimension[];
}

/** How much of one dimension was answered, so a score can say what it rests on. */
export interface QualityCoverage {
  /** The dimension. */
  dimension: QualityDimension;
  /** Questions of this dimension answered. */
  answered: number;
  /** Questions of this dimension shown. */
  asked: number;
}

/** True for an answer the checker counts: an integer from 1 to 5. */
export function isQualityAnswer(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= QUALITY_ANSWER_MIN && value <= QUALITY_ANSWER_MAX;
}

/**
 * Cleans answers given as a property or a parsed JSON attribute. Keeps every question
 * of the bank answered with an integer 1..5, whatever its audience (answers stay in
 * memory when the audience changes); drops everything else with an issue. Null or
 * undefined for a known question means "skipped" and is dropped silently. Never throws.
 * @param input anything; usually an object `{ [questionId]: 1..5 }`.
 * @param path where the answers came from, for the issues.
 */
export function cleanQualityAnswers(input: unknown, path = 'answers'): Cleaned<QualityAnswers> {
  const value: QualityAnswers = {};
  const issues: InputIssue[] = [];
  if (input === undefined || input === null) return { value, issues };
  if (!isRecord(input)) return { value, issues: [{ path, problem: 'not-an-object', received: input }] };
  for (const [id, answer] of Object.entries(input)) {
    if (!qualityQuestion(id)) issues.push({ path: `${path}.${id}`, problem: 'unknown-id', received: answer });
    else if (answer === null || answer === undefined) continue;
    else if (isQualityAnswer(answer)) value[id] = answer;
    // A whole number outside 1..5 is dropped, not clamped: a 0 or a 7 says nothing
    // reliable about which end the person meant, and a clamped 1 would count as low.
    else if (typeof answer === 'number' && Number.isInteger(answer))
      issues.push({ path: `${path}.${id}`, problem: 'out-of-range', received: answer });
    else issues.push({ path: `${path}.${id}`, problem: 'invalid-value', received: answer });
  }
  return { value, issues };
}

/** Maps a mean answer (1..5) to 0..100, rounded to a whole number. */
function toScore(sum: number, count: number): number {
  // (mean - 1) / 4 * 100, written so whole quarters come out exact.
  return Math.round(((sum - count) * 25) / count);
}

/** Sum and count of the valid answers to the shown questions, per shown dimension. */
function tally(answers: unknown, audience: QualityAudience, extended: boolean): Map<QualityDimension, { sum: number; answered: number; asked: number }> {
  const totals = new Map(qualityDimensions(extended).map((d) => [d, { sum: 0, answered: 0, asked: 0 }]));
  const given = isRecord(answers) ? answers : {};
  for (const { id, dimension } of qualityQuestions(audience, extended)) {
    const row = totals.get(dimension)!;
    row.asked += 1;
    // Own properties only, and only valid answers: a skipped question adds nothing,
    // so it can never pull a score down.
    const answer = Object.prototype.hasOwnProperty.call(given, id) ? given[id] : undefined;
    if (!isQualityAnswer(answer)) continue;
    row.sum += answer;
    row.answered += 1;
  }
  return totals;
}

/**
 * Orders the dimensions that have a score from lowest to highest; equal scores keep the
 * canonical order, so the same answers always give the same list.
 * @param scores a score (or null) per dimension; null and missing ones are left out.
 */
export function qualityWeakest(scores: QualityScores): QualityDimension[] {
  return QUALITY_DIMENSIONS.filter((d) => typeof scores[d] === 'number').sort((a, b) => scores[a]! - scores[b]!);
}

/**
 * Scores every shown dimension and lists the weakest first. Only the current audience's
 * questions count; answers to other questions are ignored, never reported.
 * @param answers question id -> 1..5; invalid entries are ignored (clean them first to report them).
 * @param audience who answered.
 * @param extended also score being known and trust.
 */
export function qualityResult(answers: QualityAnswers, audience: QualityAudience, extended = false): QualityResult {
  const scores: QualityScores = {};
  for (const [dimension, { sum, answered }] of tally(answers, audience, extended))
    scores[dimension] = answered === 0 ? null : toScore(sum, answered);
  return { scores, weakest: qualityWeakest(scores) };
}

/**
 * How many of each shown dimension's questions are answered, in the canonical order,
 * so the element can say what a score rests on ("2 of 3 questions").
 */
export function qualityCoverage(answers: QualityAnswers, audience: QualityAudience, extended = false): QualityCoverage[] {
  return [...tally(answers, audience, extended)].map(([dimension, { answered, asked }]) => ({ dimension, answered, asked }));
}

/**
 * Only the answers to the questions shown to this audience, in question order: what a
 * form submits and an export holds, without stale answers from the other audience.
 */
export function qualityShownAnswers(answers: QualityAnswers, audience: QualityAudience, extended = false): QualityAnswers {
  const shown: QualityAnswers = {};
  for (const { id } of qualityQuestions(audience, extended)) {
    const answer = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
    if (isQualityAnswer(answer)) shown[id] = answer;
  }
  return shown;
}

/** How a score reads in words: needs attention (< 40), partly in place (< 70), works well. */
export type QualityBand = 'attention' | 'partly' | 'good';

/**
 * Puts a score into words. The cut-offs sit between the answer steps: all answers
 * "a little" (25) needs attention, all "partly" (50) is partly in place, all "mostly"
 * (75) works well.
 * @param score 0..100.
 */
export function qualityBand(score: number): QualityBand {
  return score < 40 ? 'attention' : score < 70 ? 'partly' : 'good';
}
