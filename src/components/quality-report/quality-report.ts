/**
 * Registers `<samen-quality-report>` once its texts are loaded in the page's language,
 * with the quality checker's texts too (`qc`, and `qc-ideas`): the report names the B's and the ideas with them.
 * Importing this module is all a page needs; loading it twice is harmless.
 * @module
 */
import { useTexts } from '../../localization.js';
import { defineElement } from '../../internal/samen-element.js';
import { SamenQualityReport } from './quality-report.component.js';
import { qcIdeasTexts } from '../quality-check/views/later.js';

export { SamenQualityReport };
export type { QualityReportChangeDetail } from './quality-report.component.js';

/** Resolves when the element is registered. */
export const ready: Promise<void> = Promise.all([
  useTexts((locale) => import(`../../generated/locales/${locale}/qc.ts`)),
  useTexts((locale) => import(`../../generated/locales/${locale}/qr.ts`)),
  // The ideas its first screen shows with the weakest B's: not in `qc`, the check's first screen has none.
  useTexts(qcIdeasTexts),
]).then(() => {
  defineElement('samen-quality-report', SamenQualityReport);
});

declare global {
  interface HTMLElementTagNameMap {
    'samen-quality-report': SamenQualityReport;
  }
}
