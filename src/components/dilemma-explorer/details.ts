/**
 * The explorer's later part: the texts no first screen shows (each dilemma's stakes,
 * questions, quote, answers and sources; the profile; the whole workshop), in a text
 * module of their own (`dx-details`, see scripts/build-locales.mjs), and the code that
 * shows them or acts on them (later.ts: views, styles, the workshop's actions and keys,
 * the tools that may wait), in a chunk of their own. A first visit downloads only what
 * the cards show; the rest comes when a dilemma's details, the profile or the workshop
 * opens, or as soon as the user starts using the widget.
 *
 * The loading, the loading line, the failure with Try again and the wait in
 * `updateComplete` are the shared later-texts controller's (controllers/lazy-texts.ts);
 * this file only names the group and gives the views their module.
 */
import { LazyTexts, type LaterGroup, type LaterHost } from '../../internal/controllers/lazy-texts.js';
import type { TextLoader } from '../../localization.js';

/** The later part's views (later.ts). */
export type Later = typeof import('./later.js');

/** Imports the explorer's later texts in one language. */
export const loadDetailTexts: TextLoader = (locale) => import(`../../generated/locales/${locale}/dx-details.ts`);

/** The explorer's later group: its texts and the views that show them. */
export const dxDetails: LaterGroup<Later> = { name: 'dx-details', texts: loadDetailTexts, code: () => import('./later.js') };

/** The explorer's later group on one element (the element's `details`). */
export class DetailsController extends LazyTexts<Later> {
  constructor(host: LaterHost) {
    super(host, dxDetails);
  }

  /** The later views, when they are ready to show. */
  get later(): Later | null {
    return this.ready ? this.module ?? null : null;
  }
}
