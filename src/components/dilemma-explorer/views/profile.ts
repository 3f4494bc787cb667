/**
 * The reflection profile: the pressing list (reorderable), the questions for the next
 * meeting and where the network stands on every shown dilemma. The pressing list and
 * the questions also close the workshop's summary.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { DILEMMA_ROOM_STOPS, dilemmaRoomStopOf, type DilemmaProfile } from '../../../core/dilemmas/index.js';
import { countTexts, kindTexts, sourceTexts, stopTexts } from '../dilemma-explorer.texts.js';
import type { DxContext } from './context.js';

/** The whole profile section. */
export function renderProfile(c: DxContext): TemplateResult {
  const profile = c.profile;
  const placed = profile.entries.length - profile.counts.unplaced;
  const marked = c.priorities.filter((p) => profile.entries.some((e) => e.id === p)).length;
  return html`<section class="profile" part="profile" aria-labelledby="dx-profile-title">
    <h3 id="dx-profile-title">${msg("Our network's profile", { id: 'dx.profile.title' })}</h3>
    <p class="muted">${countTexts().basis(placed, profile.entries.length, marked)}</p>
    ${placed === 0 && !profile.pressing.length
      ? html`<p class="note">${msg('Place your network on a few dilemmas, or mark the ones that matter most, to build a profile.', { id: 'dx.profile.empty' })}</p>`
      : html`${renderPressing(c, true)}${renderQuestions(c, profile)}`}
    ${renderStands(c, profile)}
    <p class="note">${msg('No position is right or wrong: every choice has drawbacks. Use this profile to open the discussion, not to close it.', { id: 'dx.profile.note' })}</p>
    <p class="source">${msg('Source:', { id: 'dx.source' })} ${sourceTexts().inch}</p>
  </section>`;
}

/**
 * The most pressing dilemmas; `editable` adds up / down / unmark buttons. Keyed by id,
 * so a button keeps acting on its own dilemma when the list reorders.
 */
export function renderPressing(c: DxContext, editable: boolean): TemplateResult {
  const profile = c.profile;
  const last = profile.pressing.filter((p) => p.reason === 'priority').length - 1;
  return html`<h4>${msg('Most pressing', { id: 'dx.pressing.title' })}</h4>
    ${profile.pressing.length === 0
      ? html`<p>${msg('Nothing marked yet, and the network leans clearly on no dilemma.', { id: 'dx.pressing.none' })}</p>`
      : html`<ol class="pressing">
        ${repeat(profile.pressing, (p) => p.id, (p, i) => {
          const name = c.texts[p.id].name;
          return html`<li>
            <div><strong>${name}</strong>
            <span class="muted small">${p.reason === 'priority'
              ? msg('marked as most pressing', { id: 'dx.pressing.marked' })
              : msg('proposed: the network leans clearly here', { id: 'dx.pressing.proposed' })}</span></div>
            ${editable && p.reason === 'priority' ? html`<span class="order no-print">
              <button type="button" class="small-button" data-focus="up-${p.id}" ?disabled=${i === 0} aria-label=${msg(str`Move up: ${name}`, { id: 'dx.pressing.up' })}
                @click=${(e: Event) => c.movePriority(p.id, -1, e.currentTarget as HTMLElement)}>↑</button>
              <button type="button" class="small-button" data-focus="down-${p.id}" ?disabled=${i === last} aria-label=${msg(str`Move down: ${name}`, { id: 'dx.pressing.down' })}
                @click=${(e: Event) => c.movePriority(p.id, 1, e.currentTarget as HTMLElement)}>↓</button>
              <button type="button" class="small-button" data-focus="unmark-${p.id}" aria-label=${msg(str`Unmark: ${name}`, { id: 'dx.pressing.remove' })}
                @click=${() => c.togglePriority(p.id)}>✕</button>
            </span>` : nothing}
          </li>`;
        })}
      </ol>
      ${profile.questionsFrom === 'farthest'
        ? html`<p class="muted small">${msg('Nothing is marked as most pressing, so these are the dilemmas on which your network leans most clearly. Mark dilemmas to choose for yourselves.', { id: 'dx.pressing.proposedNote' })}</p>`
        : nothing}`}`;
}

/** The questions for the next meeting, grouped by dilemma. */
export function renderQuestions(c: DxContext, profile: DilemmaProfile): TemplateResult {
  if (!profile.questions.length) return html``;
  const ids = [...new Set(profile.questions.map((q) => q.dilemma))];
  return html`<h4>${msg('Questions for our next meeting', { id: 'dx.questions.meeting' })}</h4>
    <ul class="meeting">
      ${ids.map((id) => html`<li><strong>${c.texts[id].name}</strong>
        <ol>${profile.questions.filter((q) => q.dilemma === id).map((q) => html`<li>${c.texts[id].questions[q.index]}</li>`)}</ol>
      </li>`)}
    </ul>`;
}

function renderStands(c: DxContext, profile: DilemmaProfile): TemplateResult {
  const kinds = kindTexts();
  return html`<h4>${msg('Where our network stands', { id: 'dx.stands.title' })}</h4>
    ${c.kinds.map((k) => html`<p class="kind-label">${kinds[k].name}</p>
      <ul class="stands">
        ${profile.entries.filter((e) => e.kind === k).map((e) => {
          const t = c.texts[e.id];
          return html`<li class=${e.position === null ? 'unplaced' : ''}>
            <span class="stand-name">${t.name}</span>
            ${e.position === null ? nothing : scaleMark(e.position)}
            <span class=${e.position === null ? 'muted' : ''}>${e.position === null
              ? msg('not placed', { id: 'dx.stands.unplaced' })
              : stopTexts(t.poles)[dilemmaRoomStopOf(e.position)].full}</span>
          </li>`;
        })}
      </ul>`)}`;
}

/** A small line from pole to pole with a dot where the network stands; decorative, the text says it. */
function scaleMark(position: number): TemplateResult {
  const x = 6 + ((position + 1) / 2) * 88;
  return html`<svg class="mark" viewBox="0 0 100 12" aria-hidden="true" focusable="false">
    ${svg`<line class="mark-line" x1="6" y1="6" x2="94" y2="6"></line>
    ${DILEMMA_ROOM_STOPS.map((s) => svg`<line class="mark-tick" x1=${6 + ((s + 1) / 2) * 88} y1="3" x2=${6 + ((s + 1) / 2) * 88} y2="9"></line>`)}
    <circle class="mark-dot" cx=${x} cy="6" r="4.5"></circle>`}
  </svg>`;
}
