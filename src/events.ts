/**
 * The one typed map of samen's events. Every samen element fires `samen-change`
 * (bubbles, composed) when the user changes something; programmatic changes never fire it.
 * The detail depends on the element; each element's entry below says which.
 *
 * The details are declared here from the core's types only (never from the components,
 * which import this file through the base element), and keyed by the registry's tags
 * (src/widgets.ts): a widget in the registry without a detail here fails `tsc`.
 */
import type { RoleAnswers, RoleResult, TypologyResult, GovernanceForm, DirectingType } from './core/roles/index.js';
import type { QualityAnswers, QualityResult } from './core/quality/index.js';
import type { DilemmaPositions, DilemmaProfile, DilemmaRoomSplits } from './core/dilemmas/index.js';
import type { SliderGapId, SliderResult, SliderService } from './core/proportionate/index.js';
import type { QualityReport } from './core/report/index.js';
import type { WidgetTag } from './widgets.js';

/** The detail of `samen-change` from `<samen-role-recommender>`. */
export interface RoleChangeDetail {
  /** The cleaned coordinator-role answers. */
  answers: RoleAnswers;
  /** The coordinator-role recommendation. */
  result: RoleResult;
  /** The governance-form answers and tally. */
  governance: { answers: Record<string, string>; result: TypologyResult<GovernanceForm> };
  /** The directing-type answers and tally. */
  directing: { answers: Record<string, string>; result: TypologyResult<DirectingType> };
}

/** The detail of `samen-change` from `<samen-quality-check>`. */
export interface QualityChangeDetail {
  /** Every answer held, the other audience's included: question id -> 1..5. */
  answers: QualityAnswers;
  /** Scores of the shown B's and the weakest first. */
  result: QualityResult;
}

/** The detail of `samen-change` from `<samen-dilemma-explorer>`. */
export interface DilemmaChangeDetail {
  /** Where the network stands on each dilemma, -1 (first pole) to 1 (second pole). */
  positions: DilemmaPositions;
  /** The dilemmas marked as most pressing, most pressing first. */
  priorities: string[];
  /** The room's recorded split per dilemma (workshop). */
  splits: DilemmaRoomSplits;
  /** The profile built from them. */
  profile: DilemmaProfile;
}

/** The detail of `samen-change` from `<samen-universal-targeted-slider>`. */
export interface SliderChangeDetail {
  /** The position, 0 (fully universal) to 100 (fully targeted). */
  value: number;
  /** What the position reaches and risks. */
  result: SliderResult;
  /** The portfolio's services, cleaned. */
  services: SliderService[];
  /** The gaps of the portfolio (none while it is empty). */
  gaps: SliderGapId[];
}

/** The detail of `samen-change` from `<samen-quality-report>`. */
export interface QualityReportChangeDetail {
  /** The report after the user loaded or removed data. */
  result: QualityReport;
  /** The names of the files loaded, in load order (`responses` for the property). */
  sources: string[];
}

/** The `samen-change` detail of each element, keyed by its default tag name. */
export interface SamenChangeDetails {
  'samen-dilemma-explorer': DilemmaChangeDetail;
  'samen-role-recommender': RoleChangeDetail;
  'samen-quality-check': QualityChangeDetail;
  'samen-universal-targeted-slider': SliderChangeDetail;
  'samen-quality-report': QualityReportChangeDetail;
}

/** Every registered widget's detail; `never` (and a `tsc` error below) for a widget without one. */
export type SamenChangeDetailMap = { [Tag in WidgetTag]: Tag extends keyof SamenChangeDetails ? SamenChangeDetails[Tag] : never };

/** Fails to compile when a widget of the registry has no detail above. */
type EveryWidgetHasADetail<T extends keyof SamenChangeDetails = WidgetTag> = T;
export type { EveryWidgetHasADetail as _EveryWidgetHasADetail };

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
