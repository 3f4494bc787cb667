/**
 * The quality check's later group (`qc-later`, see LAZY_GROUPS in
 * scripts/build-locales.mjs): the texts of a result once something is answered (the
 * table of scores, the bands, the weakest B's with what each B means, the caveats, the
 * dialogue note), of the comparison once a file is loaded, of the link (its notices,
 * the panel, the QR code) and what keeping answers on the device says; and the code
 * that shows them (later-views.ts). Before any
 * answer the result panel says only how to get one, so no first screen needs them.
 * The ideas are a group of their own (`qc-ideas`), loaded with it: the quality report
 * shows them on its first screen and loads that group at registration, not the rest.
 * @module
 */
import type { LaterGroup } from '../../../internal/controllers/lazy-texts.js';
import type { TextLoader } from '../../../localization.js';

/** The ideas' texts (`qc-ideas`) in one language: with the later group here, at registration in the quality report. */
export const qcIdeasTexts: TextLoader = (locale) => import(`../../../generated/locales/${locale}/qc-ideas.ts`);

/** The later views (later-views.ts), imported with the texts. */
export type QcLaterViews = typeof import('./later-views.js');

/** See the module comment. */
export const qcLater: LaterGroup<QcLaterViews> = {
  name: 'qc-later',
  // Both modules in one load: one loading line, one Try again, one language switch.
  texts: (locale) => Promise.all([import(`../../../generated/locales/${locale}/qc-later.ts`), qcIdeasTexts(locale)])
    .then(([rest, ideas]) => ({ templates: { ...rest.templates, ...ideas.templates } })),
  code: () => import('./later-views.js'),
};
