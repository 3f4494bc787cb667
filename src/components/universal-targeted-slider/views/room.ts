/**
 * The slider on a room screen (issue 10): what the room reads, large and without
 * controls or key hints: the position on the five stops, whom it reaches and what it
 * risks (each risk with its source), or the portfolio on the line with its gaps,
 * following the view the presenter shows. Its texts, and the presenter's notes. In the
 * later chunk (later.ts): the room-screen button itself is the element's, so a
 * presenter's first click opens the window without waiting for this module.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SLIDER_STOPS } from '../../../core/proportionate/index.js';
import { blankScreen, type RoomScreenController, type RoomStatus } from '../../../internal/controllers/room-screen.js';
import { stopTexts } from '../universal-targeted-slider.texts.js';
import type { UtContext } from './context.js';
import { renderPortfolio } from './portfolio.js';
import { renderEnds, renderPositionResult } from './position.js';

/** The slider's room-screen texts. */
export function roomTexts() {
  return {
    opened: msg('The room screen is open in a second window: move it to the projector and make it full screen there (F11).', { id: 'ut.room.opened' }),
    closed: msg('The room screen was closed.', { id: 'ut.room.closed' }),
    blocked: msg('Your browser did not open a second window. Allow pop-ups for this page and try again, or use Full screen on one screen.', { id: 'ut.room.blocked' }),
    blackNote: msg('The room screen is black. Press B or full stop to show it again.', { id: 'ut.room.blackNote' }),
    black: msg('The screen is black.', { id: 'ut.room.black' }),
    keys: msg('Keys: Page Down or Page Up moves the offer to the next or the previous stop, on the room screen too; B or full stop blacks out the screen.', { id: 'ut.room.keys' }),
    stops: msg('The five stops; the offer is at the marked one', { id: 'ut.room.stops' }),
  };
}

/** What the room-screen button did, in words. */
export function roomStatusText(status: RoomStatus): string {
  const t = roomTexts();
  return status === 'open' ? t.opened : status === 'closed' ? t.closed : t.blocked;
}

/** Below the toolbar: what the button did, the keys, and how to bring a black room screen back. */
export function renderRoomNotes(room: RoomScreenController, said: RoomStatus | null, blank: boolean): TemplateResult {
  const t = roomTexts();
  return html`${said ? html`<p class="${said === 'blocked' || said === 'unsupported' ? 'warning' : 'done'} room-note no-print">${roomStatusText(said)}</p>` : nothing}
    <p class="muted small no-print keys">${t.keys}</p>
    ${blank && room.status === 'open' ? html`<p class="note blank-note no-print" role="note">${t.blackNote}</p>` : blank ? blankScreen(t.black) : nothing}`;
}

/** The five stops as the room sees them: the offer's stop marked, nothing to press. */
function renderStops(c: UtContext): TemplateResult {
  const stops = stopTexts();
  return html`<ol class="room-stops" aria-label=${roomTexts().stops}>
    ${SLIDER_STOPS.map((s) => html`<li class="stop ${s.id === c.result.stop ? 'current' : ''} ${s.id === 'universal-plus' ? 'middle' : ''}"
      aria-current=${s.id === c.result.stop ? 'step' : 'false'}>${stops[s.id].name}</li>`)}
  </ol>${renderEnds()}`;
}

/** The room screen; black when the presenter pressed B. */
export function renderRoomScreen(c: UtContext, view: string, blank: boolean): TemplateResult {
  if (blank) return blankScreen(roomTexts().black);
  if (view === 'portfolio') return html`<div class="room-screen">${renderPortfolio(c, null)}</div>`;
  return html`<div class="room-screen">
    ${c.heading(0, msg('For every family, or for the families who need it most?', { id: 'ut.title' }), { className: 'title' })}
    ${renderStops(c)}
    ${renderPositionResult(c, 'ut-room-title', true)}
  </div>`;
}
