/**
 * The slider's later group (`ut-later`, see LAZY_GROUPS in scripts/build-locales.mjs):
 * the portfolio view (the line, the gaps and what they mean, the services by stop, the
 * form to add one, and the editor behind it), the presenter's room-screen notes and
 * the room screen itself, with their texts. The first screen (the position, whom it
 * reaches, what it risks) needs none of them: they come when the portfolio tab is
 * chosen, a page starts on it or in presentation mode, or as soon as the user starts
 * using the widget (first focus or press inside it).
 * @module
 */
import type { LaterGroup } from '../../../internal/controllers/lazy-texts.js';

/** The views and the editor of the later chunk (later-views.ts), imported with the texts. */
export type UtViews = typeof import('./later-views.js');

/** See the module comment. */
export const utLater: LaterGroup<UtViews> = {
  name: 'ut-later',
  texts: (locale) => import(`../../../generated/locales/${locale}/ut-later.ts`),
  code: () => import('./later-views.js'),
};
