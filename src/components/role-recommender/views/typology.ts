/**
 * The two typology views (governance form after Provan & Kenis; the role of local
 * government): questions beside the outcome. The outcomes are shared with the room screen.
 * In the later chunk (later.ts, through outcome.ts) with their texts: the first screen
 * is the coordinator-role view, and a user who opens another view has started using the
 * widget, so the chunk is usually in by then (else the view shows the loading line).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DIRECTING_QUESTIONS, DIRECTING_TYPES, GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS } from '../../../core/roles/index.js';
import { choiceGroup, meter } from '../../../internal/templates.js';
import { joinAnd, progressText } from '../role-recommender.texts.js';
import { directingTexts, directingTypeTexts, governanceFormTexts, governanceTexts } from '../role-recommender.later-texts.js';
import { outcomeSummary } from '../announce.js';
import type { RrContext } from './context.js';

/** What the live region says after an answer in a typology view: its best fit, or the tie. */
export function typologySummary(kind: 'governance' | 'directing', c: Pick<RrContext, 'governanceResult' | 'directingResult'>): string {
  const [r, names] = kind === 'governance' ? [c.governanceResult, governanceFormTexts()] : [c.directingResult, directingTypeTexts()];
  return outcomeSummary(r.type, r.tied, names);
}

/** The governance form that fits, the others, the tensions and the source. */
export function governanceOutcome(c: RrContext): TemplateResult {
  const forms = governanceFormTexts();
  const r = c.governanceResult;
  const verdict = html`${r.type ? html`<p class="verdict"><span class="muted">${msg('Best fit', { id: 'rr.result.best' })}</span> <strong>${forms[r.type].name}</strong></p><p>${forms[r.type].description}</p>`
      : r.tied.length ? html`<p>${msg(str`No single form stands out: ${joinAnd(r.tied.map((t) => forms[t].name))} fit equally well.`, { id: 'rr.gov.tied' })}</p>` : nothing}
    <ul class="overview">${GOVERNANCE_FORMS.filter((f) => f !== r.type).map((f) => html`<li><strong>${forms[f].name}</strong>: ${forms[f].description}</li>`)}</ul>`;
  return html`${r.answered ? verdict
      : html`<ul class="overview">${GOVERNANCE_FORMS.map((f) => html`<li><strong>${forms[f].name}</strong>: ${forms[f].description}</li>`)}</ul>`}
    <p class="note">${msg('Every form has to balance three tensions: efficiency against inclusion, legitimacy inside the network against legitimacy outside it, and flexibility against stability.', { id: 'rr.gov.tensions' })}</p>
    <p class="source">${msg('Source: Provan & Kenis (2008), Journal of Public Administration Research and Theory 18(2); as presented by Raeymaeckers.', { id: 'rr.gov.source' })}</p>`;
}

/** The directing type that fits, the others and the source. */
export function directingOutcome(c: RrContext): TemplateResult {
  const types = directingTypeTexts();
  const r = c.directingResult;
  const verdict = html`${r.type ? html`<p class="verdict"><span class="muted">${msg('Best fit', { id: 'rr.result.best' })}</span> <strong>${types[r.type].name}</strong></p><p>${types[r.type].description}</p>`
      : r.tied.length ? html`<p>${msg(str`No single type stands out: ${joinAnd(r.tied.map((t) => types[t].name))} fit equally well.`, { id: 'rr.dir.tied' })}</p>` : nothing}`;
  return html`${r.answered ? verdict : nothing}
    <ul class="overview">${DIRECTING_TYPES.filter((t) => t !== r.type).map((t) => html`<li><strong>${types[t].name}</strong>: ${types[t].description}</li>`)}</ul>
    <p class="source">${msg('Source: directing typologies of local government, INCh research project (2014–2018).', { id: 'rr.dir.source' })}</p>`;
}

/** The governance-form view. */
export function renderGovernance(c: RrContext): TemplateResult {
  return renderTypology(c, 'gov', GOVERNANCE_QUESTIONS, governanceTexts(), c.governance,
    (id, v) => c.answer('governance', id, v), governanceOutcome(c), c.governanceResult.answered);
}

/** The view of local government's directing type. */
export function renderDirecting(c: RrContext): TemplateResult {
  return renderTypology(c, 'dir', DIRECTING_QUESTIONS, directingTexts(), c.directing,
    (id, v) => c.answer('directing', id, v), directingOutcome(c), c.directingResult.answered);
}

/** The shared layout of the two typology views: questions left, outcome right. */
function renderTypology(
  c: RrContext,
  prefix: string,
  questions: ReadonlyArray<{ id: string; options: ReadonlyArray<{ value: string }> }>,
  texts: Record<string, { question: string; options: Record<string, string> }>,
  answers: Record<string, string>,
  onChoose: (id: string, value: string) => void,
  outcome: TemplateResult,
  answered: number,
): TemplateResult {
  const dontKnow = msg("Don't know", { id: 'common.dontKnow' });
  return html`<div class="layout">
    <form class="questions" @submit=${(e: Event) => e.preventDefault()}>
      <p class="progress">${progressText(answered, questions.length)}</p>
      ${meter(answered / questions.length)}
      ${questions.map((q) => choiceGroup(`rr-${prefix}-${q.id}`, texts[q.id].question,
        [...q.options.map((o) => ({ value: o.value, label: texts[q.id].options[o.value] })), { value: '', label: dontKnow }],
        answers[q.id], (v) => onChoose(q.id, v)))}
    </form>
    <section class="result" part="result" aria-labelledby="rr-${prefix}-title">
      ${c.heading(1, msg('What fits your network', { id: 'rr.result.title' }), { id: `rr-${prefix}-title` })}
      ${outcome}
    </section>
  </div>`;
}
