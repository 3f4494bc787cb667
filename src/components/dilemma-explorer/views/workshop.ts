/**
 * Workshop mode as the facilitator sees it: the stepper, then the step. Projected, a
 * dilemma's step puts the dilemma and its poles beside the room's counts, so both fit
 * one 1280×720 screen; the questions, stakes, quote and more follow as the facilitator's
 * notes (projected, the stakes move there from under the poles).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { DILEMMA_STATEMENTS, dilemmaById, dilemmaRoomStopOf, dilemmaWorkshopSteps, summariseDilemmaRoom, type Dilemma, type DilemmaWorkshopStep } from '../../../core/dilemmas/index.js';
import { countTexts, kindTexts, sourceTexts, statementTexts, stopTexts } from '../dilemma-explorer.texts.js';
import type { DxContext } from './context.js';
import { renderDetails, renderQuote } from './details.js';
import { renderPressing, renderQuestions } from './profile.js';
import { histogram, renderRoomCounts } from './room.js';

/** The title of a step, as the stepper and the announcement say it. */
export function stepTitle(c: Pick<DxContext, 'texts'>, step: DilemmaWorkshopStep): string {
  if (step === 'opening') return msg('Before we start', { id: 'dx.opening.title' });
  if (step === 'summary') return msg('Summary', { id: 'dx.summary.title' });
  return c.texts[step]?.name ?? '';
}

/** The shown step, falling back to the opening for a step of a hidden kind. */
export function shownStep(c: Pick<DxContext, 'kinds' | 'step'>): DilemmaWorkshopStep {
  return dilemmaWorkshopSteps(c.kinds).includes(c.step) ? c.step : 'opening';
}

/** The facilitator's workshop: stepper, key hint, and the stage. */
export function renderWorkshop(c: DxContext): TemplateResult {
  const steps = dilemmaWorkshopSteps(c.kinds);
  const step = shownStep(c);
  const index = steps.indexOf(step);
  return html`<div class="workshop">
    <nav class="stepper toolbar no-print" aria-label=${msg('Workshop steps', { id: 'dx.stepper' })}>
      <button type="button" data-go="previous" ?disabled=${index === 0} @click=${() => c.go('previous')}>← ${msg('Previous', { id: 'dx.previous' })}</button>
      <span class="step-count">${msg(str`Step ${index + 1} of ${steps.length}`, { id: 'dx.stepCount' })}</span>
      <button type="button" data-go="next" class="primary" ?disabled=${index === steps.length - 1} @click=${() => c.go('next')}>${msg('Next', { id: 'dx.next' })} →</button>
    </nav>
    <p class="muted small no-print keys">${msg('Keys: Page Down or arrow right for the next step, Page Up or arrow left for the previous one; Home goes to the start, End to the summary; B or full stop blacks out the screen.', { id: 'dx.keys.all' })}</p>
    <section class="stage" part="stage" aria-labelledby="dx-step-title">
      ${step === 'opening' ? renderOpening() : step === 'summary' ? renderSummary(c) : renderStep(c, dilemmaById(step)!)}
    </section>
  </div>`;
}

/** The opening: how the workshop goes and the three discussion statements. */
export function renderOpening(forRoom = false): TemplateResult {
  const statements = statementTexts();
  return html`<h3 id="dx-step-title" tabindex="-1">${msg('Before we start', { id: 'dx.opening.title' })}</h3>
    ${forRoom ? nothing : html`<p>${msg('We go through the dilemmas one at a time. For each one, read the explanation aloud and ask everyone to stand on a line between the two poles, where they think our network stands. Count how many people stand where, then talk about why. At the end, a summary shows how the room stood, the most pressing dilemmas and the questions for our next meeting.', { id: 'dx.opening.how' })}</p>`}
    <p class="note">${msg('A dilemma is a situation in which every possible choice also has drawbacks. There are no right answers.', { id: 'dx.opening.definition' })}</p>
    <h4>${msg('Statements to open the discussion', { id: 'dx.statements.title' })}</h4>
    ${forRoom ? nothing : html`<p class="muted">${msg('Do you agree or disagree? Let people take a side of the room, and ask a few of them why.', { id: 'dx.statements.how' })}</p>`}
    <ol class="statements">${DILEMMA_STATEMENTS.map((s) => html`<li>${statements[s]}</li>`)}</ol>
    <p class="source">${msg('Source:', { id: 'dx.source' })} ${sourceTexts().inch}</p>`;
}

/** The dilemma and its two poles: what the room reads, on both screens. */
export function renderDilemmaHead(c: Pick<DxContext, 'texts' | 'priorities' | 'presentation'>, d: Dilemma): TemplateResult {
  const t = c.texts[d.id];
  const pressing = c.priorities.includes(d.id);
  return html`<p class="kind-label">${kindTexts()[d.kind].name}</p>
    <h3 id="dx-step-title" tabindex="-1">${pressing ? html`<span class="star" aria-hidden="true">★ </span>` : nothing}${t.name}</h3>
    <p class="lead">${t.text}</p>
    <div class="poles-grid">
      ${t.poles.map((pole, i) => html`<div class="card">
        <h4><span class="pole">${pole}</span></h4>
        ${c.presentation ? nothing : html`<p>${t.stakes[i]}</p>`}
      </div>`)}
    </div>`;
}

function renderStep(c: DxContext, d: Dilemma): TemplateResult {
  const t = c.texts[d.id];
  const pressing = c.priorities.includes(d.id);
  return html`
    <div class="step-grid">
      <div class="step-main">${renderDilemmaHead(c, d)}</div>
      ${renderRoomCounts(c, d, t)}
    </div>
    <div class="notes">
      <div class="toolbar">
        <button type="button" aria-pressed=${pressing ? 'true' : 'false'} @click=${() => c.togglePriority(d.id)}>${msg('Most pressing', { id: 'dx.pressing.toggle' })}</button>
      </div>
      <h4>${msg('Questions to discuss', { id: 'dx.questions' })}</h4>
      <ol>${t.questions.map((q) => html`<li>${q}</li>`)}</ol>
      ${c.presentation ? html`<h4>${msg('What is at stake', { id: 'dx.stakes' })}</h4>
        <dl class="stakes">${t.poles.map((pole, i) => html`<dt><span class="pole">${pole}</span></dt><dd>${t.stakes[i]}</dd>`)}</dl>` : nothing}
      ${d.quote && t.quote ? renderQuote(t.quote, d.quote) : nothing}
      ${d.mediating.length || d.answers.length
        ? html`<details><summary>${msg('More to bring into the discussion', { id: 'dx.more.workshop' })}</summary>${renderDetails({ ...d, quote: null }, t, false, false)}</details>`
        : html`<p class="source">${msg('Source:', { id: 'dx.source' })} ${d.sources.map((s) => sourceTexts()[s]).join('; ')}</p>`}
    </div>`;
}

/** How the room stood on each counted dilemma, a histogram each. */
export function renderRooms(c: Pick<DxContext, 'shown' | 'splits' | 'texts'>): TemplateResult {
  const counted = c.shown.filter((d) => c.splits[d.id]);
  if (!counted.length) return html`<p class="muted">${msg('No counts were recorded.', { id: 'dx.summary.noRooms' })}</p>`;
  return html`<ul class="rooms">${repeat(counted, (d) => d.id, (d) => {
    const t = c.texts[d.id];
    const s = summariseDilemmaRoom(c.splits[d.id]);
    return html`<li>
      <span><strong>${t.name}</strong>${s.divided ? html` <span class="tag">${msg('divided', { id: 'dx.summary.divided' })}</span>` : nothing}</span>
      ${histogram(s.shares, t.poles)}
      <span class="small"><span class="sr-only">${t.poles[0]}:</span> <span class="counts">${c.splits[d.id].join(' · ')}</span> <span class="sr-only">: ${t.poles[1]}</span></span>
      <span class="small muted">${countTexts().room(s.total, stopTexts(t.poles)[dilemmaRoomStopOf(s.mean as number)].full)}</span>
    </li>`;
  })}</ul>`;
}

function renderSummary(c: DxContext): TemplateResult {
  return html`<h3 id="dx-step-title" tabindex="-1">${msg('Summary', { id: 'dx.summary.title' })}</h3>
    <p class="note">${msg('To discuss:', { id: 'dx.summary.prompt' })} ${statementTexts()['unequal-impact']}</p>
    <h4>${msg('How the room stood', { id: 'dx.summary.rooms' })}</h4>
    ${renderRooms(c)}
    ${renderPressing(c, false)}
    ${renderQuestions(c, c.profile)}`;
}
