/**
 * The reflection profile: where the network stands on each shown dilemma, which
 * dilemmas are most pressing, and which reflection questions to take to the next
 * meeting. It never judges a position: every pole has drawbacks, so the profile only
 * says where the network leans and which tensions deserve the group's time.
 */
import { type DilemmaKind, dilemmasOfKinds } from './catalogue.js';
import type { DilemmaPositions } from './clean.js';

/**
 * Positions closer to the centre than this count as balanced. 0.25 is half the gap
 * between the five stops of a room split (-1, -0.5, 0, 0.5, 1): a position is balanced
 * exactly when it lies nearer the middle stop than any other. The test is symmetric,
 * so -0.25 and 0.25 both lean.
 */
export const DILEMMA_BALANCED_THRESHOLD = 0.25;

/**
 * When no dilemma is marked as pressing, the profile proposes this many of those the
 * network leans on most strongly (and fills the pressing list up to this length).
 * Three is what one meeting can discuss with care.
 */
export const DILEMMA_PRESSING_MIN = 3;

/** Where the network stands on one dilemma. */
export type DilemmaLean = 'first' | 'balanced' | 'second' | 'unplaced';

/**
 * Classifies a position: `first` (leaning to the first pole), `balanced`, `second`,
 * or `unplaced` for null / undefined / a non-finite number.
 */
export function dilemmaLean(position: number | null | undefined): DilemmaLean {
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number, so the typeof test alone changes nothing.
  if (typeof position !== 'number' || !Number.isFinite(position)) return 'unplaced';
  if (Math.abs(position) < DILEMMA_BALANCED_THRESHOLD) return 'balanced';
  // Stryker disable next-line EqualityOperator: 0 is balanced on the line above, so < 0 and <= 0 agree on every position that gets here.
  return position < 0 ? 'first' : 'second';
}

/** One shown dilemma in the profile. */
export interface DilemmaProfileEntry {
  /** The dilemma id. */
  id: string;
  /** Its kind. */
  kind: DilemmaKind;
  /** The network's position in [-1, 1], or null when not placed. */
  position: number | null;
  /** Where that puts the network. */
  lean: DilemmaLean;
  /** 0 for the most pressing prioritised dilemma, 1 for the next...; null when not prioritised. */
  priority: number | null;
}

/** Why a dilemma is on the pressing list. */
export type DilemmaPressingReason = 'priority' | 'far-from-centre';

/** One entry of the pressing list. */
export interface DilemmaPressing {
  /** The dilemma id. */
  id: string;
  /** Marked as pressing by the group, or proposed because the network leans on it strongly. */
  reason: DilemmaPressingReason;
  /** The position, or null (a prioritised dilemma need not be placed). */
  position: number | null;
}

/** A reflection question, by dilemma id and number (0-based) within that dilemma. */
export interface DilemmaQuestionRef {
  /** The dilemma id. */
  dilemma: string;
  /** The question's number, 0 .. questions - 1. */
  index: number;
}

/** The reflection profile. */
export interface DilemmaProfile {
  /** Every shown dilemma, in catalogue order. */
  entries: DilemmaProfileEntry[];
  /**
   * Most pressing first: the group's priorities in their order, then, while the list is
   * shorter than {@link DILEMMA_PRESSING_MIN}, the leaning dilemmas farthest from the
   * centre (ties in catalogue order). Balanced and unplaced dilemmas are never proposed.
   */
  pressing: DilemmaPressing[];
  /**
   * The questions to take to the next meeting: all questions of the prioritised
   * dilemmas when the group marked any (their choice is respected, however many);
   * otherwise those of the proposed dilemmas.
   */
  questions: DilemmaQuestionRef[];
  /** Where the questions come from; `none` when nothing is prioritised or leaning. */
  questionsFrom: 'priorities' | 'farthest' | 'none';
  /** How many shown dilemmas fall in each lean. */
  counts: Record<DilemmaLean, number>;
}

/**
 * Builds the profile from cleaned inputs. Positions and priorities of dilemmas that
 * the kinds filter hides are left out, so the profile matches what the group sees.
 * @param positions cleaned positions.
 * @param priorities cleaned priorities, most pressing first.
 * @param kinds the shown kinds; empty means all.
 */
export function dilemmaProfile(
  positions: DilemmaPositions,
  priorities: readonly string[],
  kinds: readonly DilemmaKind[] = [],
): DilemmaProfile {
  const shown = dilemmasOfKinds(kinds);
  const counts: Record<DilemmaLean, number> = { first: 0, balanced: 0, second: 0, unplaced: 0 };
  const shownPriorities = priorities.filter((id, i) => shown.some((x) => x.id === id) && priorities.indexOf(id) === i);
  const positionOf = (id: string): number | null => {
    const p = Object.prototype.hasOwnProperty.call(positions, id) ? positions[id] : undefined;
    // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number, so the typeof test alone changes nothing.
    return typeof p === 'number' && Number.isFinite(p) ? p : null;
  };
  const entries: DilemmaProfileEntry[] = shown.map((x) => {
    const position = positionOf(x.id);
    const lean = dilemmaLean(position);
    counts[lean] += 1;
    const rank = shownPriorities.indexOf(x.id);
    return { id: x.id, kind: x.kind, position, lean, priority: rank < 0 ? null : rank };
  });

  const pressing: DilemmaPressing[] = shownPriorities.map((id) => ({ id, reason: 'priority', position: positionOf(id) }));
  // Array.prototype.sort is stable, so equal distances keep catalogue order.
  const farthest = entries
    .filter((e) => e.priority === null && (e.lean === 'first' || e.lean === 'second'))
    .sort((a, b) => Math.abs(b.position as number) - Math.abs(a.position as number));
  for (const e of farthest) {
    if (pressing.length >= DILEMMA_PRESSING_MIN) break;
    pressing.push({ id: e.id, reason: 'far-from-centre', position: e.position });
  }

  const questionsFrom = shownPriorities.length ? 'priorities' : pressing.length ? 'farthest' : 'none';
  const sources = questionsFrom === 'priorities' ? pressing.filter((p) => p.reason === 'priority') : pressing;
  const questions: DilemmaQuestionRef[] = [];
  for (const p of sources) {
    const dilemma = shown.find((x) => x.id === p.id);
    for (let index = 0; dilemma && index < dilemma.questions; index++) questions.push({ dilemma: p.id, index });
  }
  return { entries, pressing, questions, questionsFrom, counts };
}
