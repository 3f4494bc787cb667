/**
 * React components for samen's elements, made with `@lit/react`, for hosts built with
 * React: properties are set as properties (objects, not JSON strings) and `samen-change`
 * is `onSamenChange`. Importing this module registers every element, like the entries.
 *
 *   import { SamenRoleRecommender } from 'samen/react';
 *   <SamenRoleRecommender answers={{ trust: 'low' }} onSamenChange={(e) => save(e.detail)} />
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SamenRoleRecommender as RoleElement } from '../components/role-recommender/role-recommender.js';
import { SamenUniversalTargetedSlider as SliderElement } from '../components/universal-targeted-slider/universal-targeted-slider.js';
import { SamenQualityCheck as QualityElement } from '../components/quality-check/quality-check.js';
import { SamenDilemmaExplorer as DilemmaElement } from '../components/dilemma-explorer/dilemma-explorer.js';
import type { SamenChangeEvent } from '../events.js';

/** `<samen-role-recommender>` as a React component. */
export const SamenRoleRecommender = createComponent({
  react: React,
  tagName: 'samen-role-recommender',
  elementClass: RoleElement,
  events: { onSamenChange: 'samen-change' as EventName<SamenChangeEvent<'samen-role-recommender'>> },
});

/** `<samen-universal-targeted-slider>` as a React component. */
export const SamenUniversalTargetedSlider = createComponent({
  react: React,
  tagName: 'samen-universal-targeted-slider',
  elementClass: SliderElement,
  events: { onSamenChange: 'samen-change' as EventName<SamenChangeEvent<'samen-universal-targeted-slider'>> },
});

/** `<samen-quality-check>` as a React component. */
export const SamenQualityCheck = createComponent({
  react: React,
  tagName: 'samen-quality-check',
  elementClass: QualityElement,
  events: { onSamenChange: 'samen-change' as EventName<SamenChangeEvent<'samen-quality-check'>> },
});

/** `<samen-dilemma-explorer>` as a React component. */
export const SamenDilemmaExplorer = createComponent({
  react: React,
  tagName: 'samen-dilemma-explorer',
  elementClass: DilemmaElement,
  events: { onSamenChange: 'samen-change' as EventName<SamenChangeEvent<'samen-dilemma-explorer'>> },
});
