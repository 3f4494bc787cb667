/**
 * What the staff quality check shows of its link (issue 10): where the questions start,
 * what became of the link the page was opened with (opened, refused with its reason, or
 * the question "open it instead?" with undo after); under the result, "Copy a link",
 * "QR code" and, once copied, the link in a read-only field with a visible note.
 * Pure render functions; families never get any of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { later } from '../../../internal/controllers/lazy-texts.js';
import type { QualityLink } from '../link.controller.js';
import { qcLater } from './later.js';

/**
 * The link's notice and question, shown above the questions: in the later chunk
 * (link-notice.ts), so only a page opened with a link asks for it (a loading line first).
 */
export function linkNoticeView(link: QualityLink): unknown {
  return link.pending || link.notice ? later(qcLater, (views) => views.linkNotice(link)) : nothing;
}

/** The two buttons of the toolbar. */
export function linkButtonsView(link: QualityLink): TemplateResult {
  return html`<button type="button" class="copy-link" @click=${() => void link.copy()}>${msg('Copy a link to these answers', { id: 'qc.link.copy' })}</button>
    <button type="button" class="qr-toggle" aria-pressed=${link.qrShown ? 'true' : 'false'} @click=${() => link.toggleQr()}>${msg('QR code of the link', { id: 'qc.link.qr' })}</button>`;
}

/** Under the toolbar: the copied link with its note, and the QR code or why there is none. */
export function linkPanelView(link: QualityLink): TemplateResult | typeof nothing {
  // Its texts are the later group's (later.ts): nothing asks for them before a button does.
  return link.shown || link.qrShown ? html`${later(qcLater, (views) => views.linkPanel(link))}` : nothing;
}
