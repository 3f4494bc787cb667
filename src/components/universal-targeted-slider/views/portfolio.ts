/**
 * The portfolio view: the network's services on the line, the gaps, the services by
 * stop, and the form to add one. On the room screen the same, without the controls.
 * In the later chunk (later.ts), with its texts: the element renders it through
 * `later(utLater, …)`, so the gaps need no loading line of their own.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { SLIDER_STOPS, type SliderService } from '../../../core/proportionate/index.js';
import { stopTexts } from '../universal-targeted-slider.texts.js';
import { gapCredit, gapTexts } from '../universal-targeted-slider.later-texts.js';
import type { PortfolioEditor } from '../portfolio-editor.js';
import type { UtContext } from './context.js';
import { renderEnds } from './position.js';

/** Markers closer than this (in points of the scale) go on separate rows of the line. */
const MARKER_GAP = 7;
/** A service's key in lists: names are unique ignoring case (cleanServices). */
export const serviceKey = (s: SliderService) => s.name.toLowerCase();

/**
 * The portfolio; without an editor (the room screen) it leaves out the remove buttons
 * and the form.
 */
export function renderPortfolio(c: UtContext, ed: PortfolioEditor | null): TemplateResult {
  const room = !ed;
  const p = c.portfolio;
  const stops = stopTexts();
  const crowded = p.gaps.find((g) => g.id === 'all-in-one-place')?.stops[0];
  // Numbered in scale order, so each marker on the line matches its entry in the list.
  const ordered = p.byStop.flatMap((g) => g.services);
  // Each service's number on the line, looked up once: indexOf per row made 5,000 services quadratic.
  const numbers = new Map(ordered.map((s, i) => [s, i + 1]));
  const titleId = room ? 'ut-room-title' : 'ut-portfolio-title';
  return html`<section class="portfolio" part="portfolio" aria-labelledby=${titleId}>
    ${c.heading(room ? 0 : 1, msg('Our offer on the line', { id: 'ut.tab.portfolio' }), room ? { id: titleId, className: 'title' } : { id: titleId })}
    ${room ? nothing : html`<p class="muted">${msg('List the services of your network and place each one on the line. The gaps show at a glance.', { id: 'ut.portfolio.intro' })}</p>`}
    ${renderLine(ordered)}
    ${ordered.length === 0
      ? html`<p>${msg('No services yet. Add the first one below.', { id: 'ut.portfolio.empty' })}</p>`
      : html`${p.gaps.length
          ? html`${c.heading(2, msg('Gaps', { id: 'ut.gaps.title' }))}
            <ul class="gaps">${p.gaps.map((g) => html`<li class="warning">${gapTexts(crowded ? stops[crowded].name : '')[g.id]} <span class="source">${gapCredit(g.id)}</span></li>`)}</ul>`
          : html`<p class="note">${msg('No gaps on the line: there is an offer for all, a proportionate middle and help for the families with the most needs.', { id: 'ut.gaps.none' })}</p>`}
        <ol class="groups">${repeat(p.byStop, (g) => g.stop, (g) => html`<li class="group">
          ${c.heading(2, html`${stops[g.stop].name} <span class="muted small">(${g.services.length})</span>`)}
          ${g.services.length ? html`<ul class="services">${repeat(g.services, serviceKey, (s) => {
            const n = numbers.get(s) ?? 0;
            return html`<li>
              <span class="number" aria-hidden="true">${n}</span>
              <span><span class="service-name">${s.name}</span> <span class="muted small">(${Math.round(s.value)})</span></span>
              ${!ed ? nothing : html`<button type="button" class="remove no-print" aria-label=${msg(str`Remove ${s.name}`, { id: 'ut.remove.label' })}
                @click=${(e: Event) => void ed.remove(s, e)}>${msg('Remove', { id: 'ut.remove' })}</button>`}
            </li>`;
          })}</ul>` : html`<p class="muted small">${msg('Nothing here yet.', { id: 'ut.group.empty' })}</p>`}
        </li>`)}</ol>`}
    ${ed ? renderAddForm(c, ed) : nothing}
  </section>`;
}

/**
 * The line with the five stops and a numbered marker per service. Drawn in SVG with
 * percentage coordinates, so it needs no style binding (strict CSP) and does not
 * distort; it is decorative, the list beside it carries the same content.
 */
function renderLine(ordered: SliderService[]): TemplateResult {
  const rows: number[] = [];
  const placed = ordered.map((s) => {
    let row = rows.findIndex((last) => s.value - last >= MARKER_GAP);
    if (row === -1) row = rows.push(s.value) - 1;
    else rows[row] = s.value;
    return { value: s.value, row };
  });
  const rowCount = Math.max(1, rows.length);
  const height = 28 + rowCount * 26;
  return html`<div class="line-wrap" aria-hidden="true">
    <svg class="line" width="100%" height=${height} focusable="false">
      ${SLIDER_STOPS.map((s, i) => svg`<rect class="band band-${i % 2 ? 'odd' : 'even'} ${s.id === 'universal-plus' ? 'middle' : ''}"
        x="${s.from}%" y="0" width="${s.to - s.from}%" height=${height}></rect>`)}
      <line class="axis" x1="0%" x2="100%" y1=${height - 14} y2=${height - 14}></line>
      ${placed.map(({ value, row }, i) => svg`<g class="marker">
        <line x1="${value}%" x2="${value}%" y1=${14 + row * 26} y2=${height - 14}></line>
        <circle cx="${value}%" cy=${14 + row * 26} r="11"></circle>
        <text x="${value}%" y=${14 + row * 26} dy="0.35em" text-anchor="middle">${i + 1}</text>
      </g>`)}
    </svg>
    <div class="line-labels">${SLIDER_STOPS.map((s) => html`<span>${stopTexts()[s.id].name}</span>`)}</div>
    ${renderEnds('ends line-ends')}
  </div>`;
}

function renderAddForm(c: UtContext, ed: PortfolioEditor): TemplateResult {
  const stops = stopTexts();
  return html`<form class="add no-print" @submit=${(e: Event) => ed.add(e)}>
    ${c.heading(2, msg('Add a service', { id: 'ut.add.title' }))}
    <label class="field">
      <span>${msg('Name of the service', { id: 'ut.add.name' })}</span>
      <input type="text" name="ut-name" autocomplete="off" maxlength="80" .value=${ed.draftName}
        aria-invalid=${ed.draftError ? 'true' : 'false'} aria-describedby="ut-add-error"
        @input=${(e: Event) => ed.setName((e.target as HTMLInputElement).value)} />
    </label>
    <label class="field">
      <span>${msg('Where does it sit on the line?', { id: 'ut.add.stop' })}</span>
      <select name="ut-stop" @change=${(e: Event) => ed.setStop((e.target as HTMLSelectElement).value as never)}>
        ${SLIDER_STOPS.map((s) => html`<option value=${s.id} ?selected=${s.id === ed.draftStop}>${stops[s.id].name}</option>`)}
      </select>
    </label>
    <p id="ut-add-error" class="error" role="alert">${ed.draftError}</p>
    <button type="submit" class="primary">${msg('Add', { id: 'ut.add.submit' })}</button>
  </form>`;
}
