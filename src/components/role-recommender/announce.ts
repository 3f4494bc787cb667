/**
 * What the live region says after an answer: the best fit of the view answered, or the
 * tie, in one line (the full result is on screen beside the questions). The names come
 * from the caller: the role names are a first-screen text, the typology views' names
 * come with their later chunk (typology.ts `typologySummary`).
 */
import { msg, str } from '@lit/localize';
import { joinAnd } from './role-recommender.texts.js';

/** A one-line summary of a view's outcome; empty while nothing is answered. */
export function outcomeSummary(best: string | null, tied: readonly string[], names: Record<string, { name: string }>): string {
  const name = (id: string) => names[id].name;
  if (best) return msg(str`Best fit: ${name(best)}.`, { id: 'rr.announce.best' });
  if (tied.length) return msg(str`No single best fit: ${joinAnd(tied.map(name))}.`, { id: 'rr.announce.tied' });
  return '';
}
