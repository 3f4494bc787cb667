/**
 * The explorer's later part: the views no first screen shows (a dilemma's details,
 * the profile, the workshop, the room screen and its QR code, the text to copy) and
 * the actions that only those views, the facilitator's keys or a tool that may wait
 * start (workshop-actions.ts, tools.ts, workshop-keys.ts), and their styles
 * (later.styles.ts, adopted by the element once they are in). Imported on demand with
 * their texts (details.ts), so a first visit downloads neither; nothing on the first
 * screen may import these modules statically, or the build keeps them in the entry.
 * @module
 */
export { renderDetails } from './views/details.js';
export { renderProfile } from './views/profile.js';
export { renderWorkshop, stepTitle } from './views/workshop.js';
export { renderBlank, renderRoomScreen } from './views/screen.js';
export { renderQr } from './views/qr.js';
export { plainText } from './plain-text.js';
export { applyRoom, bump, clearCount, count, go, movePriority, toggleBlank } from './workshop-actions.js';
export { askReset, confirmLoad, copyAsText, drawQr, load, print, reset, toggleQr, undoLoad } from './tools.js';
export { workshopKey } from './workshop-keys.js';
export { laterStyles } from './later.styles.js';
export { dilemmaTexts } from './detail-texts.js';
