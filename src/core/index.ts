/**
 * samen's rules core: plain, synchronous TypeScript with no DOM and no text.
 * A host can use these functions without any of the elements.
 * @module
 */
export * from './shared.js';
export * from './provenance.js';
export * from './roles/index.js';
export * from './proportionate/index.js';
export * from './quality/index.js';
export * from './dilemmas/index.js';
export * from './report/index.js';
