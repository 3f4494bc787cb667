/**
 * The slider's later group (`ut-later`, see LAZY_GROUPS in scripts/build-locales.mjs):
 * what the gaps in a portfolio mean (and that there are none), shown once the offer has
 * services, and the room screen's label of the stops. The first screen (the position,
 * whom it reaches, what it risks, the empty portfolio) needs none of them. Texts only:
 * the views that show them are small.
 * @module
 */
import type { LaterGroup } from '../../../internal/controllers/lazy-texts.js';

/** See the module comment. */
export const utLater: LaterGroup = {
  name: 'ut-later',
  texts: (locale) => import(`../../../generated/locales/${locale}/ut-later.ts`),
};
