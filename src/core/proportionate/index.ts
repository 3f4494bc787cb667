/**
 * Proportionate universalism: the rules behind `<samen-universal-targeted-slider>`.
 * `scale.ts` places one offer on the universal (0) to targeted (100) scale; `portfolio.ts`
 * places a network's services on it and names the gaps.
 * @module
 */
export * from './scale.js';
export * from './portfolio.js';
