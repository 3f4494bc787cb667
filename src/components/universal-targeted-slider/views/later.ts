/**
 * The slider's later group (`ut-later`, see LAZY_GROUPS in scripts/build-locales.mjs):
 * the portfolio view (the line, the gaps and what they mean, the services by stop, the
 * form to add one, and the editor behind it), the presenter's room-screen notes and
 * the room screen itself, with their texts and styles. The first screen (the position, whom it
 * reaches, what it risks) needs none of them: they come when the portfolio tab is
 * chosen, a page starts on it or in presentation mode, or as soon as the user starts
 * using the widget (first focus or press inside it).
 * @module
 */
import { later, type LaterGroup, type LaterHost } from '../../../internal/controllers/lazy-texts.js';
import { adoptLaterStyles } from '../../../internal/later-styles.js';

/** The views and the editor of the later chunk (later-views.ts), imported with the texts. */
export type UtViews = typeof import('./later-views.js');

/** See the module comment. */
export const utLater: LaterGroup<UtViews> = {
  name: 'ut-later',
  texts: (locale) => import(`../../../generated/locales/${locale}/ut-later.ts`),
  code: () => import('./later-views.js'),
};

/**
 * Renders a view of the later chunk (the loading line until it is in). Its styles come
 * with it: adopted in the render that first shows one of its views, so the view never
 * shows unstyled, and after the element's own, so the cascade is as it was.
 */
export function laterView(host: LaterHost, view: (views: UtViews) => unknown): unknown {
  return later(utLater, (v) => {
    adoptLaterStyles(host.renderRoot as ShadowRoot, v.laterStyles);
    return view(v);
  });
}
