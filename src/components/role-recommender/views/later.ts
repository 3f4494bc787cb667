/**
 * The role recommender's later group (`rr-later`, see LAZY_GROUPS in
 * scripts/build-locales.mjs): the texts of a result (verdict, lead, the roles in
 * order, what the role does, why, the evidence against it, the answers on the room
 * screen) and the views that show them (outcome.ts). No first screen shows them: before
 * any answer the result panel shows the three roles in a line each. Loaded when a
 * result is first shown, or as soon as the user starts using the widget.
 * @module
 */
import type { LaterGroup } from '../../../internal/controllers/lazy-texts.js';

/** The views of a result (outcome.ts), imported with the texts. */
export type RrOutcome = typeof import('./outcome.js');

/** See the module comment. */
export const rrLater: LaterGroup<RrOutcome> = {
  name: 'rr-later',
  texts: (locale) => import(`../../../generated/locales/${locale}/rr-later.ts`),
  code: () => import('./outcome.js'),
};
