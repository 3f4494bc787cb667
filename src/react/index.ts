/**
 * React components for samen's elements, made with `@lit/react`, for hosts built with
 * React: properties are set as properties (objects, not JSON strings) and `samen-change`
 * is `onSamenChange`, its `event.detail` typed for each element (src/events.ts).
 * Importing this module registers every element, like the entries.
 *
 *   import { SamenRoleRecommender } from 'samen/react';
 *   <SamenRoleRecommender answers={{ trust: 'low' }} onSamenChange={(e) => save(e.detail)} />
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// The widgets' entries (not their components): the build maps them to dist/<name>.js,
// so a React host loads the same files as any other page, registered once.
import { SamenRoleRecommender as RoleElement } from '../components/role-recommender/role-recommender.js';
import { SamenUniversalTargetedSlider as SliderElement } from '../components/universal-targeted-slider/universal-targeted-slider.js';
import { SamenQualityCheck as QualityElement } from '../components/quality-check/quality-check.js';
import { SamenDilemmaExplorer as DilemmaElement } from '../components/dilemma-explorer/dilemma-explorer.js';
import { SamenQualityReport as ReportElement } from '../components/quality-report/quality-report.js';
import type { SamenChangeDetailMap, SamenChangeEvent } from '../events.js';

/**
 * One element as a React component whose `onSamenChange` receives that element's
 * `samen-change` event (detail typed by its tag).
 */
function wrap<Tag extends keyof SamenChangeDetailMap, Element extends HTMLElement>(tagName: Tag, elementClass: new () => Element) {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    events: { onSamenChange: 'samen-change' as EventName<SamenChangeEvent<Tag>> },
  });
}

/** `<samen-role-recommender>` as a React component. */
export const SamenRoleRecommender = wrap('samen-role-recommender', RoleElement);

/** `<samen-universal-targeted-slider>` as a React component. */
export const SamenUniversalTargetedSlider = wrap('samen-universal-targeted-slider', SliderElement);

/** `<samen-quality-check>` as a React component. */
export const SamenQualityCheck = wrap('samen-quality-check', QualityElement);

/** `<samen-dilemma-explorer>` as a React component. */
export const SamenDilemmaExplorer = wrap('samen-dilemma-explorer', DilemmaElement);

/**
 * `<samen-quality-report>` as a React component: `responses` takes the saved answers
 * (objects, as the quality check saves them); `onSamenChange` gets the report and the
 * names of the files the user loaded.
 */
export const SamenQualityReport = wrap('samen-quality-report', ReportElement);
