/**
 * The coordinator-role view: the nine questions beside the result. Before any answer
 * the result shows the three roles in a line each; the result itself (outcome.ts: the
 * role ordering in words, the lead, the reasons and the evidence to weigh against it,
 * each with where it comes from) comes with the later group (later.ts).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ROLE_FACTORS, ROLES } from '../../../core/roles/index.js';
import { choiceGroup, meter } from '../../../internal/templates.js';
import { later } from '../../../internal/controllers/lazy-texts.js';
import { factorTexts, progressText, roleTexts } from '../role-recommender.texts.js';
import type { RrContext } from './context.js';
import { rrLater } from './later.js';

/** The questions and the result side by side. */
export function renderRole(c: RrContext): TemplateResult {
  const texts = factorTexts();
  const dontKnow = msg("Don't know", { id: 'common.dontKnow' });
  const answered = Object.keys(c.answers).length;
  return html`<div class="layout">
    <form class="questions" @submit=${(e: Event) => e.preventDefault()}>
      <p class="progress" id="rr-progress">${progressText(answered, ROLE_FACTORS.length)}</p>
      ${meter(answered / ROLE_FACTORS.length)}
      ${ROLE_FACTORS.map((f) =>
        choiceGroup(`rr-${f.id}`, texts[f.id].question,
          [...f.poles.map((p) => ({ value: p.value, label: texts[f.id].poles[p.value] })), { value: '', label: dontKnow }],
          c.answers[f.id], (v) => c.answer('answers', f.id, v)))}
    </form>
    <section class="result" part="result" aria-labelledby="rr-result-title">${renderRoleResult(c)}</section>
  </div>`;
}

function renderRoleResult(c: RrContext): TemplateResult {
  const r = c.result;
  const title = c.heading(1, msg('What fits your network', { id: 'rr.result.title' }), { id: 'rr-result-title' });
  if (r.answered === 0) {
    return html`${title}<p>${msg('Answer one or more questions to see which coordinator role fits your network best.', { id: 'rr.result.empty' })}</p>
      ${renderRolesOverview()}`;
  }
  // A result's texts and views are the later group's: a loading line until they are in.
  return html`${title}${later(rrLater, (views) => views.renderRoleAnswered(c))}`;
}

/** The three roles in a line each, before anything is answered. */
export function renderRolesOverview(): TemplateResult {
  const roles = roleTexts();
  return html`<ul class="overview">${ROLES.map((role) => html`<li><strong>${roles[role].name}</strong>: ${roles[role].character}</li>`)}</ul>
    <p class="source">${roleSources()}</p>`;
}

/** Where the rules, the role names and the counter-evidence come from. */
export function roleSources(): string {
  return msg('Sources: the rules are those of the INCh research project (2014–2018); the role names come from Span, Luijkx, Schols & Schalk (2012), American Review of Public Administration 42(2). Counter-evidence: the INCh team’s own study, Raeymaeckers et al. in Voluntas (published online 2017), doi 10.1007/s11266-017-9920-7.', { id: 'rr.sources' });
}
