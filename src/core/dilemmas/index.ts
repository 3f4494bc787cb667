/**
 * The dilemma explorer's rules core: the catalogue of dilemmas (ids and structure, no
 * text), cleaning of positions, priorities and the kinds filter, the reflection
 * profile, and the workshop (room splits, steps, a state that saves as JSON and travels
 * as a link). Pure and synchronous; the element turns every id into localized text.
 */
export * from './catalogue.js';
export * from './clean.js';
export * from './profile.js';
export * from './room.js';
export * from './steps.js';
export * from './state.js';
export { DILEMMA_LINK_MAX, DILEMMA_FILE_MAX, DILEMMA_ISSUES_MAX } from './limits.js';
