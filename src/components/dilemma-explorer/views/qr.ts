/**
 * The QR code of the workshop's link, on the presenter's tools and on the room screen.
 * Part of the later part (later.ts): a QR code is only ever asked for there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { QR_MAX_BYTES, qrSvg, type QrCode } from '../../../internal/controllers/qr.js';

/** The QR code of the link, or why there is none (then: use the file). */
export function renderQr(qr: QrCode | null, onSave?: () => void): TemplateResult {
  if (!qr) return html``;
  if (qr.ok) {
    return html`<figure class="qr-figure">
      ${qrSvg(qr, msg('QR code of the link to this workshop', { id: 'dx.qr.label' }))}
      <figcaption class="small">${msg('Scan to open this workshop on your phone. Nothing is sent anywhere: the workshop is in the link itself.', { id: 'dx.qr.caption' })}</figcaption>
    </figure>`;
  }
  return html`<p class="note qr-too-large">${qr.reason === 'too-large'
    ? msg(str`This workshop holds too much for a QR code that a phone can read (${qr.bytes} bytes; at most ${QR_MAX_BYTES}). Save it as a file and share the file instead.`, { id: 'dx.qr.tooLarge' })
    : msg('The QR code could not be made. Share the link or the file instead.', { id: 'dx.qr.failed' })}
    ${onSave ? html`<button type="button" @click=${onSave}>${msg('Save as a file', { id: 'dx.tools.save' })}</button>` : nothing}</p>`;
}
