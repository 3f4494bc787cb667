/**
 * The workshop: one dilemma at a time, the room standing along a line between the two
 * poles, its split recorded as counts per stop, and the whole state handed on as a JSON
 * file or as a link (base64url of the same JSON; nothing goes to a server).
 */
import { type Cleaned, type InputIssue, isRecord } from '../shared.js';
import { toBase64Url, fromBase64Url } from './base64url.js';
import { type DilemmaKind, dilemmaById, dilemmasOfKinds } from './catalogue.js';
import { type DilemmaPositions, cleanDilemmaPositions, cleanDilemmaPriorities } from './clean.js';
import { type DilemmaLean, dilemmaLean } from './profile.js';

// ---------------------------------------------------------------- room split

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
      issues.push({ path: `${path}.${key}`, problem: 'unknown-id', received: raw });
      continue;
    }
    const split = cleanDilemmaRoomSplit(raw, `${path}.${key}`);
    issues.push(...split.issues);
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

// ---------------------------------------------------------------- steps

/** A step of the workshop: the opening statements, one dilemma (by id), or the summary. */
export type DilemmaWorkshopStep = string;

/** The steps for the shown kinds: `opening`, each shown dilemma, `summary`. */
export function dilemmaWorkshopSteps(kinds: readonly DilemmaKind[] = []): DilemmaWorkshopStep[] {
  return ['opening', ...dilemmasOfKinds(kinds).map((x) => x.id), 'summary'];
}

/** A facilitator's move through the workshop. */
export type DilemmaWorkshopMove = 'next' | 'previous' | 'first' | 'last';

/**
 * The step after a move, stopping at either end. A step not among the shown ones (a
 * link made with other kinds) moves as if from the opening.
 */
export function moveDilemmaWorkshopStep(
  step: DilemmaWorkshopStep,
  move: DilemmaWorkshopMove,
  kinds: readonly DilemmaKind[] = [],
): DilemmaWorkshopStep {
  const steps = dilemmaWorkshopSteps(kinds);
  const at = Math.max(0, steps.indexOf(step));
  const to = move === 'first' ? 0 : move === 'last' ? steps.length - 1 : at + (move === 'next' ? 1 : -1);
  return steps[Math.min(steps.length - 1, Math.max(0, to))];
}

// ---------------------------------------------------------------- state

/** Reflection (browse and place) or workshop (one dilemma at a time, projected). */
export type DilemmaMode = 'reflection' | 'workshop';

/** Everything needed to pick up where a group left off. */
export interface DilemmaWorkshopState {
  /** The mode the explorer was in. */
  mode: DilemmaMode;
  /** The current workshop step. */
  step: DilemmaWorkshopStep;
  /** Where the network stands on each dilemma. */
  positions: DilemmaPositions;
  /** Most pressing dilemmas, most pressing first. */
  priorities: string[];
  /** The room's recorded split per dilemma. */
  splits: DilemmaRoomSplits;
}

/** Marks a saved file as ours, so a file from another tool is not half-loaded. */
export const DILEMMA_STATE_FORMAT = 'samen-dilemma-explorer';
/** The version of the saved format. */
export const DILEMMA_STATE_VERSION = 1;

/** A fresh state: reflection mode, at the opening, nothing placed or recorded. */
export function emptyDilemmaWorkshop(): DilemmaWorkshopState {
  return { mode: 'reflection', step: 'opening', positions: {}, priorities: [], splits: {} };
}

const STATE_KEYS = ['format', 'version', 'mode', 'step', 'positions', 'priorities', 'splits'];

/**
 * Cleans a state of any shape, e.g. a parsed JSON file. Each field is cleaned on its
 * own, so one bad field does not lose the rest. A value whose `format` names another
 * tool yields the empty state with an issue.
 */
export function cleanDilemmaWorkshop(input: unknown): Cleaned<DilemmaWorkshopState> {
  const state = emptyDilemmaWorkshop();
  const issues: InputIssue[] = [];
  if (input === undefined || input === null) return { value: state, issues };
  if (!isRecord(input)) return { value: state, issues: [{ path: 'state', problem: 'not-an-object', received: input }] };
  if (input.format !== undefined && input.format !== DILEMMA_STATE_FORMAT)
    return { value: state, issues: [{ path: 'state.format', problem: 'invalid-value', received: input.format }] };
  for (const key of Object.keys(input))
    if (!STATE_KEYS.includes(key)) issues.push({ path: `state.${key}`, problem: 'unknown-id', received: input[key] });
  if (input.mode !== undefined) {
    if (input.mode === 'reflection' || input.mode === 'workshop') state.mode = input.mode;
    else issues.push({ path: 'state.mode', problem: 'invalid-value', received: input.mode });
  }
  if (input.step !== undefined) {
    const step = input.step;
    if (typeof step === 'string' && (step === 'opening' || step === 'summary' || dilemmaById(step))) state.step = step;
    else issues.push({ path: 'state.step', problem: typeof step === 'string' ? 'unknown-id' : 'invalid-value', received: step });
  }
  const positions = cleanDilemmaPositions(input.positions, 'state.positions');
  const priorities = cleanDilemmaPriorities(input.priorities, 'state.priorities');
  const splits = cleanDilemmaRoomSplits(input.splits, 'state.splits');
  state.positions = positions.value;
  state.priorities = priorities.value;
  state.splits = splits.value;
  issues.push(...positions.issues, ...priorities.issues, ...splits.issues);
  return { value: state, issues };
}

/**
 * The state as a JSON text for a file, with format and version, cleaned first so what
 * is saved always loads back unchanged.
 */
export function dilemmaWorkshopToJson(state: DilemmaWorkshopState): string {
  return JSON.stringify(dilemmaWorkshopDocument(state));
}

/** The saved-file document for a state: the cleaned state marked with our format and version. */
export function dilemmaWorkshopDocument(state: DilemmaWorkshopState): { format: string; version: number } & DilemmaWorkshopState {
  return { format: DILEMMA_STATE_FORMAT, version: DILEMMA_STATE_VERSION, ...cleanDilemmaWorkshop(state).value };
}

/** Reads a JSON text (a loaded file). Never throws: bad text gives the empty state and an issue. */
export function dilemmaWorkshopFromJson(text: string): Cleaned<DilemmaWorkshopState> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { value: emptyDilemmaWorkshop(), issues: [{ path: 'state', problem: 'not-json', received: text }] };
  }
  return cleanDilemmaWorkshop(parsed);
}

/**
 * The state as a compact URL-safe code for a link (base64url of the JSON without the
 * format marker: the link's own parameter name says what it is).
 */
export function encodeDilemmaWorkshop(state: DilemmaWorkshopState): string {
  const clean = cleanDilemmaWorkshop(state).value;
  return toBase64Url(JSON.stringify({ version: DILEMMA_STATE_VERSION, ...clean }));
}

/**
 * Reads a code made by {@link encodeDilemmaWorkshop}. Never throws: a corrupt or
 * truncated code gives the empty state and a `not-json` issue at `link`.
 */
export function decodeDilemmaWorkshop(code: unknown): Cleaned<DilemmaWorkshopState> {
  const text = typeof code === 'string' ? fromBase64Url(code.trim()) : null;
  if (text === null) return { value: emptyDilemmaWorkshop(), issues: [{ path: 'link', problem: 'not-json', received: code }] };
  const read = dilemmaWorkshopFromJson(text);
  // Say "the link" rather than "the state" when the JSON inside it was broken.
  return read.issues.some((i) => i.problem === 'not-json' && i.path === 'state')
    ? { value: read.value, issues: [{ path: 'link', problem: 'not-json', received: code }] }
    : read;
}
