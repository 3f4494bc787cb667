/**
 * The one way samen joins a list of names in a sentence, shared by every widget (its
 * message `list.and` lives in the common text module).
 */
import { msg, str } from '@lit/localize';

/** Joins names as "A and B" / "A, B and C" in the active language. */
export function joinAnd(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  const last = names[names.length - 1];
  const rest = names.slice(0, -1).join(', ');
  return msg(str`${rest} and ${last}`, { id: 'list.and', desc: 'Joins the last item of a list: "A, B and C".' });
}
