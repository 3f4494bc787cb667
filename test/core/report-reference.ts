/**
 * The report's counting the plain way, as it was before the one-pass totals of
 * src/core/report/tally.ts: each response scored with `reportScores`, then added to
 * each of its groups, the paired means from each member again. Kept only so that
 * test/core/report-fast.test.ts can check that the fast totals give the same report.
 */
import { isRecord } from '../../src/core/shared.js';
import {
  QUALITY_EXTENDED_DIMENSIONS, QUALITY_FORMAT, QUALITY_FORMAT_VERSION, REPORT_SERVICE_MAX, isQualityAnswer,
  type QualityAnswers, type QualityQuestion, type ReportRejectReason,
} from '../../src/core/index.js';
import {
  QUALITY_AUDIENCES, QUALITY_CORE_DIMENSIONS, QUALITY_DIMENSIONS, QUALITY_QUESTIONS, cleanMinGroup, cleanReportPeriod, qualityPairsOf, reportScores,
  type QualityAudience, type QualityDimension, type QualityReport, type QualityResponse, type ReportCell, type ReportData, type ReportGroup, type ReportOptions, type ReportPair,
} from '../../src/core/index.js';

const DIMENSION_OF = new Map(QUALITY_QUESTIONS.map((q) => [q.id, q.dimension]));
const QUESTIONS = new Map<string, QualityQuestion>(QUALITY_QUESTIONS.map((q) => [q.id, q]));
const EXTENDED = new Set(QUALITY_QUESTIONS.filter((q) => QUALITY_EXTENDED_DIMENSIONS.includes(q.dimension)).map((q) => q.id));
type ValueRead = { ok: true; response: Omit<QualityResponse, 'key' | 'source' | 'date'>; savedAt?: string } | { ok: false; reason: ReportRejectReason };

/** readQualityValue before its changes for speed. */
export function plainQualityValue(input: unknown): ValueRead {
  let raw = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return { ok: false, reason: 'empty' };
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, reason: 'not-json' };
    }
  }
  if (!isRecord(raw)) return { ok: false, reason: 'not-samen' };
  if (raw.format !== undefined && raw.format !== QUALITY_FORMAT) return { ok: false, reason: 'not-samen' };
  if (raw.format === undefined && !(isRecord(raw.answers) && (raw.audience === 'family' || raw.audience === 'staff'))) return { ok: false, reason: 'not-samen' };
  // A later version may mean something else by the same fields: refuse rather than guess.
  if (raw.format === QUALITY_FORMAT && raw.version !== QUALITY_FORMAT_VERSION) return { ok: false, reason: 'unknown-version' };
  const given = isRecord(raw.answers) ? raw.answers : {};
  let audience: QualityAudience;
  if (raw.audience === 'family' || raw.audience === 'staff') audience = raw.audience;
  else {
    // The answers tell whose questions were answered; better than a blind default.
    let staff = 0;
    for (const id of Object.keys(given)) staff += QUESTIONS.get(id)?.audience === 'staff' ? 1 : -1;
    audience = staff > 0 ? 'staff' : 'family';
  }
  const answers: QualityAnswers = {};
  let extended = raw.extended === true;
  let count = 0;
  for (const id of Object.keys(given)) {
    const value = given[id];
    if (QUESTIONS.get(id)?.audience !== audience || !isQualityAnswer(value)) continue;
    answers[id] = value;
    count += 1;
    if (EXTENDED.has(id)) extended = true;
  }
  if (count === 0) return { ok: false, reason: 'no-answers' };
  const response: Omit<QualityResponse, 'key' | 'source' | 'date'> = { audience, extended, answers };
  if (typeof raw.service === 'string' && raw.service.trim() !== '') response.service = raw.service.trim().slice(0, REPORT_SERVICE_MAX);
  return { ok: true, response, savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : undefined };
}


/** Whether year, month and day make a real calendar day (a Date, as before). */
function realDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * parseReportDate before its fast ISO path. The calendar day of a date value as `YYYY-MM-DD`, or undefined when it is none.
 * The day is the one written (a time zone offset does not move it), since that is the
 * day the person submitted on, where they were.
 * @param value a string or a number.
 */
export function plainReportDate(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'number' && Number.isFinite(value)) text = String(Math.trunc(value));
  else if (typeof value === 'string') text = value.trim();
  else return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (m) return realDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[ T,])/.exec(text);
  if (m) return realDay(+m[3], +m[2], +m[1]) ? `${m[3]}-${pad(+m[2])}-${pad(+m[1])}` : undefined;
  // Seconds (10 digits) or milliseconds (13) since 1970: only plausible years, so a
  // submission number is never mistaken for a date.
  if (/^\d{10}$|^\d{13}$/.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    const d = new Date(ms);
    if (d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100) return d.toISOString().slice(0, 10);
  }
  return undefined;
}

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
export function plainQualityReport(data: ReportData, options: ReportOptions = {}): QualityReport {
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
