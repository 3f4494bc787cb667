/**
 * The quality check's later group (`qc-later`, see LAZY_GROUPS in
 * scripts/build-locales.mjs): the texts of a result once something is answered (the
 * table of scores, the bands, the weakest B's with what each B means, the caveats, the
 * dialogue note), of the comparison once a file is loaded, of the link (its notices,
 * the panel, the QR code) and what keeping answers on the device says; and the code
 * that shows them (later-views.ts). Before any
 * answer the result panel says only how to get one, so no first screen needs them. The
 * ideas stay with the first texts: the quality report shows them too and does not load
 * this group (their code is here, in quality-check.texts.ts).
 * @module
 */
import type { LaterGroup } from '../../../internal/controllers/lazy-texts.js';

/** The later views (later-views.ts), imported with the texts. */
export type QcLaterViews = typeof import('./later-views.js');

/** See the module comment. */
export const qcLater: LaterGroup<QcLaterViews> = {
  name: 'qc-later',
  texts: (locale) => import(`../../../generated/locales/${locale}/qc-later.ts`),
  code: () => import('./later-views.js'),
};
