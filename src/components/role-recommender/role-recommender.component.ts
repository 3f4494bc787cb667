import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { msg, localized } from '@lit/localize';
import { state } from 'lit/decorators.js';
import {
  DIRECTING_QUESTIONS, DIRECTING_TYPES, GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS,
  cleanRoleAnswers, cleanTypologyAnswers, recommendRole, tallyTypology,
  type RoleAnswers, type RoleResult, type TypologyResult, type DirectingType, type GovernanceForm,
} from '../../core/roles/index.js';
import { SamenElement } from '../../internal/samen-element.js';
import { copy, json, oneOf, property } from '../../internal/cleaned-property.js';
import { tabList } from '../../internal/templates.js';
import { ShareController } from '../../internal/controllers/share.js';
import { RoomScreenController, roomScreenStyles, type RemoteCommand, type RoomStatus } from '../../internal/controllers/room-screen.js';
import { copyText } from '../../internal/files.js';
import { ROLE_LINK_PARAM, decodeRoleLink, encodeRoleLink, type RoleLinkState, type ShownLink } from './role-link.js';
import { roleTexts } from './role-recommender.texts.js';
import { outcomeSummary } from './announce.js';
import { styles } from './role-recommender.styles.js';
import type { AnswerKind, RrContext } from './views/context.js';
import { renderRole } from './views/role.js';
import { later, laterFailedText, laterTexts } from '../../internal/controllers/lazy-texts.js';
import { adoptLaterStyles } from '../../internal/later-styles.js';
import { rrLater, type RrOutcome } from './views/later.js';
import { renderToolbar, viewTabs } from './views/toolbar.js';

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
  static override styles: CSSResultGroup = [SamenElement.styles, styles, roomScreenStyles];

  private _answers: RoleAnswers = {};
  private _governance: Record<string, string> = {};
  private _directing: Record<string, string> = {};
  private _view: RoleView = 'role';


  /** What "Start again" cleared, until the user answers again: one stray tap loses nothing. */
  @state() private cleared: RoleLinkState | null = null;
  /** The link last copied, shown until the next change makes it stale. */
  @state() private shownLink: ShownLink | null = null;

  /** True while the screen (the room screen, when one is open) is black: B or full stop. */
  @state() private blank = false;
  /** What the room-screen button did last, shown until it is pressed again. */
  @state() private roomSaid: RoomStatus | null = null;

  /**
   * @internal The room screen (issue 10): a second window that shows the result and the
   * answers given, following this window. In presentation mode, Page Up/Down move
   * between the views and B or full stop blacks the room screen out.
   */
  readonly room = new RoomScreenController(this, {
    // The answers go as the link's code: the room screen reads them with the link's cleaning.
    getState: () => ({ view: this._view, code: encodeRoleLink(this.linkState), blank: this.blank }),
    applyState: (s) => this.applyRoom(s as { view?: unknown; code?: unknown; blank?: unknown } | null),
    keys: { active: () => this.presentation, run: (command) => this.remote(command) },
  });

  /** @internal The answers as a `#samen-roles=` link, applied once per element. */
  readonly share = new ShareController(this, {
    param: ROLE_LINK_PARAM,
    encode: () => encodeRoleLink(this.linkState),
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
  @property(json(cleanRoleAnswers), { keep: true, get: copy })
  declare answers: RoleAnswers;

  /**
   * Answers for the governance-form view (Provan & Kenis): `trust`
   * widely-shared|low-centralised|moderate, `size` few|moderate|many, `goalConsensus`
   * high|moderately-low|moderately-high, `competencies` low|moderate|high. Attribute: JSON.
   */
  @property(json((v) => cleanTypologyAnswers(GOVERNANCE_QUESTIONS, v, 'governance')), { keep: true, get: copy })
  declare governance: Record<string, string>;

  /**
   * Answers for the directing-type view: each of `steering`, `boundaries`, `dependency`,
   * `alignment`, `goals`, `responsibility`, `vision`, `monitoring` is
   * municipality|joint|parties. Attribute: JSON.
   */
  @property(json((v) => cleanTypologyAnswers(DIRECTING_QUESTIONS, v, 'directing')), { keep: true, get: copy })
  declare directing: Record<string, string>;

  /** The view shown: `role` (default), `governance` or `directing`. Unknown values show `role`, with a warning. */
  @property(oneOf(VIEWS, 'role'), { reflect: true })
  declare view: RoleView;

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

  private get linkState(): RoleLinkState {
    return { answers: this._answers, governance: this._governance, directing: this._directing };
  }

  /** Applies a user's answer, announces the outcome and tells the page. */
  private answer(kind: AnswerKind, id: string, value: string): void {
    const field = kind === 'answers' ? '_answers' : kind === 'governance' ? '_governance' : '_directing';
    const next = { ...this[field] };
    if (value) next[id] = value;
    else delete next[id];
    this[field] = next as Record<string, string>;
    this.cleared = null;
    this.requestUpdate();
    // The typology views come with the later chunk (their questions too), so it is in when they are answered.
    this.announce(kind === 'answers' ? outcomeSummary(this.result.role, this.result.tied, roleTexts()) : this.views?.typologySummary(kind, this) ?? '');
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

  /** On the room screen: shows what the presenter's window sent (cleaned: it is input too). */
  private applyRoom(s: { view?: unknown; code?: unknown; blank?: unknown } | null): void {
    this.applyLink(String(s?.code ?? ''));
    this._view = VIEWS.includes(s?.view as RoleView) ? (s?.view as RoleView) : 'role';
    this.blank = s?.blank === true;
    this.presentation = true;
  }

  /** A remote's key: the next or previous view (focus follows to its tab), or the black screen. */
  private async remote(command: RemoteCommand): Promise<void> {
    if (command === 'blank') {
      this.blank = !this.blank;
      return;
    }
    const at = VIEWS.indexOf(this._view) + (command === 'next' ? 1 : -1);
    if (at < 0 || at >= VIEWS.length) return;
    this._view = VIEWS[at];
    this.requestUpdate('view');
    await this.updateComplete;
    // The control that had focus may be gone with the old view: focus goes to the new tab, never to the body.
    this.renderRoot.querySelector<HTMLElement>(`#rr-tab-${this._view}`)?.focus();
  }

  /** The later part's views when they are in (texts in the language shown too), else undefined. */
  private get views(): RrOutcome | undefined {
    const group = laterTexts(this, rrLater);
    return group.ready ? group.module : undefined;
  }

  /**
   * Loads the later part for an action (undefined when it cannot be loaded; what needed
   * it then shows the failure and Try again). Call it as `this.views ?? await
   * this.loadViews()`: an action whose part is in then finishes without waiting.
   */
  private async loadViews(): Promise<RrOutcome | undefined> {
    await laterTexts(this, rrLater).request(true).catch(() => undefined);
    return this.views;
  }

  /** Copies the link; the outcome is shown and announced once. */
  private async copyLink(): Promise<void> {
    const link = this.share.link();
    // The copy starts in the click (the clipboard allows it only there); its words come with the later part.
    const copied = await copyText(link);
    const views = this.views ?? (await this.loadViews());
    this.shownLink = { link, copied };
    if (views) this.announce(views.roleLinkMessage(copied));
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
    if (answered) this.cleared = this.linkState;
    this._answers = {};
    this._governance = {};
    this._directing = {};
    this.requestUpdate();
    this.changed();
    // What it says, and the button that brings the answers back, come with the later part;
    // if that cannot load, the undo offer's place says so (with Try again), else the status does.
    const views = this.views ?? (await this.loadViews());
    if (views) this.announce(answered ? views.resetTexts().clearedUndo : views.resetTexts().cleared);
    else if (!answered) this.announce(laterFailedText());
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.undo')?.focus();
  }

  /** Undoes "Start again"; focus returns to the "Start again" button, which stays in place. */
  private async undoReset(): Promise<void> {
    if (!this.cleared) return;
    ({ answers: this._answers, governance: this._governance, directing: this._directing } = this.cleared);
    this.cleared = null;
    // The undo button came with the later part: it is in.
    this.announce(this.views?.resetTexts().restored ?? '');
    this.requestUpdate();
    this.changed();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.reset')?.focus();
  }

  override render(): TemplateResult {
    const c: RrContext = {
      answers: this._answers, governance: this._governance, directing: this._directing, result: this.result,
      governanceResult: this.governanceResult, directingResult: this.directingResult,
      heading: (depth, content, options) => this.heading(depth, content, options),
      answer: (kind, id, value) => this.answer(kind, id, value),
    };
    // The room screen and the presenter's room tools come with the later chunk (a loading line until then).
    // Asking for the controller is also what makes the first focus or press inside the widget fetch the later part.
    const views = this.views;
    // The later views' styles come with them (adopted in the render that can first show one).
    if (views) adoptLaterStyles(this.renderRoot as ShadowRoot, views.laterStyles);
    if (this.room.role === 'room') return html`${later(rrLater, (views) => views.renderRoomScreen(c, this._view, this.blank))}${this.renderStatus()}`;
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
        ${this.presentation ? html`<div class="head-tools">${this.renderFullscreenButton()}${later(rrLater, (v) => v.renderRoomTools(this.room, () => this.announce(v.roomStatusText((this.roomSaid = this.room.toggle())))))}</div>` : nothing}
      </header>
      ${this.presentation && views ? views.renderRoomNotes(this.room, this.roomSaid, this.blank) : nothing}
      ${tabList(msg('Views', { id: 'rr.tabs' }), viewTabs(), this._view, select, 'rr-tab')}
      <div id="rr-tab-panel" role="tabpanel" aria-labelledby="rr-tab-${this._view}">
        ${this._view === 'role' ? renderRole(c) : later(rrLater, (views) => (this._view === 'governance' ? views.renderGovernance(c) : views.renderDirecting(c)))}
      </div>
      ${renderToolbar({
        cleared: !!this.cleared, shownLink: this.shownLink, reset: () => void this.reset(), undo: () => void this.undoReset(), copyLink: () => void this.copyLink(),
      })}
      ${this.renderStatus()}
    `;
  }
}
