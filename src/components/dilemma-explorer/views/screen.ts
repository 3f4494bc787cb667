/**
 * The room screen: what the room reads, large and without controls or key hints. It
 * follows the presenter's window (step, counts, placements, marks) and goes black
 * when the facilitator presses B or full stop.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DILEMMA_ROOM_STOPS, dilemmaById, dilemmaWorkshopSteps } from '../../../core/dilemmas/index.js';
import type { DxContext } from './context.js';
import { renderPressing, renderQuestions } from './profile.js';
import { renderRoomView } from './room.js';
import { renderDilemmaHead, renderOpening, renderRooms, shownStep } from './workshop.js';

/** The black (pause) screen: nothing to read; the presenter's window says how to come back. */
export function renderBlank(): TemplateResult {
  return html`<div class="blank" part="blank"><span class="sr-only">${msg('The screen is black.', { id: 'dx.blank' })}</span></div>`;
}

/** One step, as the room sees it. */
export function renderRoomScreen(c: DxContext, blank: boolean): TemplateResult {
  if (blank) return renderBlank();
  const steps = dilemmaWorkshopSteps(c.kinds);
  const step = shownStep(c);
  const d = dilemmaById(step);
  return html`<section class="stage room-screen" part="stage" aria-labelledby="dx-step-title">
    <p class="screen-count small muted">${msg(str`Step ${steps.indexOf(step) + 1} of ${steps.length}`, { id: 'dx.stepCount' })}</p>
    ${step === 'opening' ? renderOpening(true)
      : step === 'summary' ? html`<h3 id="dx-step-title" tabindex="-1">${msg('Summary', { id: 'dx.summary.title' })}</h3>
          ${renderRooms(c)}${renderPressing(c, false)}${renderQuestions(c, c.profile)}`
      : html`<div class="step-grid">
          <div class="step-main">${renderDilemmaHead(c, d!)}</div>
          ${renderRoomView(c.splits[step] ?? DILEMMA_ROOM_STOPS.map(() => 0), c.texts[step])}
        </div>`}
  </section>`;
}
