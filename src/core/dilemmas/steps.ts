/**
 * The workshop's steps: the opening statements, one step per shown dilemma, the
 * summary, and a facilitator's moves between them.
 */
import { type DilemmaKind, dilemmasOfKinds } from './catalogue.js';


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
  // Stryker disable next-line ArithmeticOperator: the next line clamps to the last step, so length - 1 and length + 1 both give it.
  const to = move === 'first' ? 0 : move === 'last' ? steps.length - 1 : at + (move === 'next' ? 1 : -1);
  return steps[Math.min(steps.length - 1, Math.max(0, to))];
}

