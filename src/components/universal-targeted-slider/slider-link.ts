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
import type { LaterHost } from '../../internal/controllers/lazy-texts.js';
import { laterView } from './views/later.js';

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

/**
 * The tools: the copy button (it copies in the click itself), then the visible
 * confirmation and the link in a read-only field, from the later chunk
 * (views/link-panel.ts): a loading line in its place until that is in.
 */
export function renderSliderTools(host: LaterHost, shown: ShownLink | null, copy: () => void): TemplateResult {
  return html`<div class="toolbar no-print">
      <button type="button" class="copy-link" @click=${copy}>${msg('Copy a link to these answers', { id: 'ut.share.copy' })}</button>
    </div>
    ${shown ? laterView(host, (v) => v.renderLinkPanel(shown)) : nothing}`;
}
