/**
 * Registers `<samen-universal-targeted-slider>` once its texts are loaded in the page's
 * language. Importing this module is all a page needs; loading it twice is harmless.
 * @module
 */
import { useTexts } from '../../localization.js';
import { defineElement } from '../../internal/samen-element.js';
import { SamenUniversalTargetedSlider } from './universal-targeted-slider.component.js';

export { SamenUniversalTargetedSlider };
export type { SliderChangeDetail, SliderView } from './universal-targeted-slider.component.js';

/** Resolves when the element is registered. */
export const ready: Promise<void> = useTexts((locale) => import(`../../generated/locales/${locale}/ut.ts`)).then(() => {
  defineElement('samen-universal-targeted-slider', SamenUniversalTargetedSlider);
});

declare global {
  interface HTMLElementTagNameMap {
    'samen-universal-targeted-slider': SamenUniversalTargetedSlider;
  }
}
