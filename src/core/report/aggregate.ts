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
  QUALITY_AUDIENCES, QUALITY_CORE_DIMENSIONS, QUALITY_DIMENSIONS, type QualityAudience, type QualityDimension,
} from '../quality/index.js';
import { type QualityResponse, type ReportRejected } from './read.js';
import { type ReportData } from './merge.js';
import { qualityPairsOf } from './pairs.js';
import { type Totals, countResponse, distributionOf, medianOf, totals } from './tally.js';

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
  /**
   * Responses counted (each submission once): the sum of the audiences' groups, so an
   * entry that names no family or staff audience (possible only through the core API,
   * which takes `responses` as given) is not counted here either.
   */
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

/** A group while it is being built. */
interface Building {
  group: ReportGroup;
  totals: Totals;
}

const HIDDEN: ReportCell = { answered: null, median: null, mean: null, distribution: null, suppressed: true };

/** The cell of B `d` (its index) in a group, hidden when fewer than `minGroup` answered it. */
function cellOf(t: Totals, d: number, minGroup: number): ReportCell {
  const n = t.answered[d];
  if (n < minGroup) return { ...HIDDEN };
  return { answered: n, median: medianOf(t, d), mean: Math.round(t.sum[d] / n), distribution: distributionOf(t, d), suppressed: false };
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

/** One audience's totals while the responses are counted. */
interface AudienceTotals {
  top: Totals;
  services: Map<string, Totals>;
  periods: Map<string, Totals>;
  extended: boolean;
}

/** The totals of `key` in `map`, made on first use. */
function totalsIn(map: Map<string, Totals>, key: string): Totals {
  let t = map.get(key);
  if (!t) map.set(key, (t = totals()));
  return t;
}

/**
 * Counts every response once, into its audience's group and its service's and
 * period's groups (one pass; the groups are named and ordered afterwards).
 */
function countAll(responses: readonly QualityResponse[], mode: string): Map<QualityAudience, AudienceTotals> {
  const byAudience = new Map<QualityAudience, AudienceTotals>();
  for (const r of responses) {
    if (r?.audience !== 'family' && r?.audience !== 'staff') continue;
    let at = byAudience.get(r.audience);
    if (!at) byAudience.set(r.audience, (at = { top: totals(), services: new Map(), periods: new Map(), extended: false }));
    if (r.extended) at.extended = true;
    const period = periodOf(r.date, mode);
    countResponse(r.answers, r.audience, at.top, totalsIn(at.services, r.service ?? ''), period === undefined ? undefined : totalsIn(at.periods, period));
  }
  return byAudience;
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
  const counted = countAll(responses, mode);
  const groups: ReportGroup[] = [];
  const pairs: ReportPair[] = [];
  const tops = new Map<QualityAudience, { building: Building; dims: readonly QualityDimension[] }>();

  for (const audience of QUALITY_AUDIENCES) {
    const at = counted.get(audience);
    if (!at) continue;
    const dims: readonly QualityDimension[] = at.extended ? QUALITY_DIMENSIONS : QUALITY_CORE_DIMENSIONS;
    const building = (extra: Partial<ReportGroup>, t: Totals): Building => ({ group: { audience, ...extra, n: null, dimensions: {} }, totals: t });
    const top = building({}, at.top);
    const splits: Building[][] = [];
    const services = [...at.services.keys()].sort(byName);
    // A group per service as soon as one response names one (even a single service, so
    // the report always says which service its figures are about).
    if (services.some((svc) => svc !== '')) splits.push(services.map((svc) => building({ service: svc }, at.services.get(svc)!)));
    const periods = [...at.periods.keys()].sort(byName);
    if (periods.length > 1) splits.push(periods.map((p) => building({ period: p }, at.periods.get(p)!)));

    // Primary suppression: the group's own size, then each B's.
    const all = [top, ...splits.flat()];
    const hiddenGroups = new Set<Building>();
    const protectsGroups = new Set<Building>();
    for (const b of all) if (b.totals.n < minGroup) hiddenGroups.add(b);
    // Complementary suppression, first of whole groups, then per B.
    for (const children of splits) {
      if (hiddenGroups.has(top)) children.forEach((c) => hiddenGroups.add(c));
      protect(children, (c) => c.totals.n, (c) => hiddenGroups.has(c), (c) => (hiddenGroups.add(c), protectsGroups.add(c)), minGroup);
    }
    for (const b of all) {
      b.group.n = hiddenGroups.has(b) ? null : b.totals.n;
      for (const d of dims) {
        const cell = hiddenGroups.has(b) ? { ...HIDDEN } : cellOf(b.totals, QUALITY_DIMENSIONS.indexOf(d), minGroup);
        if (protectsGroups.has(b)) cell.protects = true;
        b.group.dimensions[d] = cell;
      }
    }
    for (const children of splits) {
      for (const d of dims) {
        if (top.group.dimensions[d]!.suppressed) continue;
        const i = QUALITY_DIMENSIONS.indexOf(d);
        protect(children, (c) => c.totals.answered[i], (c) => c.group.dimensions[d]!.suppressed,
          (c) => void (c.group.dimensions[d] = { ...HIDDEN, protects: true }), minGroup);
      }
    }
    groups.push(...all.map((b) => b.group));
    tops.set(audience, { building: top, dims });
  }

  // Families next to staff, on the questions that ask both the same thing.
  QUALITY_DIMENSIONS.forEach((dimension, i) => {
    if (!qualityPairsOf(dimension).length) return;
    const side = (audience: QualityAudience): number | null | undefined => {
      const top = tops.get(audience);
      if (!top || top.building.group.n === null || !top.dims.includes(dimension)) return undefined;
      const answered = top.building.totals.pairAnswered[i];
      return answered >= minGroup ? Math.round(top.building.totals.pairSum[i] / answered) : null;
    };
    const family = side('family');
    const staff = side('staff');
    if (family === undefined && staff === undefined) return;
    const f = family ?? null;
    const s = staff ?? null;
    pairs.push({ dimension, family: f, staff: s, gap: f !== null && s !== null ? f - s : null });
  });
  // Stable sort: equal gaps keep the canonical order; pairs without a gap come last.
  pairs.sort((a, b) => (b.gap === null ? -1 : Math.abs(b.gap)) - (a.gap === null ? -1 : Math.abs(a.gap)));

  const total = [...counted.values()].reduce((sum, at) => sum + at.top.n, 0);
  return { total, rejected: Array.isArray(data?.rejected) ? [...data.rejected] : [], groups, pairs };
}
