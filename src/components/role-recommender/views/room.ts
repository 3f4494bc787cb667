/**
 * The role recommender's room screen (issue 10): its texts, and the presenter's tools in
 * presentation mode (the Room screen button, what it did, the key hint, the black-screen
 * note). In the later chunk (later.ts, through outcome.ts, which also has the room
 * screen itself): no first screen shows them. The button comes with this chunk, so
 * once it is on screen its click opens the window at once (the controller's toggle
 * runs in the click; nothing is imported then).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { blankScreen, roomScreenButton, type RoomScreenController, type RoomStatus } from '../../../internal/controllers/room-screen.js';

/** The role recommender's room-screen texts. */
export function roomTexts() {
  return {
    button: msg('Room screen', { id: 'rr.room.screen' }),
    opened: msg('The room screen is open in a second window: move it to the projector and make it full screen there (F11).', { id: 'rr.room.opened' }),
    closed: msg('The room screen was closed.', { id: 'rr.room.closed' }),
    blocked: msg('Your browser did not open a second window. Allow pop-ups for this page and try again, or use Full screen on one screen.', { id: 'rr.room.blocked' }),
    blackNote: msg('The room screen is black. Press B or full stop to show it again.', { id: 'rr.room.blackNote' }),
    black: msg('The screen is black.', { id: 'rr.room.black' }),
    keys: msg('Keys: Page Down or Page Up shows the next or the previous view, on the room screen too; B or full stop blacks out the screen.', { id: 'rr.room.keys' }),
  };
}

/** What the last use of the room-screen button said, for the presenter. */
export function roomStatusText(status: RoomStatus): string {
  const t = roomTexts();
  return status === 'open' ? t.opened : status === 'closed' ? t.closed : t.blocked;
}

/** The presenter's room-screen button, its outcome, the key hint and the black-screen note (presentation mode only). */
export function renderRoomTools(room: RoomScreenController, toggle: () => void): TemplateResult {
  return roomScreenButton(room, 'rr-room', roomTexts().button, toggle);
}

/** Below the toolbar: what the room-screen button did, and how to bring a black room screen back. */
export function renderRoomNotes(room: RoomScreenController, said: RoomStatus | null, blank: boolean): TemplateResult {
  const t = roomTexts();
  return html`${said ? html`<p class="${said === 'blocked' || said === 'unsupported' ? 'warning' : 'done'} room-note no-print">${roomStatusText(said)}</p>` : nothing}
    <p class="muted small no-print keys">${t.keys}</p>
    ${blank && room.status === 'open' ? html`<p class="note blank-note no-print" role="note">${t.blackNote}</p>` : blank ? blankScreen(t.black) : nothing}`;
}
