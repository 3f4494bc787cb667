/**
 * The quality check's link panel: the link after "Copy a link", what the copy did, and
 * the QR code (or why there is none). In the later chunk with the later texts
 * (later.ts), with the QR drawing code.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { QR_MAX_BYTES, qrSvg } from '../../../internal/controllers/qr.js';
import type { QualityLink } from '../link.controller.js';
import { copyOutcomeText } from './link-notice.js';

/** The link shown after "Copy a link", and the QR code. */
export function linkPanel(link: QualityLink): TemplateResult {
  const shown = link.shown;
  const qr = link.qr;
  return html`${shown ? html`<div class="link-shown">
      <p class="note link-done">${copyOutcomeText(shown.copied)}</p>
      <label class="field" for="qc-link"><span>${msg('Link to these answers', { id: 'qc.link.label' })}</span></label>
      <input id="qc-link" class="link-field" type="text" readonly .value=${shown.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    </div>` : nothing}
    ${shown || link.qrShown ? html`<p class="muted small">${msg('The answers are in the link itself, after the #. Nothing is sent until you share it. A family’s answers are never put in a link.', { id: 'qc.link.privacy' })}</p>` : nothing}
    ${qr?.ok ? html`<figure class="qr-figure">
      ${qrSvg(qr, msg('QR code of the link to these answers', { id: 'qc.link.qrLabel' }))}
      <figcaption class="small">${msg('Scan it to open these answers on a phone.', { id: 'qc.link.qrCaption' })}</figcaption>
    </figure>` : nothing}
    ${qr && !qr.ok ? html`<p class="note qr-none">${qr.reason === 'too-large'
      ? msg(str`This link is too long for a QR code that a phone can read (${qr.bytes} bytes; at most ${QR_MAX_BYTES}). Download the answers as a file and share the file instead.`, { id: 'qc.link.qrTooLarge' })
      : msg('The QR code could not be made. Share the link or the file instead.', { id: 'qc.link.qrFailed' })}</p>` : nothing}`;
}
