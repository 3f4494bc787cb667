/**
 * The room's split in a workshop: how many people stand at each of the five places
 * between a dilemma's poles, cleaned and summarised (mean, spread, a divided room).
 */
import { type Cleaned, type InputIssue, isRecord } from '../shared.js';
import { dilemmaById } from './catalogue.js';
import { type DilemmaLean, dilemmaLean } from './profile.js';
import { capIssues } from './limits.js';


/** The five places people can stand, from the first pole (-1) to the second (1). */
export const DILEMMA_ROOM_STOPS: readonly number[] = Object.freeze([-1, -0.5, 0, 0.5, 1]);

/** No room holds more people than this at one stop; larger counts are typing slips. */
export const DILEMMA_ROOM_MAX = 999;

/** How many people stand at each stop, in the order of {@link DILEMMA_ROOM_STOPS}. */
export type DilemmaRoomSplit = number[];

/**
 * A side holding at least this share of the room counts as substantial: when both
 * sides do, the room is divided. Sides are the two stops toward a pole; the middle stop
 * belongs to neither. 0.3 means that at 10 people, 3 against 3 (or more) is a divide.
 */
export const DILEMMA_DIVIDED_SHARE = 0.3;

/** An empty split: nobody recorded at any stop. */
export function emptyDilemmaRoomSplit(): DilemmaRoomSplit {
  return DILEMMA_ROOM_STOPS.map(() => 0);
}

/**
 * Cleans one split: an array of five counts. Counts are brought to whole numbers in
 * [0, {@link DILEMMA_ROOM_MAX}] (negative or too large: `out-of-range`; fractional:
 * rounded, `invalid-value`); non-numbers become 0 with an issue; missing stops are 0
 * and extra entries dropped, each with an issue.
 */
export function cleanDilemmaRoomSplit(input: unknown, path = 'split'): Cleaned<DilemmaRoomSplit> {
  const value = emptyDilemmaRoomSplit();
  const issues: InputIssue[] = [];
  if (input === undefined || input === null) return { value, issues };
  if (!Array.isArray(input)) return { value, issues: [{ path, problem: 'invalid-value', received: input }] };
  if (input.length !== value.length) issues.push({ path, problem: 'invalid-value', received: input.length });
  for (let i = 0; i < Math.min(input.length, value.length); i++) {
    const raw: unknown = input[i];
    const at = `${path}[${i}]`;
    if (typeof raw !== 'number' || Number.isNaN(raw)) {
      issues.push({ path: at, problem: 'invalid-value', received: raw });
      continue;
    }
    let n = raw;
    if (n < 0 || n > DILEMMA_ROOM_MAX) {
      issues.push({ path: at, problem: 'out-of-range', received: raw });
      n = Math.min(DILEMMA_ROOM_MAX, Math.max(0, n));
    }
    if (!Number.isInteger(n)) {
      issues.push({ path: at, problem: 'invalid-value', received: raw });
      n = Math.round(n);
    }
    value[i] = n === 0 ? 0 : n; // no -0 in a count
  }
  return { value, issues };
}

/** Splits per dilemma id. Splits with nobody recorded are left out. */
export type DilemmaRoomSplits = Record<string, DilemmaRoomSplit>;

/**
 * Cleans splits `{ [dilemmaId]: number[] }`: unknown ids dropped with an issue, each
 * split cleaned by {@link cleanDilemmaRoomSplit}, empty splits left out silently.
 */
export function cleanDilemmaRoomSplits(input: unknown, path = 'splits'): Cleaned<DilemmaRoomSplits> {
  const value: DilemmaRoomSplits = {};
  const issues: InputIssue[] = [];
  if (input === undefined || input === null) return { value, issues };
  if (!isRecord(input)) return { value, issues: [{ path, problem: 'not-an-object', received: input }] };
  for (const [key, raw] of Object.entries(input)) {
    if (!dilemmaById(key)) {
      capIssues(issues, [{ path: `${path}.${key}`, problem: 'unknown-id', received: raw }]);
      continue;
    }
    const split = cleanDilemmaRoomSplit(raw, `${path}.${key}`);
    capIssues(issues, split.issues);
    if (split.value.some((n) => n > 0)) value[key] = split.value;
  }
  return { value, issues };
}

/**
 * Adds `delta` people at one stop (a facilitator's + / - press). Counts stay within
 * [0, {@link DILEMMA_ROOM_MAX}]; an unknown stop leaves the split as it is. Returns a new split.
 */
export function changeDilemmaRoomSplit(split: readonly number[], stop: number, delta: number): DilemmaRoomSplit {
  const next = cleanDilemmaRoomSplit([...split]).value;
  if (!Number.isInteger(stop) || stop < 0 || stop >= next.length || !Number.isFinite(delta)) return next;
  next[stop] = Math.min(DILEMMA_ROOM_MAX, Math.max(0, next[stop] + Math.round(delta)));
  return next;
}

/**
 * The nearest stop to a position in [-1, 1]. Halfway cases go away from the middle, so
 * a position gets the middle stop exactly when the profile calls it balanced.
 */
export function dilemmaRoomStopOf(position: number): number {
  const p = Math.min(1, Math.max(-1, Number.isFinite(position) ? position : 0));
  return 2 + Math.sign(p) * Math.round(Math.abs(p) * 2);
}

/** What the room's split shows. */
export interface DilemmaRoomSummary {
  /** How many people were recorded. */
  total: number;
  /** Share of the room at each stop; sums to 1, or all 0 for an empty room. */
  shares: number[];
  /** Shares of the first side (two stops toward pole 1), the middle stop, the second side. */
  sides: { first: number; middle: number; second: number };
  /** The room's mean position in [-1, 1]; null for an empty room. */
  mean: number | null;
  /**
   * How far people stand apart: the standard deviation of their positions, from 0
   * (all at one stop) to 1 (half at each pole); null for an empty room.
   */
  spread: number | null;
  /** Where the room's mean leans, by the same threshold as the profile. */
  lean: DilemmaLean;
  /** True when both sides hold at least {@link DILEMMA_DIVIDED_SHARE} of the room. */
  divided: boolean;
}

/** Summarises a split (cleaned first, so any input is safe). */
export function summariseDilemmaRoom(split: unknown): DilemmaRoomSummary {
  const counts = cleanDilemmaRoomSplit(split).value;
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) {
    return {
      total, shares: counts.map(() => 0), sides: { first: 0, middle: 0, second: 0 },
      mean: null, spread: null, lean: 'unplaced', divided: false,
    };
  }
  const shares = counts.map((c) => c / total);
  const sides = { first: shares[0] + shares[1], middle: shares[2], second: shares[3] + shares[4] };
  const mean = shares.reduce((sum, s, i) => sum + s * DILEMMA_ROOM_STOPS[i], 0);
  const variance = shares.reduce((sum, s, i) => sum + s * (DILEMMA_ROOM_STOPS[i] - mean) ** 2, 0);
  // Rounding can leave a hair of negative variance or a mean of -0; neither is meaningful.
  // Stryker disable next-line EqualityOperator: a mean is a multiple of 1 / (2 × total) give or take ~1e-16 of rounding, never exactly 1e-12 from 0.
  const cleanMean = Math.abs(mean) < 1e-12 ? 0 : mean;
  return {
    total,
    shares,
    sides,
    mean: cleanMean,
    spread: Math.sqrt(Math.max(0, variance)),
    lean: dilemmaLean(cleanMean),
    divided: sides.first >= DILEMMA_DIVIDED_SHARE && sides.second >= DILEMMA_DIVIDED_SHARE,
  };
}

