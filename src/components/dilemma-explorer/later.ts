/**
 * The explorer's later part: the views no first screen shows (a dilemma's details,
 * the profile, the workshop, the room screen, the text to copy). Imported on demand
 * with their texts (details.ts), so a first visit downloads neither; nothing on the
 * first screen may import these modules statically, or the build keeps them in the
 * entry.
 * @module
 */
export { renderDetails } from './views/details.js';
export { renderProfile } from './views/profile.js';
export { renderWorkshop, stepTitle } from './views/workshop.js';
export { renderBlank, renderRoomScreen } from './views/screen.js';
export { plainText } from './plain-text.js';
