/**
 * The end of the quality checker: where the answers go, and the tools under the result
 * (save, print, start again, keep on this device). Pure render functions.
 *
 * Families see plain words only: "Save my answers", no file formats, no label field
 * and no comparison. Staff keep the file tools.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { later } from '../../../internal/controllers/lazy-texts.js';
import { flowTexts } from '../quality-check.first-texts.js';
import type { StoreNotice } from '../keep.controller.js';
import { qcLater } from './later.js';
import { linesView, type EasyTexts } from '../quality-check.easy.js';

/** What the end of the questionnaire needs to say where the answers go. */
export interface EndView {
  /** A host form submits the answers (inside a form, with a name). */
  sentWithForm: boolean;
  /** The host form was submitted (and not prevented). */
  submitted: boolean;
  /** The easy-read texts, for a family with `reading-level="easy"`. */
  easy?: EasyTexts;
}

/**
 * The line right after the questions: what happens to the answers, true in each case.
 * Inside a host form they go with the form, so it never says "nothing is sent" there.
 */
export function endView(view: EndView): TemplateResult {
  const texts = flowTexts();
  const easy = view.easy;
  if (easy) {
    return html`<div class="where no-print ${view.submitted ? 'thanks' : ''}" part="where">${linesView(view.submitted ? easy.thanks : view.sentWithForm ? easy.withForm : easy.onDevice)}</div>`;
  }
  if (view.submitted) return html`<p class="where thanks no-print" part="where">${texts.thanks}</p>`;
  return html`<p class="where no-print" part="where">${view.sentWithForm ? texts.withForm : texts.onDevice}</p>`;
}

/** What the tools need. */
export interface ToolsView {
  /** Family audience: plain tools only. */
  family: boolean;
  /** A host form submits the answers. */
  sentWithForm: boolean;
  /** The user keeps the answers on this device. */
  keep: boolean;
  /** A visible notice about the device storage, or '' (in words: views/store-notice.ts, later chunk). */
  storageNotice: StoreNotice;
  /** The name given to this result (staff). */
  label: string;
  /** "Start again" was pressed: show the question instead of the button. */
  confirmReset: boolean;
  /** The label field changed. */
  onLabel: (value: string) => void;
  /** Save the answers as a file. */
  onDownload: () => void;
  /** Print the result. */
  onPrint: () => void;
  /** "Start again" pressed. */
  onReset: () => void;
  /** "Yes, clear them". */
  onResetYes: () => void;
  /** "No, keep my answers". */
  onResetNo: () => void;
  /** The keep box changed. */
  onKeep: (event: Event) => void;
  /** Delete the kept answers. */
  onForget: () => void;
  /** The easy-read texts, for a family with `reading-level="easy"`. */
  easy?: EasyTexts;
  /** Staff only: "Copy a link" and "QR code" (views/link.ts), or nothing. */
  linkButtons?: unknown;
  /** Staff only: the copied link and the QR code under the toolbar, or nothing. */
  linkPanel?: unknown;
}

/** The tools under the result. */
export function toolsView(view: ToolsView): TemplateResult {
  const texts = flowTexts();
  const easy = view.easy;
  // The safe answer comes first, where the pressed button was: a second stray tap keeps everything.
  const reset = view.confirmReset
    ? html`<div class="reset-ask" role="group" aria-labelledby="qc-reset-ask">
        <p id="qc-reset-ask">${easy?.resetAsk ?? texts.resetAsk}</p>
        <button type="button" class="keep" @click=${view.onResetNo}>${texts.resetNo}</button>
        <button type="button" class="clear" @click=${view.onResetYes}>${easy?.resetYes ?? texts.resetYes}</button>
      </div>`
    : html`<button type="button" class="reset" @click=${view.onReset}>${msg('Start again', { id: 'qc.reset' })}</button>`;
  return html`<div class="tools no-print">
    ${view.family ? nothing : html`<label class="field">
      <span>${msg('Name for this result (optional)', { id: 'qc.label.field' })}</span>
      <input type="text" .value=${view.label} maxlength="80" autocomplete="off"
        @input=${(e: Event) => view.onLabel((e.target as HTMLInputElement).value)} />
    </label>`}
    <div class="toolbar">
      <button type="button" class="download" @click=${view.onDownload}>${view.family
        ? texts.saveFamily
        : msg('Download as a file (JSON)', { id: 'qc.download' })}</button>
      <button type="button" class="print" @click=${view.onPrint}>${msg('Print', { id: 'qc.print' })}</button>
      ${view.linkButtons ?? nothing}
      ${reset}
    </div>
    ${view.linkPanel ?? nothing}
    <div class="storage">
      <label class="check">
        <input type="checkbox" .checked=${live(view.keep)} @change=${view.onKeep} />
        <span>${easy?.keep ?? msg('Keep my answers on this device', { id: 'qc.store.label' })}</span>
      </label>
      ${easy
        ? linesView(view.sentWithForm ? easy.keepHint : [...easy.keepHint, easy.onDevice[1]], 'muted small')
        : html`<p class="muted small">${view.sentWithForm
          ? texts.keepHintForm
          : msg('Only in this browser, so you can continue later. Nothing is sent anywhere.', { id: 'qc.store.hint' })}</p>`}
      ${view.keep
        ? html`<button type="button" class="delete" @click=${view.onForget}>${easy?.forget ?? msg('Delete my answers from this device', { id: 'qc.store.delete' })}</button>`
        : nothing}
      ${view.storageNotice ? later(qcLater, (views) => html`<p class="warning">${views.storeText(view.storageNotice as Exclude<StoreNotice, ''>)}</p>`) : nothing}
    </div>
  </div>`;
}
