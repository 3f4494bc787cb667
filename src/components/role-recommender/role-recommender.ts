/**
 * Registers `<samen-role-recommender>` once its texts are loaded in the page's language. Importing
 * this module is all a page needs; loading it twice is harmless.
 * @module
 */
import { useTexts } from '../../localization.js';
import { defineElement } from '../../internal/samen-element.js';
import { SamenRoleRecommender } from './role-recommender.component.js';

export { SamenRoleRecommender };
export type { RoleChangeDetail, RoleView } from './role-recommender.component.js';

/** Resolves when the element is registered. */
export const ready: Promise<void> = useTexts((locale) => import(`../../generated/locales/${locale}/rr.ts`)).then(() => {
  defineElement('samen-role-recommender', SamenRoleRecommender);
});

declare global {
  interface HTMLElementTagNameMap {
    'samen-role-recommender': SamenRoleRecommender;
  }
}
