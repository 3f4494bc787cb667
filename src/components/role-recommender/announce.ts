/**
 * What the live region says after an answer: the best fit of the view answered, or the
 * tie, in one line (the full result is on screen beside the questions).
 */
import { msg, str } from '@lit/localize';
import type { DirectingType, GovernanceForm, RoleResult, TypologyResult } from '../../core/roles/index.js';
import { directingTypeTexts, governanceFormTexts, joinAnd, roleTexts } from './role-recommender.texts.js';
import type { AnswerKind } from './views/context.js';

/** The results the summary reads. */
export interface Outcomes {
  result: RoleResult;
  governanceResult: TypologyResult<GovernanceForm>;
  directingResult: TypologyResult<DirectingType>;
}

/** A one-line summary of a view's outcome; empty while nothing is answered. */
export function outcomeSummary(kind: AnswerKind, o: Outcomes): string {
  const [best, tied, names] =
    kind === 'governance' ? [o.governanceResult.type, o.governanceResult.tied, governanceFormTexts()]
    : kind === 'directing' ? [o.directingResult.type, o.directingResult.tied, directingTypeTexts()]
    : [o.result.role, o.result.tied, roleTexts()];
  const name = (id: string) => (names as Record<string, { name: string }>)[id].name;
  if (best) return msg(str`Best fit: ${name(best)}.`, { id: 'rr.announce.best' });
  if (tied.length) return msg(str`No single best fit: ${joinAnd(tied.map(name))}.`, { id: 'rr.announce.tied' });
  return '';
}
