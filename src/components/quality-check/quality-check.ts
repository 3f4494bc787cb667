/**
 * Registers `<samen-quality-check>` once its texts are loaded in the page's language.
 * Importing this module is all a page needs; loading it twice is harmless.
 * @module
 */
import { useTexts } from '../../localization.js';
import { defineElement } from '../../internal/samen-element.js';
import { SamenQualityCheck } from './quality-check.component.js';

export { SamenQualityCheck };
export type { QualityChangeDetail } from '../../events.js';

/** Resolves when the element is registered. */
export const ready: Promise<void> = useTexts((locale) => import(`../../generated/locales/${locale}/qc.ts`)).then(() => {
  defineElement('samen-quality-check', SamenQualityCheck);
});

declare global {
  interface HTMLElementTagNameMap {
    'samen-quality-check': SamenQualityCheck;
  }
}
