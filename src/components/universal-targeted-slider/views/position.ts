/**
 * The position view: the five stops and the slider, then what the position reaches and
 * risks, each risk with its source. The result part is shared with the room screen.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SLIDER_MAX, SLIDER_MIN, SLIDER_STOPS, type SliderResult } from '../../../core/proportionate/index.js';
import { meter } from '../../../internal/templates.js';
import { provenance } from '../../../internal/provenance.js';
import { bandTexts, positionText, reachTexts, riskCredit, riskTexts, stopTexts } from '../universal-targeted-slider.texts.js';
import type { UtContext } from './context.js';

/** The stops and the slider above the result. */
export function renderPosition(c: UtContext): TemplateResult {
  const r = c.result;
  const stops = stopTexts();
  const shown = Math.round(r.value);
  return html`<div class="layout">
    <div class="scale" part="scale">
      <div class="stops" role="group" aria-label=${msg('Stops along the line', { id: 'ut.stops.label' })}>
        ${SLIDER_STOPS.map((s) => html`<button type="button" class="stop ${s.id === r.stop ? 'current' : ''} ${s.id === 'universal-plus' ? 'middle' : ''}"
          aria-current=${s.id === r.stop ? 'step' : 'false'} @click=${() => c.moveTo(s.center, true)}>${stops[s.id].name}</button>`)}
      </div>
      <label class="range-label" for="ut-range">${msg('Position of the offer, from fully universal to fully targeted', { id: 'ut.range.label' })}</label>
      <input id="ut-range" type="range" min=${SLIDER_MIN} max=${SLIDER_MAX} step="1" .value=${String(r.value)}
        aria-valuetext=${positionText(stops[r.stop].name, shown)}
        @input=${c.onInput} @change=${c.onChange} @keydown=${c.onRangeKey} />
      ${renderEnds()}
    </div>
    ${renderPositionResult(c, 'ut-result-title')}
  </div>`;
}

/** The two ends of the line, in words. */
export function renderEnds(className = 'ends'): TemplateResult {
  return html`<div class=${className} aria-hidden="true">
    <span>${msg('For every family', { id: 'ut.end.universal' })}</span>
    <span>${msg('Only for the families with the most needs', { id: 'ut.end.targeted' })}</span>
  </div>`;
}

/**
 * Where the offer stands, whom it reaches and what it risks. On the room screen
 * (`room`) the three sit side by side, so a projected 720 px shows them at once.
 */
export function renderPositionResult(c: UtContext, titleId: string, room = false): TemplateResult {
  const r = c.result;
  const stops = stopTexts();
  const reaches = html`<div>
      ${c.heading(2, msg('Whom it reaches', { id: 'ut.reaches.title' }))}
      <ul class="reaches">${r.reaches.map((id) => html`<li>${reachTexts()[id]}</li>`)}</ul>
    </div>`;
  const risks = html`<div>
      ${c.heading(2, msg('What it risks', { id: 'ut.risks.title' }))}
      ${renderRisks(r)}
    </div>`;
  const where = html`${c.heading(1, positionText(stops[r.stop].name, Math.round(r.value)), { id: titleId })}
    <p>${stops[r.stop].description}</p>
    ${renderProportionate(r)}`;
  return html`<section class="result" part="result" aria-labelledby=${titleId}>
    ${room
      ? html`<div class="room-columns"><div>${where}</div>${reaches}${risks}</div>`
      : html`${where}<div class="columns">${reaches}${risks}</div>`}
  </section>`;
}

function renderProportionate(r: SliderResult): TemplateResult {
  if (r.proportionate) {
    // Three claims, three provenances (issue 12): the definition is Marmot's, how it is
    // lived in Flanders is INCh's finding, and "balances, not removes" is this tool's reading.
    const marmot = msg('Marmot’s review “Fair Society, Healthy Lives” (2010)', { id: 'ut.pu.marmot', desc: 'A cited report: keep the English title in quotes.' });
    return html`<div class="note proportionate">
      <p>${msg('This is proportionate universalism: an offer for every family, with a scale and intensity in proportion to need.', { id: 'ut.pu.definition' })} ${provenance('finding', marmot)}</p>
      <p>${msg('In Flanders it is the leading principle of the Huizen van het Kind: a good basic offer for all with attention to specific needs, and a mix of collective and individual support. Universal is not the same as multi-dimensional: parents themselves ask for support that links several areas of their life.', { id: 'ut.pu.inch' })} ${provenance('finding', 'inch')}</p>
      <p>${msg('It balances the risks; it does not remove them.', { id: 'ut.pu.balance' })} ${provenance('reading')}</p>
    </div>`;
  }

  return html`<p class="note">${r.towardProportionate === 'targeted'
    ? msg('Proportionate universalism lies further toward targeted: keep this offer for all, and add more for the families who need more.', { id: 'ut.pu.towardTargeted' })
    : msg('Proportionate universalism lies further toward universal: put an offer for every family underneath this help.', { id: 'ut.pu.towardUniversal' })}</p>`;
}

function renderRisks(r: SliderResult): TemplateResult {
  const risks = riskTexts();
  const bands = bandTexts();
  return html`<ul class="risks">${r.risks.map((risk) => html`<li class="risk band-${risk.band}">
    <p class="risk-name">${msg(str`${risks[risk.id].name}: ${bands[risk.band]}`, { id: 'ut.risk.level', desc: 'A risk and how strong it is here: "Stigma: high risk"' })}</p>
    ${meter(risk.level)}
    <p class="small">${risks[risk.id].description} <span class="source">${riskCredit(risk)}</span></p>
  </li>`)}</ul>`;
}
