/**
 * Reflection mode: the kind tabs and one card per dilemma with its scale between the two
 * poles; the details (stakes, what makes a difference, answers, quote, questions) and
 * the profile come with the later part (details.ts, later.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
// keyed, not repeat: the cards never reorder, and repeat's larger chunk then stays out of the first download.
import { keyed } from 'lit/directives/keyed.js';
import { DILEMMA_ROOM_STOPS, dilemmaRoomStopOf, type Dilemma } from '../../../core/dilemmas/index.js';
import { tabList } from '../../../internal/templates.js';
import { kindTexts, stopTexts } from '../card-texts.js';
import type { DxContext, DilemmaView } from './context.js';

/** The kind tabs and the shown kind's cards, or the profile. */
export function renderReflection(c: DxContext): TemplateResult {
  const kinds = kindTexts();
  const tabs = [
    ...c.kinds.map((k) => {
      const ids = c.shown.filter((d) => d.kind === k).map((d) => d.id);
      const placed = c.profile.entries.filter((e) => ids.includes(e.id) && e.lean !== 'unplaced').length;
      return { id: k, label: msg(str`${kinds[k].name} (${placed}/${ids.length})`, { id: 'dx.tab.kind', desc: 'Tab: a kind of dilemma, with how many of its dilemmas are placed.' }) };
    }),
    { id: 'profile', label: msg('Our profile', { id: 'dx.tab.profile' }) },
  ];
  const view = c.view;
  return html`
    ${tabList(msg('Kinds of dilemma', { id: 'dx.views' }), tabs, view, (id) => c.selectView(id as DilemmaView), 'dx-view')}
    <div id="dx-view-panel" role="tabpanel" aria-labelledby="dx-view-${view}">
      ${view === 'profile'
        ? c.later?.renderProfile(c) ?? c.waiting
        : html`<p class="muted">${kinds[view].text}</p>
          ${c.shown.filter((d) => d.kind === view).map((d) => keyed(d.id, renderCard(c, d)))}
          ${view === 'organisational' || view === 'professional'
            ? html`<p class="source">${msg('The split between organisational and professional dilemmas is neither strict nor complete.', { id: 'dx.split.note' })}</p>`
            : nothing}`}
    </div>`;
}

function renderCard(c: DxContext, d: Dilemma): TemplateResult {
  const t = c.texts[d.id];
  const position = c.positions[d.id];
  const placed = position !== undefined;
  const stops = stopTexts(t.poles);
  const checked = placed ? dilemmaRoomStopOf(position) : -1;
  const pressing = c.priorities.includes(d.id);
  return html`<article class="dilemma" part="dilemma" aria-labelledby="dx-d-${d.id}">
    <h3 id="dx-d-${d.id}">${pressing ? html`<span class="star" aria-hidden="true">★ </span>` : nothing}${t.name}</h3>
    <p>${t.text}</p>
    <fieldset class="scale">
      <legend>${msg('Where does our network stand?', { id: 'dx.scale.legend' })}</legend>
      <div class="poles"><span class="pole">${t.poles[0]}</span><span class="pole end">${t.poles[1]}</span></div>
      <div class="stops">
        ${stops.map((s, i) => html`<label class="stop">
          <input type="radio" name="dx-pos-${d.id}" .value=${String(i)} .checked=${live(i === checked)} aria-label=${s.full}
            @change=${() => c.place(d.id, DILEMMA_ROOM_STOPS[i])} />
          <span>${s.short}</span>
        </label>`)}
      </div>
      ${placed ? nothing : html`<p class="muted small">${msg('Not placed yet.', { id: 'dx.scale.unplaced' })}</p>`}
    </fieldset>
    <div class="toolbar">
      <button type="button" data-pressing=${d.id} aria-pressed=${pressing ? 'true' : 'false'} aria-describedby="dx-d-${d.id}"
        @click=${() => c.togglePriority(d.id)}>${msg('Most pressing', { id: 'dx.pressing.toggle' })}</button>
      ${placed ? html`<button type="button" aria-describedby="dx-d-${d.id}" @click=${() => c.place(d.id, null)}>${msg('Clear position', { id: 'dx.scale.clear' })}</button>` : nothing}
    </div>
    <details @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && c.want()}>
      <summary>${msg('What is at stake, and questions to discuss', { id: 'dx.more' })}</summary>
      ${c.later?.renderDetails(d, t) ?? c.waiting}
    </details>
  </article>`;
}
