/**
 * Cleaning of the explorer's inputs: positions, priorities and the kinds filter.
 * Every function accepts a value of any shape (a property, or an attribute after
 * `parseJson`) and never throws; whatever it drops or corrects becomes an issue.
 */
import { type Cleaned, type InputIssue, isRecord } from '../shared.js';
import { DILEMMA_KINDS, type DilemmaKind, dilemmaById } from './catalogue.js';
import { capIssues } from './limits.js';

/** Where the network stands on each dilemma: -1 is the first pole, 1 the second. */
export type DilemmaPositions = Record<string, number>;

/** Brings a finite number into [-1, 1]; also turns -0 into 0 so JSON round trips are exact. */
function clampPosition(n: number): number {
  const clamped = Math.min(1, Math.max(-1, n));
  return clamped === 0 ? 0 : clamped;
}

/**
 * Cleans positions `{ [dilemmaId]: number }`. Numbers outside [-1, 1] are clamped with
 * an `out-of-range` issue; non-numbers (and NaN, Infinity) and unknown ids are dropped
 * with an issue; `null` means "not placed" and is dropped silently.
 */
export function cleanDilemmaPositions(input: unknown, path = 'positions'): Cleaned<DilemmaPositions> {
  const value: DilemmaPositions = {};
  const issues: InputIssue[] = [];
  if (input === undefined || input === null) return { value, issues };
  if (!isRecord(input)) return { value, issues: [{ path, problem: 'not-an-object', received: input }] };
  for (const [key, raw] of Object.entries(input)) {
    const at = `${path}.${key}`;
    if (!dilemmaById(key)) capIssues(issues, [{ path: at, problem: 'unknown-id', received: raw }]);
    else if (raw === null || raw === undefined) continue;
    else if (typeof raw !== 'number' || !Number.isFinite(raw)) capIssues(issues, [{ path: at, problem: 'invalid-value', received: raw }]);
    else {
      const clamped = clampPosition(raw);
      if (clamped !== raw) capIssues(issues, [{ path: at, problem: 'out-of-range', received: raw }]);
      value[key] = clamped;
    }
  }
  return { value, issues };
}

/** Splits an attribute-style list "a b, c" into its non-empty parts. */
function splitList(text: string): string[] {
  // Stryker disable next-line Regex: splitting at each single separator only adds empty parts, which the filter drops.
  return text.split(/[\s,]+/).filter((part) => part !== '');
}

/**
 * Cleans priorities: dilemma ids, most pressing first. Accepts an array or a space- or
 * comma-separated string. Unknown ids, non-strings and repeats are dropped with an
 * issue; the order of the rest is kept.
 */
export function cleanDilemmaPriorities(input: unknown, path = 'priorities'): Cleaned<string[]> {
  const value: string[] = [];
  const seen = new Set<string>(); // not value.includes(): 130,000 entries would take seconds
  const issues: InputIssue[] = [];
  if (input === undefined || input === null) return { value, issues };
  const list = typeof input === 'string' ? splitList(input) : input;
  if (!Array.isArray(list)) return { value, issues: [{ path, problem: 'invalid-value', received: input }] };
  list.forEach((raw: unknown, i) => {
    const at = `${path}[${i}]`;
    if (typeof raw !== 'string') capIssues(issues, [{ path: at, problem: 'invalid-value', received: raw }]);
    else if (!dilemmaById(raw)) capIssues(issues, [{ path: at, problem: 'unknown-id', received: raw }]);
    else if (seen.has(raw)) capIssues(issues, [{ path: at, problem: 'duplicate', received: raw }]);
    else {
      seen.add(raw);
      value.push(raw);
    }
  });
  return { value, issues };
}

/**
 * Cleans the `kinds` filter: a space- or comma-separated string (or an array of
 * strings). Unknown kinds and repeats are dropped with an issue. The result is in
 * display order; an empty result means "all kinds", and so does a filter whose every
 * kind was unknown, because an explorer showing nothing helps no one.
 */
export function cleanDilemmaKinds(input: unknown, path = 'kinds'): Cleaned<DilemmaKind[]> {
  const issues: InputIssue[] = [];
  if (input === undefined || input === null) return { value: [...DILEMMA_KINDS], issues };
  const list = typeof input === 'string' ? splitList(input) : input;
  let isList = false;
  try {
    isList = Array.isArray(list);
  } catch {
    // A revoked Proxy throws even on Array.isArray: treat it as any other unusable value.
  }
  if (!isList) return { value: [...DILEMMA_KINDS], issues: [{ path, problem: 'invalid-value', received: input }] };
  const wanted = new Set<DilemmaKind>();
  (list as unknown[]).forEach((raw: unknown, i) => {
    const at = `${path}[${i}]`;
    // Stryker disable next-line ConditionalExpression: includes() is false for every non-string, so the typeof test alone changes nothing here.
    if (typeof raw !== 'string' || !(DILEMMA_KINDS as readonly string[]).includes(raw))
      capIssues(issues, [{ path: at, problem: typeof raw === 'string' ? 'unknown-id' : 'invalid-value', received: raw }]);
    else if (wanted.has(raw as DilemmaKind)) capIssues(issues, [{ path: at, problem: 'duplicate', received: raw }]);
    else wanted.add(raw as DilemmaKind);
  });
  const value = DILEMMA_KINDS.filter((k) => wanted.has(k));
  return { value: value.length ? value : [...DILEMMA_KINDS], issues };
}

/**
 * Marks or unmarks a dilemma as pressing: an unmarked id goes to the end of the list,
 * a marked one leaves it. Returns a new list.
 */
export function toggleDilemmaPriority(priorities: readonly string[], id: string): string[] {
  return priorities.includes(id) ? priorities.filter((p) => p !== id) : [...priorities, id];
}

/**
 * Moves a prioritised dilemma up (delta < 0, more pressing) or down the list, stopping
 * at either end. Returns a new list; an id not in the list leaves it unchanged.
 */
export function moveDilemmaPriority(priorities: readonly string[], id: string, delta: number): string[] {
  const from = priorities.indexOf(id);
  if (from < 0 || !Number.isFinite(delta)) return [...priorities];
  // Stryker disable next-line ArithmeticOperator: `next` is one shorter than the list, so splicing at length - 1 or beyond both append.
  const to = Math.min(priorities.length - 1, Math.max(0, from + Math.trunc(delta)));
  const next = priorities.filter((p) => p !== id);
  next.splice(to, 0, id);
  return next;
}
