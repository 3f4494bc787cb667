/**
 * The views of a role recommender's result: the verdict and the roles in order, what
 * the role does, which answers point where, the evidence to weigh against it, and the
 * room screen's outcome. In the later chunk, with the later texts (later.ts): nothing
 * on a first screen imports this module statically.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DIRECTING_QUESTIONS, GOVERNANCE_QUESTIONS, ROLE_FACTORS, ROLES } from '../../../core/roles/index.js';
import { provenance } from '../../../internal/provenance.js';
import { basisText, factorTexts, joinAnd, progressText, roleTexts } from '../role-recommender.texts.js';
import { directingTexts, governanceTexts, inchMesoText, middleByModelText, orderTexts } from '../role-recommender.later-texts.js';
import type { RrContext } from './context.js';
import { renderRolesOverview, roleSources } from './role.js';
import { directingOutcome, governanceOutcome } from './typology.js';
import { blankScreen } from '../../../internal/controllers/room-screen.js';
import { roomTexts } from './room.js';

// The two typology views and the presenter's room-screen tools come with this chunk too: no first screen shows them.
export { renderDirecting, renderGovernance, typologySummary } from './typology.js';
export { renderRoomNotes, renderRoomTools, roomStatusText } from './room.js';
export { renderRoleLink, renderUndo, resetTexts, roleLinkMessage } from './tools.js';
export { laterStyles } from './later.styles.js';

/** The result once something is answered: the verdict, what the role does, why, and what to weigh against it. */
export function renderRoleAnswered(c: RrContext): TemplateResult {
  const r = c.result;
  return html`${renderRoleVerdict(c)}
    ${r.role ? renderMeaning(c, r.role) : r.tied.map((t) => renderMeaning(c, t))}
    ${renderReasons(c)}
    ${renderCounterEvidence(c)}`;
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

/** The answers given in the view shown, for the room screen's side column. */
function renderGiven(c: RrContext, view: string): TemplateResult {
  const roles = roleTexts();
  const rows: Array<[string, string, string?]> = view === 'governance'
    ? GOVERNANCE_QUESTIONS.filter((q) => c.governance[q.id]).map((q) => [governanceTexts()[q.id].question, governanceTexts()[q.id].options[c.governance[q.id]]])
    : view === 'directing'
      ? DIRECTING_QUESTIONS.filter((q) => c.directing[q.id]).map((q) => [directingTexts()[q.id].question, directingTexts()[q.id].options[c.directing[q.id]]])
      : c.result.reasons.map((r) => [factorTexts()[r.factor].question, factorTexts()[r.factor].poles[r.value], joinAnd(r.roles.map((role) => roles[role].name))]);
  const total = view === 'governance' ? GOVERNANCE_QUESTIONS.length : view === 'directing' ? DIRECTING_QUESTIONS.length : ROLE_FACTORS.length;
  return html`<section class="given" aria-labelledby="rr-given-title">
    ${c.heading(2, msg('The answers given', { id: 'rr.room.given' }), { id: 'rr-given-title' })}
    <p class="progress">${progressText(rows.length, total)}</p>
    ${rows.length ? html`<dl>${rows.map(([q, a, to]) => html`<dt>${q}</dt><dd><span class="answer">${a}</span>${to ? html` → <strong>${to}</strong>` : nothing}</dd>`)}</dl>` : nothing}
  </section>`;
}

/**
 * The room screen: what the room reads, large and without controls or key hints: the
 * result of the view the presenter shows (the role ordering in words and the evidence
 * against, each with where it comes from) beside the answers given, each with the roles
 * it points to (the reasons). Black when the presenter pressed B.
 */
export function renderRoomScreen(c: RrContext, view: string, blank: boolean): TemplateResult {
  return blank ? blankScreen(roomTexts().black) : renderRoomOutcome(c, view);
}

/** The room screen's result and the answers given. */
function renderRoomOutcome(c: RrContext, view: string): TemplateResult {
  const title = c.heading(0, msg('What fits your network', { id: 'rr.result.title' }), { id: 'rr-room-title', className: 'title' });
  const outcome = view === 'governance' ? governanceOutcome(c)
    : view === 'directing' ? directingOutcome(c)
    : c.result.answered === 0
      ? html`<p>${msg('Answer one or more questions to see which coordinator role fits your network best.', { id: 'rr.result.empty' })}</p>${renderRolesOverview()}`
      : html`${renderRoleVerdict(c)}${renderCounterEvidence(c)}`;
  return html`<section class="room-screen" part="result" aria-labelledby="rr-room-title">
    ${title}
    <div class="room-grid">
      <div class="room-main">${outcome}</div>
      <div class="room-side">${renderGiven(c, view)}</div>
    </div>
  </section>`;
}
