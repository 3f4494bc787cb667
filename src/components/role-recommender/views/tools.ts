/**
 * What the role recommender's tools show once used: the "Start again" confirmation with
 * the button that brings the answers back, and the copied link with how the copy went.
 * In the later chunk (later.ts, through outcome.ts) with their texts (`rr-later`): no
 * first screen shows them. The buttons that lead to them (Start again, Copy a link)
 * stay in the first chunk, and the copy itself runs in the click (the clipboard allows
 * it only there); what it says comes after, with this chunk.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ShownLink } from '../role-link.js';

/** The texts of "Start again" and of bringing the cleared answers back. */
export function resetTexts(): { cleared: string; undo: string; clearedUndo: string; restored: string } {
  return {
    cleared: msg('All answers cleared.', { id: 'rr.cleared' }),
    undo: msg('Bring the answers back', { id: 'rr.undo' }),
    clearedUndo: msg('All answers cleared. You can still bring them back with the button next to "Start again".', { id: 'rr.clearedUndo' }),
    restored: msg('Your answers are back.', { id: 'rr.restored' }),
  };
}

/** After "Start again": what it did, and the button that undoes it. */
export function renderUndo(undo: () => void): TemplateResult {
  const t = resetTexts();
  return html`<span class="muted">${t.cleared}</span>
    <button type="button" class="undo" @click=${undo}>${t.undo}</button>`;
}

/** The "Copy a link" outcome, in words. */
export function roleLinkMessage(copied: boolean): string {
  return copied
    ? msg('Link copied. Whoever opens it sees these answers.', { id: 'rr.share.copied' })
    : msg('Your browser did not allow copying. Copy the link from the field.', { id: 'rr.share.failed' });
}

/** The visible confirmation and the link in a read-only field, so it can be copied by hand too. */
export function renderRoleLink(shown: ShownLink): TemplateResult {
  return html`<div class="link no-print">
    <p class="note link-done">${roleLinkMessage(shown.copied)}</p>
    <label for="rr-link">${msg('Link to these answers', { id: 'rr.share.label' })}</label>
    <input id="rr-link" type="text" readonly .value=${shown.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    <p class="muted small">${msg('The answers are in the link itself. Nothing leaves your browser until you share it.', { id: 'rr.share.privacy' })}</p>
  </div>`;
}
