/**
 * The coordinator-role view: the nine questions beside the result (the role ordering in
 * words, the lead, the reasons and the evidence to weigh against it, each with where it
 * comes from). The result parts are shared with the room screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ROLE_FACTORS, ROLES } from '../../../core/roles/index.js';
import { choiceGroup, meter } from '../../../internal/templates.js';
import { provenance } from '../../../internal/provenance.js';
import { basisText, factorTexts, inchMesoText, joinAnd, middleByModelText, orderTexts, progressText, roleTexts } from '../role-recommender.texts.js';
import type { RrContext } from './context.js';

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

/** The verdict, the lead and the roles in order, closest first (words, not scores). */
export function renderRoleVerdict(c: RrContext): TemplateResult {
  const r = c.result;
  const roles = roleTexts();
  const lead = {
    clear: msg('A clear lead: most answers point this way.', { id: 'rr.lead.clear' }),
    slight: msg('A slight lead: the answers leave room for another role. Talk it through with the partners.', { id: 'rr.lead.slight' }),
    tied: msg(str`No single role stands out: ${joinAnd(r.tied.map((t) => roles[t].name))} fit equally well.`, { id: 'rr.lead.tied' }),
    none: '',
  }[r.lead];
  const best = Math.max(...ROLES.map((role) => r.scores[role]));
  return html`${r.role ? html`<p class="verdict"><span class="muted">${msg('Best fit', { id: 'rr.result.best' })}</span> <strong>${roles[r.role].name}</strong></p>` : nothing}
    <p>${lead}</p>
    ${r.middleByModel ? html`<p class="note">${middleByModelText()} ${provenance('reading')}</p>` : nothing}
    ${r.mixed ? html`<p class="warning">${msg('Mixed signals: some answers point to a bottom-up role, others to a top-down one. A co-producer, or a combination of roles, may bridge them.', { id: 'rr.mixed' })} ${provenance('reading')}</p>` : nothing}
    <p class="muted small">${basisText(r.answered, ROLE_FACTORS.length)}</p>
    <ol class="scores" aria-label=${msg('The roles, from closest to furthest from your answers', { id: 'rr.scores.label' })}>
      ${orderTexts(r).map(({ role, text }) => html`<li class=${r.scores[role] === best ? 'top' : ''}>
          <span>${msg(str`${roles[role].name}: ${text}`, { id: 'rr.order.item', desc: 'A role and how close it stands to the answers: "Facilitator: closest to your answers". French: no-break space before the colon.' })}</span>
        </li>`)}
    </ol>`;
}

/** Which answers point to which role. */
export function renderReasons(c: RrContext): TemplateResult {
  const roles = roleTexts();
  const texts = factorTexts();
  return html`${c.heading(2, msg('Why', { id: 'rr.why' }))}
    <ul class="reasons">
      ${c.result.reasons.map((reason) => html`<li>
        <span>${texts[reason.factor].poles[reason.value]}</span>
        <span class="muted">(${texts[reason.factor].question})</span>
        → <strong>${joinAnd(reason.roles.map((role) => roles[role].name))}</strong>
      </li>`)}
    </ul>`;
}

function renderRoleResult(c: RrContext): TemplateResult {
  const r = c.result;
  const title = c.heading(1, msg('What fits your network', { id: 'rr.result.title' }), { id: 'rr-result-title' });
  if (r.answered === 0) {
    return html`${title}<p>${msg('Answer one or more questions to see which coordinator role fits your network best.', { id: 'rr.result.empty' })}</p>
      ${renderRolesOverview()}`;
  }
  return html`${title}${renderRoleVerdict(c)}
    ${r.role ? renderMeaning(c, r.role) : r.tied.map((t) => renderMeaning(c, t))}
    ${renderReasons(c)}
    ${renderCounterEvidence(c)}`;
}

function renderMeaning(c: RrContext, role: (typeof ROLES)[number]): TemplateResult {
  const t = roleTexts()[role];
  return html`<div class="card meaning">
    ${c.heading(2, msg(str`What a ${t.name} does`, { id: 'rr.meaning.title' }))}
    <dl>
      <dt>${msg('Who decides', { id: 'rr.meaning.decides' })}</dt><dd>${t.decides}</dd>
      <dt>${msg('Who carries responsibility', { id: 'rr.meaning.responsibility' })}</dt><dd>${t.responsibility}</dd>
      <dt>${msg('Character', { id: 'rr.meaning.character' })}</dt><dd>${t.character}</dd>
      <dt>${msg('In practice', { id: 'rr.meaning.practice' })}</dt><dd>${t.practice} ${provenance('reading')}</dd>
    </dl>
  </div>`;
}

/** The three roles in a line each, before anything is answered. */
export function renderRolesOverview(): TemplateResult {
  const roles = roleTexts();
  return html`<ul class="overview">${ROLES.map((role) => html`<li><strong>${roles[role].name}</strong>: ${roles[role].character}</li>`)}</ul>
    <p class="source">${roleSources()}</p>`;
}

/** The evidence against the rule, each with its source, and the sources of the rules. */
export function renderCounterEvidence(c: RrContext): TemplateResult {
  return html`${c.heading(2, msg('Evidence to weigh against it', { id: 'rr.counter.title' }))}
    <ul class="counter">
      <li>${msg('A study of three Belgian local networks by the INCh team itself, not an independent study, found that a commissioner and a co-producer built agreement on goals better than a facilitator: Raeymaeckers et al., “The Governance of Public–Nonprofit Service Networks: A Comparison Between Three Types of Governance Roles”, Voluntas (published online 2017), doi 10.1007/s11266-017-9920-7. A bottom-up role does not automatically bring partners closer together.', { id: 'rr.counter.voluntas' })} ${provenance('finding', 'inch')}</li>
      <li>${msg('Roles can be combined. One-on-one talks between the coordinator and each partner let partners give input while the coordinator can still decide efficiently. A steering group with working groups balances efficiency against inclusion.', { id: 'rr.counter.synthesis' })} ${provenance('finding', 'inch')}</li>
      <li>${msg('There is no ultimate coordinator role: the right role depends on the network, and networks change.', { id: 'rr.counter.noUltimate' })} ${provenance('finding', 'inch')}</li>
      <li>${inchMesoText()} ${provenance('finding', 'inch')}</li>
    </ul>
    <p class="source">${roleSources()}</p>`;
}

function roleSources(): string {
  return msg('Sources: the rules are those of the INCh research project (2014–2018); the role names come from Span, Luijkx, Schols & Schalk (2012), American Review of Public Administration 42(2). Counter-evidence: the INCh team’s own study, Raeymaeckers et al. in Voluntas (published online 2017), doi 10.1007/s11266-017-9920-7.', { id: 'rr.sources' });
}
