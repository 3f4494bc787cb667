/**
 * The report's running totals, kept in flat typed arrays: ten thousand responses are
 * counted in one pass over each response's answers, with no object made per response
 * or per group member. A score is a whole number 0..100, so each B keeps a histogram of
 * 101 counts and the median is read from it without sorting.
 *
 * test/core/report-fast.test.ts checks on random responses that these totals give the
 * same report as the plain reading of the rules (score each response, then count).
 */
import {
  QUALITY_DIMENSIONS, QUALITY_QUESTIONS, type QualityAnswers, type QualityAudience, type QualityDimension,
} from '../quality/index.js';
import { qualityPairsOf } from './pairs.js';

/** The B's, by their index in the canonical order. */
const DIMENSION_COUNT = QUALITY_DIMENSIONS.length;
const DIMENSION_OF = new Map(QUALITY_QUESTIONS.map((q) => [q.id, q.dimension]));
/** Question id -> index of its B. */
const DIMENSION_INDEX = new Map(QUALITY_QUESTIONS.map((q) => [q.id, QUALITY_DIMENSIONS.indexOf(q.dimension)]));
/** Per audience, its side of every pair (a pair counts only within one B, as `qualityPairsOf` says). */
const PAIRED: Record<QualityAudience, ReadonlySet<string>> = {
  family: new Set(QUALITY_DIMENSIONS.flatMap((d) => qualityPairsOf(d).map((p) => p.family))),
  staff: new Set(QUALITY_DIMENSIONS.flatMap((d) => qualityPairsOf(d).map((p) => p.staff))),
};

/**
 * The checker's score per B of one response (`qualityResult`: the mean answer, 1 -> 0,
 * 5 -> 100, rounded), computed in one pass over the answers: calling `qualityResult`
 * ten thousand times costs more than parsing the file. test/core/report.test.ts checks
 * that both give the same scores.
 * @param answers only the response's own audience's valid answers (as read).
 * @param only when given, only these questions count (the paired ones).
 */
export function reportScores(answers: QualityAnswers, only?: ReadonlySet<string>): Partial<Record<QualityDimension, number>> {
  const sums: Partial<Record<QualityDimension, [number, number]>> = {};
  for (const id in answers) {
    if (only && !only.has(id)) continue;
    const d = DIMENSION_OF.get(id);
    if (!d) continue;
    const t = (sums[d] ??= [0, 0]);
    t[0] += answers[id];
    t[1] += 1;
  }
  const scores: Partial<Record<QualityDimension, number>> = {};
  for (const d in sums) {
    const [sum, count] = sums[d as QualityDimension]!;
    scores[d as QualityDimension] = Math.round(((sum - count) * 25) / count);
  }
  return scores;
}

/** The running totals of one group, per B (index in QUALITY_DIMENSIONS). */
export interface Totals {
  /** Responses in the group. */
  n: number;
  /** Per B: responses that answered at least one of its questions. */
  answered: Uint32Array;
  /** Per B: the sum of those responses' scores. */
  sum: Float64Array;
  /** Per B, 101 counts: how many responses scored 0, 1, … 100 (B i at i * 101). */
  histogram: Uint32Array;
  /** Per B, 5 counts: how many answers were 1..5 (B i at i * 5). */
  distribution: Uint32Array;
  /** Per B: responses that answered one of its paired questions (kept on an audience's own group only). */
  pairAnswered: Uint32Array;
  /** Per B: the sum of their scores on the paired questions only. */
  pairSum: Float64Array;
}

/** Empty totals. */
export function totals(): Totals {
  return {
    n: 0, answered: new Uint32Array(DIMENSION_COUNT), sum: new Float64Array(DIMENSION_COUNT),
    histogram: new Uint32Array(DIMENSION_COUNT * 101), distribution: new Uint32Array(DIMENSION_COUNT * 5),
    pairAnswered: new Uint32Array(DIMENSION_COUNT), pairSum: new Float64Array(DIMENSION_COUNT),
  };
}

// Scratch sums for one response, reused: a response touches at most seven B's.
const sum = new Float64Array(DIMENSION_COUNT);
const count = new Uint32Array(DIMENSION_COUNT);
const pairSum = new Float64Array(DIMENSION_COUNT);
const pairCount = new Uint32Array(DIMENSION_COUNT);

/**
 * Counts one response in its audience's group (`top`, which also keeps the paired
 * totals) and in the groups of its service (`a`) and its period (`b`), either absent.
 * @param answers the response's answers (valid, as read).
 * @param audience whose pairs count.
 */
export function countResponse(answers: QualityAnswers, audience: QualityAudience, top: Totals, a: Totals | undefined, b: Totals | undefined): void {
  const paired = PAIRED[audience];
  top.n += 1;
  if (a) a.n += 1;
  if (b) b.n += 1;
  for (const id in answers) {
    const d = DIMENSION_INDEX.get(id);
    if (d === undefined) continue;
    const value = answers[id];
    sum[d] += value;
    count[d] += 1;
    if (paired.has(id)) {
      pairSum[d] += value;
      pairCount[d] += 1;
    }
    // A typed array ignores a fractional index, as the plain rules ignore such an answer.
    if (value >= 1 && value <= 5) {
      const at = d * 5 + value - 1;
      top.distribution[at] += 1;
      if (a) a.distribution[at] += 1;
      if (b) b.distribution[at] += 1;
    }
  }
  for (let d = 0; d < DIMENSION_COUNT; d++) {
    if (count[d] > 0) {
      const score = Math.round(((sum[d] - count[d]) * 25) / count[d]);
      // Valid answers always score 0..100; anything else must not land in the next B's bins.
      const at = score >= 0 && score <= 100 ? d * 101 + score : -1;
      top.answered[d] += 1;
      top.sum[d] += score;
      top.histogram[at] += 1;
      if (a) (a.answered[d] += 1, a.sum[d] += score, a.histogram[at] += 1);
      if (b) (b.answered[d] += 1, b.sum[d] += score, b.histogram[at] += 1);
      sum[d] = 0;
      count[d] = 0;
    }
    if (pairCount[d] > 0) {
      top.pairAnswered[d] += 1;
      top.pairSum[d] += Math.round(((pairSum[d] - pairCount[d]) * 25) / pairCount[d]);
      pairSum[d] = 0;
      pairCount[d] = 0;
    }
  }
}

/** The k-th smallest score (0-based) of B `d` from its histogram. */
function kth(t: Totals, d: number, k: number): number {
  let seen = 0;
  for (let score = 0; score <= 100; score++) {
    seen += t.histogram[d * 101 + score];
    if (seen > k) return score;
  }
  return 100;
}

/** The median score of B `d` (of two middle scores, their rounded mean). */
export function medianOf(t: Totals, d: number): number {
  const n = t.answered[d];
  return n % 2 ? kth(t, d, (n - 1) / 2) : Math.round((kth(t, d, n / 2 - 1) + kth(t, d, n / 2)) / 2);
}

/** The answer counts 1..5 of B `d`. */
export function distributionOf(t: Totals, d: number): [number, number, number, number, number] {
  const at = d * 5;
  const x = t.distribution;
  return [x[at], x[at + 1], x[at + 2], x[at + 3], x[at + 4]];
}
