/**
 * The whole workshop state, handed on as a JSON file or as a link (base64url of the
 * same JSON; nothing goes to a server). Reading is defensive: a file of another kind
 * or of a newer version is refused with its reason, and huge input is capped.
 */
import { type Cleaned, type InputIssue, isRecord } from '../shared.js';
import { toBase64Url, fromBase64Url } from './base64url.js';
import { dilemmaById } from './catalogue.js';
import { type DilemmaPositions, cleanDilemmaPositions, cleanDilemmaPriorities } from './clean.js';
import { type DilemmaRoomSplits, cleanDilemmaRoomSplits } from './room.js';
import type { DilemmaWorkshopStep } from './steps.js';
import { capIssues, DILEMMA_FILE_MAX, DILEMMA_LINK_MAX } from './limits.js';


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
    if (!STATE_KEYS.includes(key)) capIssues(issues, [{ path: `state.${key}`, problem: 'unknown-id', received: input[key] }]);
  if (input.mode !== undefined) {
    if (input.mode === 'reflection' || input.mode === 'workshop') state.mode = input.mode;
    else capIssues(issues, [{ path: 'state.mode', problem: 'invalid-value', received: input.mode }]);
  }
  if (input.step !== undefined) {
    const step = input.step;
    // Stryker disable next-line ConditionalExpression: a non-string equals neither word, and the catalogue's Map holds string keys only, so the typeof test alone changes nothing.
    if (typeof step === 'string' && (step === 'opening' || step === 'summary' || dilemmaById(step))) state.step = step;
    else capIssues(issues, [{ path: 'state.step', problem: typeof step === 'string' ? 'unknown-id' : 'invalid-value', received: step }]);
  }
  const positions = cleanDilemmaPositions(input.positions, 'state.positions');
  const priorities = cleanDilemmaPriorities(input.priorities, 'state.priorities');
  const splits = cleanDilemmaRoomSplits(input.splits, 'state.splits');
  state.positions = positions.value;
  state.priorities = priorities.value;
  state.splits = splits.value;
  for (const more of [positions.issues, priorities.issues, splits.issues]) capIssues(issues, more);
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
 * truncated code gives the empty state and a `not-json` issue at `link`; JSON that is
 * no workshop state (not an object, another tool's format) an `invalid-value` issue
 * there, then the state's own issue; a code longer than {@link DILEMMA_LINK_MAX} an
 * `out-of-range` issue there, without being decoded.
 */
export function decodeDilemmaWorkshop(code: unknown): Cleaned<DilemmaWorkshopState> {
  // A code far longer than any workshop is not decoded at all (a 1.5 MB link).
  if (typeof code === 'string' && code.length > DILEMMA_LINK_MAX)
    return { value: emptyDilemmaWorkshop(), issues: [{ path: 'link', problem: 'out-of-range', received: code.length }] };
  const text = typeof code === 'string' ? fromBase64Url(code.trim()) : null;
  if (text === null) return { value: emptyDilemmaWorkshop(), issues: [{ path: 'link', problem: 'not-json', received: code }] };
  const read = dilemmaWorkshopFromJson(text);
  // Say "the link" rather than "the state" when the JSON inside it was broken.
  if (read.issues.some((i) => i.problem === 'not-json' && i.path === 'state')) return { value: read.value, issues: [{ path: 'link', problem: 'not-json', received: code }] };
  // JSON that is no workshop state at all (a number, a list, another tool's format)
  // gives nothing to show: the link is refused as a whole, so the widget can say so
  // rather than open empty with a console warning only; the state's issue says why.
  const refused = read.issues.find((i) => (i.path === 'state' && i.problem === 'not-an-object') || i.path === 'state.format');
  return refused ? { value: read.value, issues: [{ path: 'link', problem: 'invalid-value', received: code }, refused] } : read;
}

/** Why a file was not loaded. */
export type DilemmaFileRefusal = 'too-large' | 'not-json' | 'not-an-object' | 'no-format' | 'other-format' | 'unknown-version' | 'newer-version';

/** A file read: its cleaned state, or why it was refused (then nothing may change). */
export type DilemmaFileRead =
  | { ok: true; value: DilemmaWorkshopState; issues: InputIssue[] }
  | { ok: false; reason: DilemmaFileRefusal; received?: unknown };

/**
 * Reads the text of a file the user opened. Stricter than {@link cleanDilemmaWorkshop}:
 * a file must say it is ours (`format`) and give a version this code knows, because a
 * file of another kind (`{}`, `null`, another tool's) must never replace a group's work.
 * Never throws; text longer than {@link DILEMMA_FILE_MAX} is not parsed.
 */
export function readDilemmaFile(text: string): DilemmaFileRead {
  if (text.length > DILEMMA_FILE_MAX) return { ok: false, reason: 'too-large', received: text.length };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(parsed)) return { ok: false, reason: 'not-an-object', received: parsed === null ? null : typeof parsed };
  if (parsed.format === undefined) return { ok: false, reason: 'no-format' };
  if (parsed.format !== DILEMMA_STATE_FORMAT) return { ok: false, reason: 'other-format', received: parsed.format };
  const version = parsed.version;
  // Stryker disable next-line ConditionalExpression: Number.isInteger is false for every non-number, so the typeof test alone changes nothing.
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'unknown-version', received: version };
  if (version > DILEMMA_STATE_VERSION) return { ok: false, reason: 'newer-version', received: version };
  const cleaned = cleanDilemmaWorkshop(parsed);
  return { ok: true, value: cleaned.value, issues: cleaned.issues };
}

/** True when a state holds nothing a group entered: no positions, priorities or counts. */
export function isEmptyDilemmaWorkshop(state: DilemmaWorkshopState): boolean {
  return !Object.keys(state.positions).length && !state.priorities.length && !Object.keys(state.splits).length;
}
