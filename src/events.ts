/**
 * The one typed map of samen's events. Every samen element fires `samen-change`
 * (bubbles, composed) when the user changes something; programmatic changes never fire it.
 * The detail depends on the element; each element's entry below says which.
 */
import type { RoleChangeDetail } from './components/role-recommender/role-recommender.component.js';
import type { QualityChangeDetail } from './components/quality-check/quality-check.component.js';
import type { DilemmaChangeDetail } from './components/dilemma-explorer/dilemma-explorer.component.js';
import type { SliderChangeDetail } from './components/universal-targeted-slider/universal-targeted-slider.component.js';

/** The `samen-change` detail of each element, keyed by its default tag name. */
export interface SamenChangeDetailMap {
  'samen-dilemma-explorer': DilemmaChangeDetail;
  'samen-role-recommender': RoleChangeDetail;
  'samen-quality-check': QualityChangeDetail;
  'samen-universal-targeted-slider': SliderChangeDetail;
}

/** A `samen-change` event, with the detail of the element that fired it. */
export type SamenChangeEvent<Tag extends keyof SamenChangeDetailMap = keyof SamenChangeDetailMap> =
  CustomEvent<SamenChangeDetailMap[Tag]>;

/** Every event name samen fires, with its event type. */
export interface SamenEventMap {
  'samen-change': SamenChangeEvent;
}

declare global {
  interface GlobalEventHandlersEventMap extends SamenEventMap {}
}
