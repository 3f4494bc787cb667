/**
 * How the room stands: the facilitator's count fields with large − / + buttons, and
 * the distribution the room sees (bars with counts and shares as text), shared by the
 * presenter's stage and the room screen. Also the summary's histograms, pole labels
 * under both ends.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DILEMMA_ROOM_STOPS, dilemmaRoomStopOf, summariseDilemmaRoom, type Dilemma, type DilemmaRoomSummary } from '../../../core/dilemmas/index.js';
import { meter } from '../../../internal/templates.js';
import { countTexts, stopTexts, type DilemmaTexts } from '../dilemma-explorer.texts.js';
import type { DxContext } from './context.js';

/** The count card: one row per place, a field between − and +, its bar and share. */
export function renderRoomCounts(c: DxContext, d: Dilemma, t: DilemmaTexts): TemplateResult {
  const split = c.splits[d.id] ?? DILEMMA_ROOM_STOPS.map(() => 0);
  const s = summariseDilemmaRoom(split);
  const stops = stopTexts(t.poles);
  return html`<div class="room card" role="group" aria-labelledby="dx-room-title">
    <h4 id="dx-room-title">${msg('How the room stands', { id: 'dx.room.title' })}</h4>
    <p class="muted small no-present">${msg('Enter how many people stand at each place.', { id: 'dx.room.how' })}</p>
    <div class="room-rows">
      ${stops.map((stop, i) => html`<div class="room-row">
        <label for="dx-room-${i}">${stop.full}</label>
        <span class="counter">
          <button type="button" class="step-button" data-count="minus-${i}" ?disabled=${split[i] === 0}
            aria-label=${msg(str`One less: ${stop.full}`, { id: 'dx.room.minus' })} @click=${() => c.bump(d.id, i, -1)}>−</button>
          <input id="dx-room-${i}" type="number" inputmode="numeric" min="0" max="999" step="1" .value=${String(split[i])}
            @input=${(e: Event) => c.count(d.id, i, e.target as HTMLInputElement)} />
          <button type="button" class="step-button" data-count="plus-${i}"
            aria-label=${msg(str`One more: ${stop.full}`, { id: 'dx.room.plus' })} @click=${() => c.bump(d.id, i, 1)}>+</button>
        </span>
        ${meter(s.shares[i])}
        <span class="share">${s.total ? `${Math.round(s.shares[i] * 100)}%` : ''}</span>
      </div>`)}
    </div>
    ${c.corrected?.id === d.id ? html`<p class="note corrected">${c.corrected.text}</p>` : nothing}
    ${renderRoomSummary(s, t, c.presentation)}
    ${s.total ? html`<div class="toolbar">
      <button type="button" @click=${() => c.place(d.id, Math.round((s.mean as number) * 100) / 100)}>${msg('Place our network where the room stands', { id: 'dx.room.place' })}</button>
      <button type="button" @click=${() => c.clearCount(d.id)}>${msg('Clear the count', { id: 'dx.room.clear' })}</button>
    </div>` : nothing}
  </div>`;
}

/** Total, mean and the divided-room flag, in words. */
export function renderRoomSummary(s: DilemmaRoomSummary, t: DilemmaTexts, short = false): TemplateResult {
  if (!s.total) return html`<p class="muted">${msg('No one counted yet.', { id: 'dx.room.empty' })}</p>`;
  const where = stopTexts(t.poles)[dilemmaRoomStopOf(s.mean as number)].full;
  return html`<p class="room-summary"><strong>${countTexts().total(s.total)}</strong>
    ${msg(str`On average: ${where}.`, { id: 'dx.room.mean' })}</p>
    ${s.divided && short ? html`<p class="warning">${msg('The room is divided.', { id: 'dx.room.divided.short' })}</p>` : nothing}
    ${s.divided && !short ? html`<p class="warning">${msg('The room is divided: a large share stands on each side. Ask both sides to explain their choice.', { id: 'dx.room.divided' })}</p>` : nothing}`;
}

/** The distribution as the room sees it: no fields, each place with its count and share. */
export function renderRoomView(split: readonly number[], t: DilemmaTexts): TemplateResult {
  const s = summariseDilemmaRoom(split);
  const stops = stopTexts(t.poles);
  return html`<div class="room card">
    <h4>${msg('How the room stands', { id: 'dx.room.title' })}</h4>
    <div class="room-rows">
      ${stops.map((stop, i) => html`<div class="room-row view">
        <span>${stop.full}</span>
        <span class="count">${split[i] ?? 0}</span>
        ${meter(s.shares[i])}
        <span class="share">${s.total ? `${Math.round(s.shares[i] * 100)}%` : ''}</span>
      </div>`)}
    </div>
    ${renderRoomSummary(s, t, true)}
  </div>`;
}

/** Five bars, one per place, with the two poles named under its ends; the counts are text beside it. */
export function histogram(shares: readonly number[], poles: readonly [string, string]): TemplateResult {
  const top = Math.max(...shares, 0.0001);
  return html`<figure class="histogram-figure">
    <svg class="histogram" viewBox="0 0 100 30" aria-hidden="true" focusable="false">
      ${shares.map((share, i) => {
        const h = Math.round((share / top) * 26);
        return svg`<rect class="bar" x=${i * 20 + 3} y=${28 - h} width="14" height=${h}></rect>`;
      })}
      ${svg`<line class="mark-line" x1="0" y1="28.5" x2="100" y2="28.5"></line>`}
    </svg>
    <figcaption class="hist-poles small" aria-hidden="true"><span class="pole">${poles[0]}</span><span class="pole end">${poles[1]}</span></figcaption>
  </figure>`;
}
