/**
 * Registers `<samen-dilemma-explorer>` once its texts are loaded in the page's language.
 * Importing this module is all a page needs; loading it twice is harmless.
 * @module
 */
import { useTexts } from '../../localization.js';
import { defineElement } from '../../internal/samen-element.js';
import { SamenDilemmaExplorer } from './dilemma-explorer.component.js';

export { SamenDilemmaExplorer };
export type { DilemmaChangeDetail, DilemmaView } from './dilemma-explorer.component.js';

/** Resolves when the element is registered. */
export const ready: Promise<void> = useTexts((locale) => import(`../../generated/locales/${locale}/dx.ts`)).then(() => {
  defineElement('samen-dilemma-explorer', SamenDilemmaExplorer);
});

declare global {
  interface HTMLElementTagNameMap {
    'samen-dilemma-explorer': SamenDilemmaExplorer;
  }
}
