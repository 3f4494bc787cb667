/**
 * The slider's position and portfolio as a link (issue 10, "Hand the state on"):
 * base64url of a small JSON object in the `#samen-slider=` fragment, so nothing is sent
 * to a server. Reading a link never throws: a broken or foreign code gives one warning
 * and the defaults; a code of ours with a bad entry keeps the rest.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { toBase64Url } from '../../core/dilemmas/base64url.js';
import { cleanServices, cleanSliderValue, type SliderService } from '../../core/proportionate/index.js';
import type { InputIssue } from '../../core/shared.js';
import { readLinkCode, type ShownLink } from '../../internal/controllers/share.js';

/** The fragment parameter of a slider link. */
export const SLIDER_LINK_PARAM = 'samen-slider';
/** A portfolio of a few dozen services is a few kB; anything far longer is not decoded at all. */
const SLIDER_LINK_MAX = 16000;
/** Marks a code as ours, so a code of another tool pasted under our name is refused. */
const FORMAT = 'slider';

/** What a link holds. */
export interface SliderLinkState {
  /** The position, 0..100. */
  value: number;
  /** The portfolio. */
  services: SliderService[];
}

/** The state as a URL-safe code; services as `[name, value]` pairs to keep the link short. */
export function encodeSliderLink(state: SliderLinkState): string {
  const data: Record<string, unknown> = { f: FORMAT, v: 1, p: state.value };
  if (state.services.length) data.s = state.services.map((s) => [s.name, s.value]);
  return toBase64Url(JSON.stringify(data));
}

/**
 * Reads a link code. `value` is null when the code is not a slider link (then keep the
 * defaults); `issues` hold what to warn about, in one warning.
 */
export function decodeSliderLink(code: string): { value: SliderLinkState | null; issues: InputIssue[] } {
  const read = readLinkCode(code, FORMAT, SLIDER_LINK_MAX);
  if (read.data === null) return { value: null, issues: read.issues };
  const data = read.data;
  const value = cleanSliderValue(data.p ?? undefined, 'link.value');
  const pairs = Array.isArray(data.s) ? data.s.map((p) => (Array.isArray(p) ? { name: p[0], value: p[1] } : p)) : data.s;
  const services = cleanServices(pairs);
  return { value: { value: value.value, services: services.value }, issues: [...value.issues, ...services.issues] };
}

export type { ShownLink } from '../../internal/controllers/share.js';

/** The "Copy a link" outcome, in words. */
export function sliderLinkMessage(copied: boolean): string {
  return copied
    ? msg('Link copied. Whoever opens it sees this position and your offer on the line.', { id: 'ut.share.copied' })
    : msg('Your browser did not allow copying. Copy the link from the field.', { id: 'ut.share.failed' });
}

/** The tools: the copy button, then the visible confirmation and the link in a read-only field. */
export function renderSliderTools(shown: ShownLink | null, copy: () => void): TemplateResult {
  return html`<div class="toolbar no-print">
      <button type="button" class="copy-link" @click=${copy}>${msg('Copy a link to these answers', { id: 'ut.share.copy' })}</button>
    </div>
    ${shown ? html`<div class="link no-print">
      <p class="note link-done">${sliderLinkMessage(shown.copied)}</p>
      <label for="ut-link">${msg('Link to these answers', { id: 'ut.share.label' })}</label>
      <input id="ut-link" type="text" readonly .value=${shown.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <p class="muted small">${msg('The position and the services are in the link itself. Nothing leaves your browser until you share it.', { id: 'ut.share.privacy' })}</p>
    </div>` : nothing}`;
}
