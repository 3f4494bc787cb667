/**
 * The tools under the explorer: print, copy, save, open a saved file (asking before it
 * replaces work, with undo after), the link to hand on, the room screen and its QR
 * code, and start again. Every tool confirms visibly, not only to screen readers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { RoomStatus } from '../../../internal/controllers/room-screen.js';

/** What the tools show and do. */
export interface ToolsContext {
  mode: 'reflection' | 'workshop';
  /** The link shown once the user asked for it. */
  link: string;
  /** A visible confirmation of the last tool used (copied, saved, loaded…). */
  confirmation: string;
  /** True while "Start again" waits for confirmation. */
  confirmingReset: boolean;
  /** A valid file waiting for the user's yes before it replaces their work. */
  pendingFile: string | null;
  /** True when the last load can be undone. */
  canUndo: boolean;
  room: RoomStatus;
  /** The QR code of the link once asked for and drawn (views/qr.ts, in the later part), else null. */
  qr: TemplateResult | null;
  print(): void;
  copyAsText(): void;
  save(): void;
  load(event: Event): void;
  confirmLoad(yes: boolean): void;
  undoLoad(): void;
  copyLink(): void;
  toggleRoom(): void;
  toggleQr(): void;
  askReset(ask: boolean): void;
  reset(): void;
}

/** The toolbar, the pending-file question, the link and the QR code. */
export function renderTools(t: ToolsContext): TemplateResult {
  const workshop = t.mode === 'workshop';
  return html`<div class="tools toolbar no-print">
      <button type="button" @click=${t.print}>${workshop
        ? msg('Print the summary', { id: 'dx.tools.printSummary' })
        : msg('Print the profile', { id: 'dx.tools.printProfile' })}</button>
      <button type="button" @click=${t.copyAsText}>${msg('Copy as text', { id: 'dx.tools.copy' })}</button>
      <button type="button" @click=${t.save}>${msg('Save as a file', { id: 'dx.tools.save' })}</button>
      <label class="button file">${msg('Open a saved file', { id: 'dx.tools.open' })}
        <input type="file" accept=".json,application/json" class="sr-only" @change=${t.load} /></label>
      <button type="button" @click=${t.copyLink}>${msg('Copy a link to this workshop', { id: 'dx.tools.link' })}</button>
      ${workshop ? html`<button type="button" id="dx-room" aria-pressed=${t.room === 'open' ? 'true' : 'false'} @click=${t.toggleRoom}>${msg('Room screen', { id: 'dx.room.screen' })}</button>
        <button type="button" id="dx-qr" aria-pressed=${t.qr ? 'true' : 'false'} @click=${t.toggleQr}>${msg('QR code of the link', { id: 'dx.qr.toggle' })}</button>` : nothing}
      <span class="spacer"></span>
      ${t.confirmingReset
        ? html`<span role="group" aria-labelledby="dx-reset-q" class="confirm">
            <span id="dx-reset-q">${msg('Clear all positions, marks and counts?', { id: 'dx.reset.question' })}</span>
            <button type="button" id="dx-reset-yes" @click=${t.reset}>${msg('Yes, clear everything', { id: 'dx.reset.yes' })}</button>
            <button type="button" @click=${() => t.askReset(false)}>${msg('Cancel', { id: 'dx.reset.cancel' })}</button>
          </span>`
        : html`<button type="button" id="dx-reset" @click=${() => t.askReset(true)}>${msg('Start again', { id: 'dx.reset' })}</button>`}
    </div>
    ${t.pendingFile !== null ? html`<div class="confirm-load no-print" role="group" aria-labelledby="dx-load-q">
      <p id="dx-load-q">${msg(str`“${t.pendingFile}” replaces the positions, marks and counts you have now. Open it?`, { id: 'dx.load.ask' })}</p>
      <button type="button" id="dx-load-yes" @click=${() => t.confirmLoad(true)}>${msg('Yes, open the file', { id: 'dx.load.yes' })}</button>
      <button type="button" @click=${() => t.confirmLoad(false)}>${msg('Keep what we have', { id: 'dx.load.no' })}</button>
    </div>` : nothing}
    ${t.confirmation ? html`<p class="done no-print">${t.confirmation}
      ${t.canUndo ? html`<button type="button" id="dx-undo" @click=${t.undoLoad}>${msg('Undo', { id: 'dx.load.undo' })}</button>` : nothing}</p>` : nothing}
    ${t.room === 'blocked' || t.room === 'unsupported' ? html`<p class="warning no-print">${msg('Your browser did not open a second window. Allow pop-ups for this page and try again, or use Full screen on one screen.', { id: 'dx.room.blocked' })}</p>` : nothing}
    ${t.link ? html`<div class="link no-print">
      <label for="dx-link">${msg('Link to this workshop', { id: 'dx.link.label' })}</label>
      <input id="dx-link" type="text" readonly .value=${t.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <p class="muted small">${msg('Whoever opens this link sees the positions, marks and counts it holds. The link is not stored anywhere: nothing leaves your browser until you share it.', { id: 'dx.link.privacy' })}</p>
    </div>` : nothing}
    ${t.qr ? html`<div class="no-print">${t.qr}</div>` : nothing}`;
}
