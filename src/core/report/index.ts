/**
 * The quality report: many responses of the quality checker read from saved files and
 * host form exports, put together per audience, service and period, with small groups
 * hidden, and families set next to staff on the questions that ask the same thing.
 * @module
 */
export * from './dates.js';
export * from './decode.js';
export * from './read.js';
export * from './merge.js';
export * from './pairs.js';
export { reportScores } from './tally.js';
export * from './aggregate.js';
export * from './moves.js';
