/**
 * What the staff quality check says about its link, in the later chunk with the later
 * texts (later.ts): what became of the link the page was opened with (opened, refused
 * with its reason, or the question "open it instead?", with undo after), what "Copy a
 * link" did, and the QR code's messages (with the QR code maker). Only a page opened
 * with a link, or a press on "Copy a link" or "QR code", needs any of it.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { LinkNotice, QualityLink } from '../link.controller.js';

export { makeQrCode } from '../../../internal/controllers/qr.js';

/** What happened to the link, in words (shown and, after the user's answer, said). */
export function linkNoticeText(notice: LinkNotice): string {
  switch (notice) {
    case 'opened': return msg('The answers from the link are shown.', { id: 'qc.link.opened' });
    case 'openedPartly': return msg('The answers from the link are shown, but part of the link could not be read and was left out.', { id: 'qc.link.openedPartly' });
    case 'kept': return msg('The link was not opened. Your answers stay as they were.', { id: 'qc.link.kept' });
    case 'undone': return msg('Undone: your answers are back as they were before the link was opened.', { id: 'qc.link.undone' });
    case 'too-large': return msg('The link is far too long to be one made by this checker, so it was not read. Nothing was changed.', { id: 'qc.link.tooLarge' });
    case 'other-questions': return msg('The link was made for another list of questions, so it was not read. Nothing was changed.', { id: 'qc.link.otherQuestions' });
    case 'not-ours': return msg('The link was not made by this checker, so it was not read. Nothing was changed.', { id: 'qc.link.notOurs' });
    case 'damaged': return msg('The link could not be read: part of it may be missing. Nothing was changed.', { id: 'qc.link.damaged' });
    default: return '';
  }
}

/** What became of "Copy a link", in words (shown and said). */
export function copyOutcomeText(copied: boolean): string {
  return copied
    ? msg('Link copied. Whoever opens it sees these answers.', { id: 'qc.link.copied' })
    : msg('Your browser did not allow copying. Copy the link from the field.', { id: 'qc.link.copyFailed' });
}

/** What is said when the QR code is hidden, shown, or cannot be made. */
export function qrSaid(shown: boolean, ok: boolean): string {
  if (!shown) return msg('The QR code is hidden.', { id: 'qc.link.qrHidden' });
  return ok
    ? msg('The QR code of the link is shown.', { id: 'qc.link.qrShown' })
    : msg('There is no QR code: see the note under the buttons.', { id: 'qc.link.qrNone' });
}

/** The link's question ("open it instead?") or notice, shown where the questions start. */
export function linkNotice(link: QualityLink): TemplateResult | typeof nothing {
  if (link.pending) {
    return html`<div class="link-ask no-print" role="group" aria-labelledby="qc-link-ask">
      <p id="qc-link-ask">${msg('This link holds other answers. Show them instead of the answers you have now?', { id: 'qc.link.ask' })}</p>
      <button type="button" class="keep" id="qc-link-no" @click=${() => link.confirm(false)}>${msg('No, keep my answers', { id: 'qc.link.no' })}</button>
      <button type="button" id="qc-link-yes" @click=${() => link.confirm(true)}>${msg('Yes, show the link’s answers', { id: 'qc.link.yes' })}</button>
    </div>`;
  }
  if (!link.notice) return nothing;
  return html`<div class="link-notice no-print">
    <p class="note">${linkNoticeText(link.notice)}</p>
    ${link.before ? html`<button type="button" id="qc-link-undo" @click=${() => link.undo()}>${msg('Undo: back to my answers', { id: 'qc.link.undo' })}</button>` : nothing}
  </div>`;
}
