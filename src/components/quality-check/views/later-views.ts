/**
 * The quality check's later views, imported with the later texts (later.ts): a result
 * once answered, the comparison's table and file reading, the link's notices, panel and
 * QR code. Nothing on a first screen may import these modules
 * statically, or the build keeps them in the entry.
 * @module
 */
export { answeredView } from './result-answered.js';
export { linkPanel } from './link-panel.js';
export { compareTable, readCompared } from './compare-table.js';
export { copyOutcomeText, linkNotice, linkNoticeText, makeQrCode, qrSaid } from './link-notice.js';
export { storeText } from './store-notice.js';
// The reader of saved results: device storage (keep.controller.ts) reads through it only when something is kept.
export { parseQualityDocument } from '../../../core/quality/read.js';
