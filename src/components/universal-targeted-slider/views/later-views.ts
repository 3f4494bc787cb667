/**
 * The slider's later chunk (see later.ts): what no first screen runs. Nothing on the
 * first screen imports these modules statically, so they (and lit's repeat directive)
 * stay out of a first visit's download. Their styles too: laterView() (later.ts) adopts
 * them when a view of this chunk first shows.
 * @module
 */
export { renderPortfolio } from './portfolio.js';
export { PortfolioEditor } from '../portfolio-editor.js';
export { renderRoomNotes, renderRoomScreen, roomStatusText } from './room.js';
export { laterStyles } from './later.styles.js';
export { renderLinkPanel, sliderLinkMessage } from './link-panel.js';
