/**
 * The quality check's later views, imported with the later texts (later.ts): a result
 * once answered and the link panel. Nothing on a first screen may import these modules
 * statically, or the build keeps them in the entry.
 * @module
 */
export { answeredView } from './result-answered.js';
export { linkPanel } from './link-panel.js';
export { compareTable, readCompared } from './compare-table.js';
