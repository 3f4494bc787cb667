/**
 * The coordinator's picture: per group (audience, and where present service and
 * period), per B, how many responses answered it, the median and mean score on 0..100
 * (the checker's own scoring, per response) and the distribution over the five
 * answers; families next to staff on the questions that ask the same thing.
 *
 * Small-group protection: a group or a B answered by fewer than `minGroup` responses
 * shows no figure, and no figure that is shown lets a reader work a hidden one out.
 * Groups of a service or a period split their audience's group, so "audience minus the
 * other services" would give a hidden service away: within each split, the hidden
 * cells together always hold at least `minGroup` responses, and another cell is hidden
 * to make it so (complementary suppression). No figure spans both audiences.
 */
import { type Cleaned, type InputIssue } from '../shared.js';
import {
  QUALITY_AUDIENCES, QUALITY_CORE_DIMENSIONS, QUALITY_DIMENSIONS, QUALITY_QUESTIONS,
  type QualityAnswers, type QualityAudience, type QualityDimension,
} from '../quality/index.js';
import { type QualityResponse, type ReportRejected } from './read.js';
import { type ReportData } from './merge.js';
import { qualityPairsOf } from './pairs.js';

/** Groups smaller than this show no figure, unless the page sets `min-group`. */
export const REPORT_MIN_GROUP = 5;
/** The lowest `min-group` allowed: below 3, a figure can describe one or two people. */
export const REPORT_MIN_GROUP_FLOOR = 3;

/** The figures of one B in one group; all null when `suppressed`. */
export interface ReportCell {
  /** Responses that answered at least one question of this B. */
  answered: number | null;
  /** Median of the responses' scores for this B, 0..100, rounded. */
  median: number | null;
  /** Mean of the responses' scores for this B, 0..100, rounded. */
  mean: number | null;
  /** How many answers were 1, 2, 3, 4 and 5 (a response that answered two questions counts twice). */
  distribution: [number, number, number, number, number] | null;
  /** True when the figures are hidden. */
  suppressed: boolean;
  /** True when hidden not for its own size but so that a smaller group beside it cannot be worked out. */
  protects?: true;
}

/** One group of responses. */
export interface ReportGroup {
  /** Who answered. */
  audience: QualityAudience;
  /** The service, for a group of one service ('' for the responses that named none); absent on an audience's own group. */
  service?: string;
  /** The period: a year (`2026`), `before-YYYY-MM-DD` / `from-YYYY-MM-DD`, or `undated`. */
  period?: string;
  /** Responses in the group; null when the group is hidden. */
  n: number | null;
  /** The figures per B asked of this audience. */
  dimensions: Partial<Record<QualityDimension, ReportCell>>;
}

/** Families next to staff on one B, on the paired questions only (means, 0..100). */
export interface ReportPair {
  /** The B. */
  dimension: QualityDimension;
  /** The families' mean on the paired questions; null when hidden or not answered. */
  family: number | null;
  /** The staff's mean on the paired questions; null when hidden or not answered. */
  staff: number | null;
  /** family minus staff; null unless both are shown. */
  gap: number | null;
}

/** The report. */
export interface QualityReport {
  /** Responses counted (each submission once). */
  total: number;
  /** Every file and row that could not be read, with the reason. */
  rejected: ReportRejected[];
  /** Each audience's group, then its groups per service and per period. */
  groups: ReportGroup[];
  /** Families next to staff, biggest gap first; B's without a paired question are not listed. */
  pairs: ReportPair[];
}

/** How the report splits and protects. */
export interface ReportOptions {
  /** The smallest group that shows figures (default 5, at least 3). */
  minGroup?: number;
  /** `year` (default): a group per year; `none`; or a date `YYYY-MM-DD`: before and from that day. */
  period?: string;
}

/**
 * Reads `min-group`: a whole number, at least 3 (raised with an issue), default 5.
 * @param input the attribute or property value.
 */
export function cleanMinGroup(input: unknown): Cleaned<number> {
  if (input === null || input === undefined || input === '') return { value: REPORT_MIN_GROUP, issues: [] };
  const n = typeof input === 'number' ? input : typeof input === 'string' ? Number(input.trim()) : Number.NaN;
  const issue = (problem: InputIssue['problem']): InputIssue[] => [{ path: 'min-group', problem, received: input }];
  if (!Number.isInteger(n)) return { value: REPORT_MIN_GROUP, issues: issue('invalid-value') };
  if (n < REPORT_MIN_GROUP_FLOOR) return { value: REPORT_MIN_GROUP_FLOOR, issues: issue('out-of-range') };
  return { value: n, issues: [] };
}

/**
 * Reads the period split: `year`, `none` or a real date `YYYY-MM-DD`; anything else
 * gives `year` with an issue.
 */
export function cleanReportPeriod(input: unknown): Cleaned<string> {
  if (input === null || input === undefined || input === '') return { value: 'year', issues: [] };
  if (input === 'year' || input === 'none') return { value: input, issues: [] };
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input) && !Number.isNaN(Date.parse(input)) && new Date(input).toISOString().startsWith(input)) {
    return { value: input, issues: [] };
  }
  return { value: 'year', issues: [{ path: 'period', problem: 'invalid-value', received: input }] };
}

const DIMENSION_OF = new Map(QUALITY_QUESTIONS.map((q) => [q.id, q.dimension]));

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

/** The running totals of one B in one group. */
interface Tally {
  answered: number;
  sum: number;
  /** Scores are whole numbers 0..100: a histogram gives the median without sorting. */
  histogram: Uint32Array;
  distribution: [number, number, number, number, number];
}

/** A response with its scores computed once. */
interface Scored {
  response: QualityResponse;
  scores: Partial<Record<QualityDimension, number | null>>;
}

/** A group while it is being built. */
interface Building {
  group: ReportGroup;
  n: number;
  tallies: Map<QualityDimension, Tally>;
  members: Scored[];
}

function tally(): Tally {
  return { answered: 0, sum: 0, histogram: new Uint32Array(101), distribution: [0, 0, 0, 0, 0] };
}

function add(b: Building, s: Scored): void {
  b.n += 1;
  b.members.push(s);
  for (const [dimension, score] of Object.entries(s.scores) as [QualityDimension, number | null][]) {
    if (score === null || score === undefined) continue;
    const t = b.tallies.get(dimension);
    if (!t) continue;
    t.answered += 1;
    t.sum += score;
    t.histogram[score] += 1;
  }
  for (const [id, value] of Object.entries(s.response.answers)) {
    const t = b.tallies.get(DIMENSION_OF.get(id)!);
    if (t && value >= 1 && value <= 5) t.distribution[value - 1] += 1;
  }
}

/** The k-th smallest score (0-based) from a histogram. */
function kth(histogram: Uint32Array, k: number): number {
  let seen = 0;
  for (let score = 0; score <= 100; score++) {
    seen += histogram[score];
    if (seen > k) return score;
  }
  return 100;
}

const HIDDEN: ReportCell = { answered: null, median: null, mean: null, distribution: null, suppressed: true };

function cellOf(t: Tally, minGroup: number): ReportCell {
  if (t.answered < minGroup) return { ...HIDDEN };
  const n = t.answered;
  const median = n % 2 ? kth(t.histogram, (n - 1) / 2) : Math.round((kth(t.histogram, n / 2 - 1) + kth(t.histogram, n / 2)) / 2);
  return { answered: n, median, mean: Math.round(t.sum / n), distribution: [...t.distribution], suppressed: false };
}

/** The period of a response, or undefined when periods are off. */
function periodOf(date: string | undefined, mode: string): string | undefined {
  if (mode === 'none') return undefined;
  if (!date) return 'undated';
  if (mode === 'year') return date.slice(0, 4);
  return date < mode ? `before-${mode}` : `from-${mode}`;
}

/** Sorts names, keeping '' (no service) and `undated` last, so the order never depends on the input's. */
function byName(a: string, b: string): number {
  const last = (s: string) => s === '' || s === 'undated';
  if (last(a) !== last(b)) return last(a) ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Within a split of a parent group: while the hidden children hold some responses,
 * but fewer than `minGroup`, the parent's figure minus the shown children would give
 * them away: hide the smallest shown child too.
 */
function protect(children: Building[], count: (b: Building) => number, hidden: (b: Building) => boolean, hide: (b: Building) => void, minGroup: number): void {
  for (;;) {
    const held = children.filter((c) => hidden(c) && count(c) > 0).reduce((s, c) => s + count(c), 0);
    if (held === 0 || held >= minGroup) return;
    const shown = children.filter((c) => !hidden(c) && count(c) > 0);
    if (!shown.length) return;
    // The smallest first, and of equal ones the last in the stable order: deterministic.
    hide(shown.reduce((min, c) => (count(c) <= count(min) ? c : min)));
  }
}

/**
 * The report of a set of responses. The same responses in any order give the same
 * report. Never throws.
 * @param data the responses and what could not be read (see `mergeQualityFiles`).
 */
export function qualityReport(data: ReportData, options: ReportOptions = {}): QualityReport {
  const minGroup = cleanMinGroup(options.minGroup).value;
  const mode = cleanReportPeriod(options.period).value;
  const responses = Array.isArray(data?.responses) ? data.responses : [];
  const scored: Scored[] = responses.map((response) => ({ response, scores: reportScores(response.answers) }));
  const groups: ReportGroup[] = [];
  const pairs: ReportPair[] = [];
  const tops = new Map<QualityAudience, Building>();

  for (const audience of QUALITY_AUDIENCES) {
    const members = scored.filter((s) => s.response.audience === audience);
    if (!members.length) continue;
    const dims: QualityDimension[] = members.some((s) => s.response.extended) ? [...QUALITY_DIMENSIONS] : [...QUALITY_CORE_DIMENSIONS];
    const building = (extra: Partial<ReportGroup>): Building => ({ group: { audience, ...extra, n: null, dimensions: {} }, n: 0, tallies: new Map(dims.map((d) => [d, tally()])), members: [] });

    const top = building({});
    members.forEach((s) => add(top, s));
    const services = [...new Set(members.map((s) => s.response.service ?? ''))].sort(byName);
    const splits: Building[][] = [];
    // A group per service as soon as one response names one (even a single service, so
    // the report always says which service its figures are about).
    if (services.some((svc) => svc !== '')) {
      const bySvc = new Map(services.map((svc) => [svc, building({ service: svc })]));
      members.forEach((s) => add(bySvc.get(s.response.service ?? '')!, s));
      splits.push([...bySvc.values()]);
    }
    const periods = [...new Set(members.map((s) => periodOf(s.response.date, mode)).filter((p): p is string => p !== undefined))].sort(byName);
    if (periods.length > 1) {
      const byPeriod = new Map(periods.map((p) => [p, building({ period: p })]));
      members.forEach((s) => add(byPeriod.get(periodOf(s.response.date, mode)!)!, s));
      splits.push([...byPeriod.values()]);
    }

    // Primary suppression: the group's own size, then each B's.
    const all = [top, ...splits.flat()];
    const hiddenGroups = new Set<Building>();
    const protectsGroups = new Set<Building>();
    for (const b of all) if (b.n < minGroup) hiddenGroups.add(b);
    // Complementary suppression, first of whole groups, then per B.
    for (const children of splits) {
      if (hiddenGroups.has(top)) children.forEach((c) => hiddenGroups.add(c));
      protect(children, (c) => c.n, (c) => hiddenGroups.has(c), (c) => (hiddenGroups.add(c), protectsGroups.add(c)), minGroup);
    }
    for (const b of all) {
      b.group.n = hiddenGroups.has(b) ? null : b.n;
      for (const d of dims) {
        const cell = hiddenGroups.has(b) ? { ...HIDDEN } : cellOf(b.tallies.get(d)!, minGroup);
        if (protectsGroups.has(b)) cell.protects = true;
        b.group.dimensions[d] = cell;
      }
    }
    for (const children of splits) {
      for (const d of dims) {
        if (top.group.dimensions[d]!.suppressed) continue;
        protect(children, (c) => c.tallies.get(d)!.answered, (c) => c.group.dimensions[d]!.suppressed,
          (c) => void (c.group.dimensions[d] = { ...HIDDEN, protects: true }), minGroup);
      }
    }
    groups.push(...all.map((b) => b.group));
    tops.set(audience, top);
  }

  // Families next to staff, on the questions that ask both the same thing.
  for (const dimension of QUALITY_DIMENSIONS) {
    const pairsOf = qualityPairsOf(dimension);
    if (!pairsOf.length) continue;
    const side = (audience: QualityAudience): number | null | undefined => {
      const top = tops.get(audience);
      if (!top || top.group.n === null || !top.tallies.has(dimension)) return undefined;
      const ids = new Set(pairsOf.map((p) => p[audience]));
      let answered = 0;
      let sum = 0;
      for (const { response } of top.members) {
        const score = reportScores(response.answers, ids)[dimension];
        if (typeof score !== 'number') continue;
        answered += 1;
        sum += score;
      }
      return answered >= minGroup ? Math.round(sum / answered) : null;
    };
    const family = side('family');
    const staff = side('staff');
    if (family === undefined && staff === undefined) continue;
    const f = family ?? null;
    const s = staff ?? null;
    pairs.push({ dimension, family: f, staff: s, gap: f !== null && s !== null ? f - s : null });
  }
  // Stable sort: equal gaps keep the canonical order; pairs without a gap come last.
  pairs.sort((a, b) => (b.gap === null ? -1 : Math.abs(b.gap)) - (a.gap === null ? -1 : Math.abs(a.gap)));

  return { total: responses.length, rejected: Array.isArray(data?.rejected) ? [...data.rejected] : [], groups, pairs };
}

/**
 * The B's of a group with figures, weakest (lowest mean) first; ties keep the canonical order.
 */
export function reportWeakest(group: ReportGroup): QualityDimension[] {
  return QUALITY_DIMENSIONS.filter((d) => group.dimensions[d] && !group.dimensions[d]!.suppressed).sort(
    (a, b) => group.dimensions[a]!.mean! - group.dimensions[b]!.mean!,
  );
}

/** What moved on one B between two periods (means, 0..100, with the responses behind them). */
export interface ReportMove {
  /** Who answered. */
  audience: QualityAudience;
  /** The B. */
  dimension: QualityDimension;
  /** The earlier and the later period. */
  from: string;
  /** The later period. */
  to: string;
  /** Mean and responses in the earlier period. */
  before: { mean: number; answered: number };
  /** Mean and responses in the later period. */
  after: { mean: number; answered: number };
  /** after minus before. */
  change: number;
}

/**
 * What moved per B between consecutive periods of each audience, biggest change first.
 * Built from shown figures only, so it reveals nothing the groups hide.
 */
export function qualityReportMoves(report: QualityReport): ReportMove[] {
  const moves: ReportMove[] = [];
  for (const audience of QUALITY_AUDIENCES) {
    const periods = report.groups.filter((g) => g.audience === audience && g.period !== undefined && g.period !== 'undated');
    for (let i = 1; i < periods.length; i++) {
      const [earlier, later] = [periods[i - 1], periods[i]];
      for (const dimension of QUALITY_DIMENSIONS) {
        const a = earlier.dimensions[dimension];
        const b = later.dimensions[dimension];
        if (!a || !b || a.suppressed || b.suppressed) continue;
        moves.push({
          audience, dimension, from: earlier.period!, to: later.period!,
          before: { mean: a.mean!, answered: a.answered! }, after: { mean: b.mean!, answered: b.answered! }, change: b.mean! - a.mean!,
        });
      }
    }
  }
  return moves.sort((x, y) => Math.abs(y.change) - Math.abs(x.change));
}
