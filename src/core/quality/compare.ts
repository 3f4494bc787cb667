/**
 * The comparison of perspectives: several saved results side by side per B, the
 * biggest disagreement first, so families' and staff's views meet on one table.
 */
import { isRecord } from '../shared.js';
import { QUALITY_DIMENSIONS, type QualityAudience, type QualityDimension } from './questions.js';
import type { QualityScores } from './scoring.js';

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
  // Stryker disable next-line ArrayDeclaration: any entry Stryker puts in the fallback list is a string, which has no scores, so no dimension is listed either way
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
