import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { msg, str, localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import {
  DIRECTING_QUESTIONS, DIRECTING_TYPES, GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS, ROLE_FACTORS, ROLES,
  cleanRoleAnswers, cleanTypologyAnswers, recommendRole, tallyTypology,
  type RoleAnswers, type RoleResult, type TypologyResult, type DirectingType, type GovernanceForm,
} from '../../core/roles/index.js';
import { SamenElement } from '../../internal/samen-element.js';
import { choiceGroup, meter, tabList } from '../../internal/templates.js';
import { provenance } from '../../internal/provenance.js';
import { ShareController } from '../../internal/controllers/share.js';
import { copyText } from '../../internal/files.js';
import { ROLE_LINK_PARAM, decodeRoleLink, encodeRoleLink, renderRoleLink, roleLinkButtonText, roleLinkMessage, type ShownLink } from './role-link.js';
import {
  directingTexts, directingTypeTexts, factorTexts, governanceFormTexts, governanceTexts, joinAnd, progressText, resetTexts, roleTexts,
} from './role-recommender.texts.js';
import { basisText, middleByModelText, orderTexts } from './role-recommender.texts.js';
import { styles } from './role-recommender.styles.js';

/** The views of the widget. */
export type RoleView = 'role' | 'governance' | 'directing';
const VIEWS: readonly RoleView[] = ['role', 'governance', 'directing'];

/** The detail of this element's `samen-change` event, declared with the other events in src/events.ts. */
export type { RoleChangeDetail } from '../../events.js';

/**
 * @tagname samen-role-recommender
 * @summary Which coordinator role fits a local network: facilitator, co-producer or
 * commissioner, with the reasons and the evidence against. Two further views give the
 * network governance form and local government's directing type.
 *
 * @event samen-change - The user changed an answer. Detail: `{ answers, result, governance, directing }`.
 *
 * @csspart question - Each question (a fieldset).
 * @csspart tabs - The tab list of the three views.
 * @csspart result - The result panel.
 *
 * @cssproperty --samen-color-primary - Buttons, chosen answers, bars.
 * @cssproperty --samen-color-text - Text.
 * @cssproperty --samen-color-background - Background.
 * @cssproperty --samen-color-surface - Background of cards.
 * @cssproperty --samen-color-border - Borders of the widget and its controls.
 * @cssproperty --samen-focus-color - The focus ring.
 * @cssproperty --samen-font-family - Font; inherits the page's by default.
 * @cssproperty --samen-radius - Corner radius.
 * @cssproperty --samen-space - Padding unit.
 */
@localized()
export class SamenRoleRecommender extends SamenElement {
  static override styles: CSSResultGroup = [SamenElement.styles, styles];

  private _answers: RoleAnswers = {};
  private _governance: Record<string, string> = {};
  private _directing: Record<string, string> = {};
  private _view: RoleView = 'role';

  /** What "Start again" cleared, until the user answers again: one stray tap loses nothing. */
  @state() private cleared: { answers: RoleAnswers; governance: Record<string, string>; directing: Record<string, string> } | null = null;
  /** The link last copied, shown until the next change makes it stale. */
  @state() private shownLink: ShownLink | null = null;

  /** @internal The answers as a `#samen-roles=` link, applied once per element. */
  readonly share = new ShareController(this, {
    param: ROLE_LINK_PARAM,
    encode: () => encodeRoleLink({ answers: this._answers, governance: this._governance, directing: this._directing }),
    decode: (code) => this.applyLink(code),
  });

  /**
   * The coordinator-role answers: factor id -> chosen pole (`commitment` low|high,
   * `consensus` high|low, `history` positive|negative, `diversity` high|low,
   * `participation` voluntary|mandatory, `continuity` stable|unstable, `time` much|little,
   * `addedValue` high|low, `trust` high|low). As an attribute: JSON. A missing key is
   * unanswered; unknown ids or values are ignored with a warning. Reading gives the
   * cleaned answers.
   */
  @property({ attribute: 'answers' })
  get answers(): RoleAnswers {
    return { ...this._answers };
  }
  set answers(input: unknown) {
    if (this.samePageValue('answers', input)) return;
    const old = this._answers;
    this._answers = this.cleanInput(input, 'answers', cleanRoleAnswers);
    this.requestUpdate('answers', old);
  }

  /**
   * Answers for the governance-form view (Provan & Kenis): `trust`
   * widely-shared|low-centralised|moderate, `size` few|moderate|many, `goalConsensus`
   * high|moderately-low|moderately-high, `competencies` low|moderate|high. Attribute: JSON.
   */
  @property({ attribute: 'governance' })
  get governance(): Record<string, string> {
    return { ...this._governance };
  }
  set governance(input: unknown) {
    if (this.samePageValue('governance', input)) return;
    const old = this._governance;
    this._governance = this.cleanInput(input, 'governance', (v) => cleanTypologyAnswers(GOVERNANCE_QUESTIONS, v, 'governance'));
    this.requestUpdate('governance', old);
  }

  /**
   * Answers for the directing-type view: each of `steering`, `boundaries`, `dependency`,
   * `alignment`, `goals`, `responsibility`, `vision`, `monitoring` is
   * municipality|joint|parties. Attribute: JSON.
   */
  @property({ attribute: 'directing' })
  get directing(): Record<string, string> {
    return { ...this._directing };
  }
  set directing(input: unknown) {
    if (this.samePageValue('directing', input)) return;
    const old = this._directing;
    this._directing = this.cleanInput(input, 'directing', (v) => cleanTypologyAnswers(DIRECTING_QUESTIONS, v, 'directing'));
    this.requestUpdate('directing', old);
  }

  /** The view shown: `role` (default), `governance` or `directing`. Unknown values show `role`, with a warning. */
  @property({ reflect: true })
  get view(): RoleView {
    return this._view;
  }
  set view(input: string) {
    const old = this._view;
    this._view = this.cleanChoice(input, VIEWS, 'role', 'view');
    this.requestUpdate('view', old);
  }

  /**
   * The recommendation: `{ role, tied, scores, reasons, lead, mixed, answered }`. `role`
   * is null while nothing is answered and when the top roles tie (`tied` names them).
   */
  get result(): RoleResult {
    return recommendRole(this._answers);
  }

  /** The governance-form tally: `{ type, tied, counts, answered }`. */
  get governanceResult(): TypologyResult<GovernanceForm> {
    return tallyTypology(GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS, this._governance);
  }

  /** The directing-type tally: `{ type, tied, counts, answered }`. */
  get directingResult(): TypologyResult<DirectingType> {
    return tallyTypology(DIRECTING_TYPES, DIRECTING_QUESTIONS, this._directing);
  }

  /** Applies a user's answer, announces the outcome and tells the page. */
  private answer(kind: 'answers' | 'governance' | 'directing', id: string, value: string): void {
    const field = kind === 'answers' ? '_answers' : kind === 'governance' ? '_governance' : '_directing';
    const next = { ...this[field] };
    if (value) next[id] = value;
    else delete next[id];
    this[field] = next as Record<string, string>;
    this.cleared = null;
    this.requestUpdate();
    this.announce(this.summary(kind));
    this.changed();
  }

  /** Applies a link's answers; a broken or foreign link gives one warning and keeps the defaults. */
  private applyLink(code: string): void {
    const read = decodeRoleLink(code);
    this.warnAbout(read.issues);
    if (!read.value) return;
    ({ answers: this._answers, governance: this._governance, directing: this._directing } = read.value);
    this.requestUpdate();
  }

  /** Copies the link; the outcome is shown and announced once. */
  private async copyLink(): Promise<void> {
    const link = this.share.link();
    const copied = await copyText(link);
    this.shownLink = { link, copied };
    this.announce(roleLinkMessage(copied));
  }

  private changed(): void {
    this.shownLink = null;
    this.share.changed();
    this.emit('samen-change', {
      answers: this.answers,
      result: this.result,
      governance: { answers: this.governance, result: this.governanceResult },
      directing: { answers: this.directing, result: this.directingResult },
    });
  }

  /** Clears every answer, keeping them for "Bring them back"; focus goes to that button. */
  private async reset(): Promise<void> {
    const answered = Object.keys(this._answers).length + Object.keys(this._governance).length + Object.keys(this._directing).length;
    if (answered) this.cleared = { answers: this._answers, governance: this._governance, directing: this._directing };
    this._answers = {};
    this._governance = {};
    this._directing = {};
    this.announce(answered ? resetTexts().clearedUndo : msg('All answers cleared.', { id: 'rr.cleared' }));
    this.requestUpdate();
    this.changed();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.undo')?.focus();
  }

  /** Undoes "Start again"; focus returns to the "Start again" button, which stays in place. */
  private async undoReset(): Promise<void> {
    if (!this.cleared) return;
    ({ answers: this._answers, governance: this._governance, directing: this._directing } = this.cleared);
    this.cleared = null;
    this.announce(resetTexts().restored);
    this.requestUpdate();
    this.changed();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.reset')?.focus();
  }

  /** A one-line summary of the current view's outcome, for the live region. */
  private summary(kind: 'answers' | 'governance' | 'directing'): string {
    const [best, tied, names] =
      kind === 'governance' ? [this.governanceResult.type, this.governanceResult.tied, governanceFormTexts()]
      : kind === 'directing' ? [this.directingResult.type, this.directingResult.tied, directingTypeTexts()]
      : [this.result.role, this.result.tied, roleTexts()];
    const name = (id: string) => (names as Record<string, { name: string }>)[id].name;
    if (best) return msg(str`Best fit: ${name(best)}.`, { id: 'rr.announce.best' });
    if (tied.length) return msg(str`No single best fit: ${joinAnd(tied.map(name))}.`, { id: 'rr.announce.tied' });
    return '';
  }

  override render(): TemplateResult {
    const tabs = [
      { id: 'role', label: msg('Coordinator role', { id: 'rr.tab.role' }) },
      { id: 'governance', label: msg('Governance form', { id: 'rr.tab.governance' }) },
      { id: 'directing', label: msg('Role of local government', { id: 'rr.tab.directing' }) },
    ];
    const select = (id: string) => {
      this._view = id as RoleView;
      this.requestUpdate('view');
    };
    return html`
      <header class="head">
        <div>
          ${this.renderTitle(msg('Which coordinator role fits your network?', { id: 'rr.title' }))}
          <p class="muted">${msg('Answer what you know about your network. "Don\'t know" is always a fine answer. The result is a starting point for discussion, not a verdict.', { id: 'rr.intro' })}</p>
        </div>
        ${this.renderFullscreenButton()}
      </header>
      ${tabList(msg('Views', { id: 'rr.tabs' }), tabs, this._view, select, 'rr-tab')}
      <div id="rr-tab-panel" role="tabpanel" aria-labelledby="rr-tab-${this._view}">
        ${this._view === 'governance' ? this.renderGovernance() : this._view === 'directing' ? this.renderDirecting() : this.renderRole()}
      </div>
      <div class="toolbar no-print">
        <button type="button" class="reset" @click=${this.reset}>${msg('Start again', { id: 'rr.reset' })}</button>
        <button type="button" class="copy-link" @click=${this.copyLink}>${roleLinkButtonText()}</button>
        ${this.cleared
          ? html`<span class="muted">${msg('All answers cleared.', { id: 'rr.cleared' })}</span>
            <button type="button" class="undo" @click=${this.undoReset}>${resetTexts().undo}</button>`
          : nothing}
      </div>
      ${renderRoleLink(this.shownLink)}
      ${this.renderStatus()}
    `;
  }

  private renderRole(): TemplateResult {
    const texts = factorTexts();
    const dontKnow = msg("Don't know", { id: 'common.dontKnow' });
    const answered = Object.keys(this._answers).length;
    return html`<div class="layout">
      <form class="questions" @submit=${(e: Event) => e.preventDefault()}>
        <p class="progress" id="rr-progress">${progressText(answered, ROLE_FACTORS.length)}</p>
        ${meter(answered / ROLE_FACTORS.length)}
        ${ROLE_FACTORS.map((f) =>
          choiceGroup(`rr-${f.id}`, texts[f.id].question,
            [...f.poles.map((p) => ({ value: p.value, label: texts[f.id].poles[p.value] })), { value: '', label: dontKnow }],
            this._answers[f.id], (v) => this.answer('answers', f.id, v)))}
      </form>
      <section class="result" part="result" aria-labelledby="rr-result-title">${this.renderRoleResult()}</section>
    </div>`;
  }

  private renderRoleResult(): TemplateResult {
    const r = this.result;
    const roles = roleTexts();
    const title = this.heading(1, msg('What fits your network', { id: 'rr.result.title' }), { id: 'rr-result-title' });
    if (r.answered === 0) {
      return html`${title}<p>${msg('Answer one or more questions to see which coordinator role fits your network best.', { id: 'rr.result.empty' })}</p>
        ${this.renderRolesOverview()}`;
    }
    const lead = {
      clear: msg('A clear lead: most answers point this way.', { id: 'rr.lead.clear' }),
      slight: msg('A slight lead: the answers leave room for another role. Talk it through with the partners.', { id: 'rr.lead.slight' }),
      tied: msg(str`No single role stands out: ${joinAnd(r.tied.map((t) => roles[t].name))} fit equally well.`, { id: 'rr.lead.tied' }),
      none: '',
    }[r.lead];
    const best = Math.max(...ROLES.map((role) => r.scores[role]));
    const texts = factorTexts();
    return html`${title}
      ${r.role ? html`<p class="verdict"><span class="muted">${msg('Best fit', { id: 'rr.result.best' })}</span> <strong>${roles[r.role].name}</strong></p>` : nothing}
      <p>${lead}</p>
      ${r.middleByModel ? html`<p class="note">${middleByModelText()} ${provenance('reading')}</p>` : nothing}
      ${r.mixed ? html`<p class="warning">${msg('Mixed signals: some answers point to a bottom-up role, others to a top-down one. A co-producer, or a combination of roles, may bridge them.', { id: 'rr.mixed' })} ${provenance('reading')}</p>` : nothing}
      <p class="muted small">${basisText(r.answered, ROLE_FACTORS.length)}</p>
      <ol class="scores" aria-label=${msg('The roles, from closest to furthest from your answers', { id: 'rr.scores.label' })}>
        ${orderTexts(r).map(({ role, text }) => html`<li class=${r.scores[role] === best ? 'top' : ''}>
            <span>${roles[role].name}: ${text}</span>
          </li>`)}
      </ol>
      ${r.role ? this.renderMeaning(r.role) : r.tied.map((t) => this.renderMeaning(t))}
      ${this.heading(2, msg('Why', { id: 'rr.why' }))}
      <ul class="reasons">
        ${r.reasons.map((reason) => html`<li>
          <span>${texts[reason.factor].poles[reason.value]}</span>
          <span class="muted">(${texts[reason.factor].question})</span>
          → <strong>${joinAnd(reason.roles.map((role) => roles[role].name))}</strong>
        </li>`)}
      </ul>
      ${this.renderCounterEvidence()}`;
  }

  private renderMeaning(role: (typeof ROLES)[number]): TemplateResult {
    const t = roleTexts()[role];
    return html`<div class="card meaning">
      ${this.heading(2, msg(str`What a ${t.name} does`, { id: 'rr.meaning.title' }))}
      <dl>
        <dt>${msg('Who decides', { id: 'rr.meaning.decides' })}</dt><dd>${t.decides}</dd>
        <dt>${msg('Who carries responsibility', { id: 'rr.meaning.responsibility' })}</dt><dd>${t.responsibility}</dd>
        <dt>${msg('Character', { id: 'rr.meaning.character' })}</dt><dd>${t.character}</dd>
        <dt>${msg('In practice', { id: 'rr.meaning.practice' })}</dt><dd>${t.practice} ${provenance('reading')}</dd>
      </dl>
    </div>`;
  }

  private renderRolesOverview(): TemplateResult {
    const roles = roleTexts();
    return html`<ul class="overview">${ROLES.map((role) => html`<li><strong>${roles[role].name}</strong>: ${roles[role].character}</li>`)}</ul>
      <p class="source">${this.roleSources()}</p>`;
  }

  private renderCounterEvidence(): TemplateResult {
    return html`${this.heading(2, msg('Evidence to weigh against it', { id: 'rr.counter.title' }))}
      <ul>
        <li>${msg('A study of three Belgian local networks by the INCh team itself, not an independent study, found that a commissioner and a co-producer built agreement on goals better than a facilitator: “The Governance of Public–Nonprofit Service Networks: A Comparison Between Three Types of Governance Roles”, Voluntas (published online 2017), doi 10.1007/s11266-017-9920-7. A bottom-up role does not automatically bring partners closer together.', { id: 'rr.counter.voluntas' })} ${provenance('finding', 'inch')}</li>
        <li>${msg('Roles can be combined. One-on-one talks between the coordinator and each partner let partners give input while the coordinator can still decide efficiently. A steering group with working groups balances efficiency against inclusion.', { id: 'rr.counter.synthesis' })} ${provenance('finding', 'inch')}</li>
        <li>${msg('There is no ultimate coordinator role: the right role depends on the network, and networks change.', { id: 'rr.counter.noUltimate' })} ${provenance('finding', 'inch')}</li>
      </ul>
      <p class="source">${this.roleSources()}</p>`;
  }

  private roleSources(): string {
    return msg('Sources: the rules are those of the INCh research project (2014–2018); the role names come from Span, Luijkx, Schols & Schalk (2012), American Review of Public Administration 42(2). Counter-evidence: the INCh team’s own study in Voluntas (published online 2017), doi 10.1007/s11266-017-9920-7.', { id: 'rr.sources' });
  }

  private renderGovernance(): TemplateResult {
    const texts = governanceTexts();
    const forms = governanceFormTexts();
    const r = this.governanceResult;
    return this.renderTypology(
      'gov', GOVERNANCE_QUESTIONS, texts, this._governance, (id, v) => this.answer('governance', id, v),
      html`${r.type ? html`<p class="verdict"><span class="muted">${msg('Best fit', { id: 'rr.result.best' })}</span> <strong>${forms[r.type].name}</strong></p><p>${forms[r.type].description}</p>`
        : r.tied.length ? html`<p>${msg(str`No single form stands out: ${joinAnd(r.tied.map((t) => forms[t].name))} fit equally well.`, { id: 'rr.gov.tied' })}</p>` : nothing}
      ${r.answered ? html`<ul class="overview">${GOVERNANCE_FORMS.filter((f) => f !== r.type).map((f) => html`<li><strong>${forms[f].name}</strong>: ${forms[f].description}</li>`)}</ul>`
        : html`<ul class="overview">${GOVERNANCE_FORMS.map((f) => html`<li><strong>${forms[f].name}</strong>: ${forms[f].description}</li>`)}</ul>`}
      <p class="note">${msg('Every form has to balance three tensions: efficiency against inclusion, legitimacy inside the network against legitimacy outside it, and flexibility against stability.', { id: 'rr.gov.tensions' })}</p>
      <p class="source">${msg('Source: Provan & Kenis (2008), Journal of Public Administration Research and Theory 18(2); as presented by Raeymaeckers.', { id: 'rr.gov.source' })}</p>`,
      r.answered,
    );
  }

  private renderDirecting(): TemplateResult {
    const texts = directingTexts();
    const types = directingTypeTexts();
    const r = this.directingResult;
    return this.renderTypology(
      'dir', DIRECTING_QUESTIONS, texts, this._directing, (id, v) => this.answer('directing', id, v),
      html`${r.type ? html`<p class="verdict"><span class="muted">${msg('Best fit', { id: 'rr.result.best' })}</span> <strong>${types[r.type].name}</strong></p><p>${types[r.type].description}</p>`
        : r.tied.length ? html`<p>${msg(str`No single type stands out: ${joinAnd(r.tied.map((t) => types[t].name))} fit equally well.`, { id: 'rr.dir.tied' })}</p>` : nothing}
      <ul class="overview">${DIRECTING_TYPES.filter((t) => t !== r.type).map((t) => html`<li><strong>${types[t].name}</strong>: ${types[t].description}</li>`)}</ul>
      <p class="source">${msg('Source: directing typologies of local government, INCh research project (2014–2018).', { id: 'rr.dir.source' })}</p>`,
      r.answered,
    );
  }

  /** The shared layout of the two typology views: questions left, outcome right. */
  private renderTypology(
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
        ${this.heading(1, msg('What fits your network', { id: 'rr.result.title' }), { id: `rr-${prefix}-title` })}
        ${outcome}
      </section>
    </div>`;
  }
}
