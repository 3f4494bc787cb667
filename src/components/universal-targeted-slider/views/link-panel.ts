/**
 * What copying the slider's link shows and says: the outcome, and the link in a
 * read-only field. In the later chunk (later.ts): the copy itself happens in the click,
 * in the first chunk (slider-link.ts, the element); only these words and the field wait
 * for the chunk, which the first press inside the widget has asked for already.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ShownLink } from '../../../internal/controllers/share.js';

/** The "Copy a link" outcome, in words. */
export function sliderLinkMessage(copied: boolean): string {
  return copied
    ? msg('Link copied. Whoever opens it sees this position and your offer on the line.', { id: 'ut.share.copied' })
    : msg('Your browser did not allow copying. Copy the link from the field.', { id: 'ut.share.failed' });
}

/** The visible confirmation and the link in a read-only field. */
export function renderLinkPanel(shown: ShownLink): TemplateResult {
  return html`<div class="link no-print">
    <p class="note link-done">${sliderLinkMessage(shown.copied)}</p>
    <label for="ut-link">${msg('Link to these answers', { id: 'ut.share.label' })}</label>
    <input id="ut-link" type="text" readonly .value=${shown.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    <p class="muted small">${msg('The position and the services are in the link itself. Nothing leaves your browser until you share it.', { id: 'ut.share.privacy' })}</p>
  </div>`;
}
