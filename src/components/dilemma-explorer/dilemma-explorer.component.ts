import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { msg, localized } from '@lit/localize';
import { state } from 'lit/decorators.js';
import {
  DILEMMAS, DILEMMA_KINDS, cleanDilemmaKinds, cleanDilemmaPositions, cleanDilemmaPriorities, cleanDilemmaRoomSplits,
  cleanDilemmaWorkshop, dilemmaProfile, encodeDilemmaWorkshop,
  type Dilemma, type DilemmaKind, type DilemmaMode, type DilemmaPositions, type DilemmaProfile,
  type DilemmaRoomSplits, type DilemmaWorkshopMove, type DilemmaWorkshopState, type DilemmaWorkshopStep,
} from '../../core/dilemmas/index.js';
import { SamenElement } from '../../internal/samen-element.js';
import { copy, json, oneOf, property } from '../../internal/cleaned-property.js';
import { tabList } from '../../internal/templates.js';
import { ShareController } from '../../internal/controllers/share.js';
import { RoomScreenController } from '../../internal/controllers/room-screen.js';
import type { QrCode } from '../../internal/controllers/qr.js';
import { adoptLaterStyles } from '../../internal/later-styles.js';
import { styles } from './dilemma-explorer.styles.js';
import { screenStyles } from './dilemma-explorer.screen.styles.js';
import { ExplorerActions } from './actions.js';
import { DetailsController } from './details.js';
import { explorerContext, type DxContext, type DilemmaView } from './views/context.js';
import { renderReflection } from './views/reflection.js';
import { renderTools } from './views/tools.js';

export type { DilemmaView } from './views/context.js';

/** The detail of `samen-change` from `<samen-dilemma-explorer>`: declared once, in the events map. */
export type { DilemmaChangeDetail } from '../../events.js';

/** The URL fragment parameter that carries a workshop handed on as a link. */
export const DILEMMA_LINK_PARAM = 'samen-dilemmas';

const MODES: readonly DilemmaMode[] = ['reflection', 'workshop'];

/**
 * @tagname samen-dilemma-explorer
 * @summary Explore the dilemmas of collaboration in a local network: place the network
 * between the two poles of each dilemma, mark the most pressing ones, and take their
 * questions to the next meeting. A workshop mode walks a room through one dilemma at a
 * time, records how the room stands, and can show it on a second (room) screen.
 *
 * @event samen-change - The user placed the network, marked a dilemma, recorded a count or loaded a file. Detail: `{ positions, priorities, splits, profile }`.
 *
 * @csspart tabs - The tab lists (mode; kinds and profile).
 * @csspart dilemma - Each dilemma card in reflection mode.
 * @csspart profile - The profile.
 * @csspart stage - The current workshop step.
 * @csspart blank - The black (pause) screen.
 *
 * @cssproperty --samen-color-primary - Buttons, chosen positions, bars.
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
export class SamenDilemmaExplorer extends SamenElement {
  static override styles: CSSResultGroup = [SamenElement.styles, styles, screenStyles];

  /** @internal */ _positions: DilemmaPositions = {};
  /** @internal */ _priorities: string[] = [];
  /** @internal */ _splits: DilemmaRoomSplits = {};
  /** @internal */ _kinds: DilemmaKind[] = [...DILEMMA_KINDS];
  /** @internal */ _mode: DilemmaMode = 'reflection';
  /** @internal */ _step: DilemmaWorkshopStep = 'opening';
  /** @internal */ _view: DilemmaView | null = null;

  /** @internal What screen readers hear after a user change. */
  @state() announcement = '';
  /** @internal A visible notice, e.g. about a file that could not be read. */
  @state() notice = '';
  /** @internal A visible confirmation of the last tool used. */
  @state() confirmation = '';
  /** @internal A visible note about a corrected count. */
  @state() corrected: DxContext['corrected'] = null;
  /** @internal True while the screen is black (B or full stop). */
  @state() blank = false;
  /** @internal The link shown once asked for, and the link drawn as a QR code. */
  @state() link = '';
  /** @internal */ @state() qrLink = '';
  /** @internal */ @state() qr: QrCode | null = null;

  /** @internal */ readonly actions = new ExplorerActions(this);
  /** @internal The texts no first screen shows, loaded when first needed. */ readonly details = new DetailsController(this);
  /** @internal */ readonly share = new ShareController(this, {
    param: DILEMMA_LINK_PARAM,
    encode: () => encodeDilemmaWorkshop(this.state),
    decode: (code) => this.actions.applyLink(code),
  });
  /** @internal */ readonly room = new RoomScreenController(this, {
    getState: () => ({ ...this.state, kinds: this._kinds, blank: this.blank, qr: this.qrLink }),
    // Kept until the later part (which shows it) is in: see willUpdate.
    applyState: (s) => { this.actions.roomState = s; this.requestUpdate(); },
    onCommand: (command) => this.actions.run((l) => (command === 'blank' ? l.toggleBlank(this.actions) : l.go(this.actions, command as DilemmaWorkshopMove))),
  });

  constructor() {
    super();
    // The facilitator's keys (workshop-keys.ts, in the later part): they act only while
    // the workshop or the room screen shows, and both show only once the later part is
    // in, so a remote's first press is handled. Captured on the shadow root: see there.
    const onKey = (event: Event) => {
      const later = this.details.later;
      if (!later || (this._mode !== 'workshop' && this.room.role !== 'room')) return;
      later.workshopKey(event as KeyboardEvent, {
        // On the room screen, a remote's keys drive the presenter's window, which the room screen follows.
        go: (move) => (this.room.role === 'room' ? this.room.command(move) : later.go(this.actions, move)),
        toggleBlank: () => (this.room.role === 'room' ? this.room.command('blank') : later.toggleBlank(this.actions)),
      });
    };
    this.addController({
      hostConnected: () => this.renderRoot.addEventListener('keydown', onKey, { capture: true }),
      hostDisconnected: () => this.renderRoot.removeEventListener('keydown', onKey, { capture: true }),
    });
  }

  /**
   * Where the network stands: `{ [dilemmaId]: number }` from -1 (first pole) to 1
   * (second pole). As an attribute: JSON. Out-of-range numbers are clamped; unknown ids
   * and non-numbers are ignored with a warning. Reading gives the cleaned positions.
   */
  @property(json(cleanDilemmaPositions), { get: copy })
  declare positions: DilemmaPositions;

  /**
   * The dilemmas marked as most pressing, most pressing first. As an attribute: a JSON
   * array or a space-separated list of ids. Unknown and repeated ids are dropped with a warning.
   */
  @property(
    // A plain list of ids is not JSON; only a JSON array goes through the JSON parser.
    (v, path, host) => (typeof v === 'string' && !v.trim().startsWith('[') ? cleanDilemmaPriorities(v) : json(cleanDilemmaPriorities)(v, path, host)),
    { get: copy },
  )
  declare priorities: string[];

  /**
   * The kinds shown, space- or comma-separated: `organisational`, `professional`,
   * `inclusion`, `practice`. Empty shows all; unknown kinds are ignored with a warning.
   */
  @property()
  get kinds(): string {
    return this._kinds.join(' ');
  }
  set kinds(input: string | null) {
    // Still a hand-written pair: it reads as a string but takes null too (the attribute
    // removed; the room screen's state without kinds, in actions.ts), which a declared
    // field's one type cannot say.
    const old = this.kinds;
    this._kinds = this.cleaned(cleanDilemmaKinds(input));
    this.requestUpdate('kinds', old);
  }

  /** The room's recorded split per dilemma: `{ [dilemmaId]: [n, n, n, n, n] }`, first pole to second. Attribute: JSON. */
  @property(json(cleanDilemmaRoomSplits), { get: (splits) => Object.fromEntries(Object.entries(splits).map(([k, v]) => [k, [...v]])) })
  declare splits: DilemmaRoomSplits;

  /** `reflection` (default: browse, place, prioritise) or `workshop` (one dilemma at a time). */
  @property(oneOf(MODES, 'reflection'), { reflect: true })
  declare mode: DilemmaMode;

  /** The workshop step: `opening`, a dilemma id, or `summary`. Unknown steps show the opening, with a warning. */
  @property((v) => {
    const { value, issues } = cleanDilemmaWorkshop({ step: v ?? undefined });
    return { value: value.step, issues };
  })
  declare step: DilemmaWorkshopStep;

  /** What reflection mode shows: a kind (`organisational`, …) or `profile`. Defaults to the first shown kind. */
  @property(oneOf<DilemmaView, null>(['profile', ...DILEMMA_KINDS], null), {
    // null: the first kind on display, which depends on `kinds`; a kind not shown reads as that too.
    get: (view, el: SamenDilemmaExplorer) => (view && (view === 'profile' || el._kinds.includes(view)) ? view : el._kinds[0]),
  })
  declare view: DilemmaView;

  /** The catalogue, read-only: `{ id, kind, poles, questions, mediating, answers, quote, sources, detailed }[]`. */
  get dilemmas(): readonly Dilemma[] {
    return DILEMMAS;
  }

  /** The profile of the shown dilemmas: `{ entries, pressing, questions, questionsFrom, counts }`. */
  get profile(): DilemmaProfile {
    return dilemmaProfile(this._positions, this._priorities, this._kinds);
  }

  /**
   * Everything needed to continue later: `{ mode, step, positions, priorities, splits }`.
   * Setting it restores a saved state (cleaned, with a warning for what was dropped).
   */
  get state(): DilemmaWorkshopState {
    return { mode: this._mode, step: this._step, positions: this.positions, priorities: this.priorities, splits: this.splits };
  }
  set state(input: unknown) {
    this.actions.apply(this.cleaned(cleanDilemmaWorkshop(input)));
  }

  /**
   * A page script that sets an attribute to the value it already has (a CMS re-render,
   * a framework's diff) must not replace what the user entered since.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return;
    super.attributeChangedCallback(name, old, value);
  }

  /** @internal Reports a core cleaning's issues and returns its value. */
  cleaned<T>(result: { value: T; issues: Parameters<SamenElement['warnAbout']>[0] }): T {
    this.warnAbout(result.issues);
    return result.value;
  }

  /** @internal For the actions: the base class's protected helpers. */
  warn(issues: Parameters<SamenElement['warnAbout']>[0]): void {
    this.warnAbout(issues);
  }

  /** @internal For the actions: fires `samen-change` and keeps a link the page was opened from up to date. */
  changed(): void {
    this.emit('samen-change', { positions: this.positions, priorities: this.priorities, splits: this.splits, profile: this.profile });
    this.share.changed();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The profile, the workshop and the room screen show the later texts: ask for them.
    if (this._mode === 'workshop' || this.view === 'profile' || this.room.role === 'room') this.details.want();
    const later = this.details.later;
    // The later views' styles come with them (adopted in the render that can first show one).
    if (later) adoptLaterStyles(this.renderRoot as ShadowRoot, later.laterStyles);
    // The room screen shows what the presenter's window sent once it can.
    if (later && this.actions.roomState !== undefined) {
      later.applyRoom(this.actions, this.actions.roomState);
      this.actions.roomState = undefined;
    }
    // The QR code is drawn on demand (the library loads only then), on both screens;
    // only the later part sets a link to draw.
    if (changed.has('qrLink')) later?.drawQr(this);
  }

  /** @internal The state and actions the views read, built once per render. */
  get context(): DxContext {
    return explorerContext(this);
  }

  override render(): TemplateResult {
    const c = this.context;
    const status = html`<div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>`;
    if (this.room.role === 'room') {
      return html`${c.later?.renderRoomScreen(c, this.blank) ?? c.waiting}${this.qr ? html`<div class="room-qr">${c.later?.renderQr(this.qr)}</div>` : nothing}${status}`;
    }
    const modes = [
      { id: 'reflection', label: msg('Reflection', { id: 'dx.mode.reflection' }) },
      { id: 'workshop', label: msg('Workshop', { id: 'dx.mode.workshop' }) },
    ];
    const workshop = this._mode === 'workshop';
    return html`
      <header class="head">
        <div>
          <h2>${msg('Dilemmas in our network', { id: 'dx.title' })}</h2>
          <p class="muted">${msg('A dilemma is a situation in which every possible choice also has drawbacks. Place your network between the two poles of each dilemma, mark the ones that matter most, and take their questions to your next meeting. There are no right answers.', { id: 'dx.intro' })}</p>
        </div>
        ${this.presentation || workshop
          ? html`<button type="button" class="no-print fullscreen" @click=${this.toggleFullscreen}>${msg('Full screen', { id: 'common.fullscreen' })}</button>`
          : nothing}
      </header>
      ${tabList(msg('Ways to use the explorer', { id: 'dx.modes' }), modes, this._mode, (id) => this.actions.selectMode(id as DilemmaMode), 'dx-mode')}
      <div id="dx-mode-panel" role="tabpanel" aria-labelledby="dx-mode-${this._mode}">
        ${workshop ? c.later?.renderWorkshop(c) ?? c.waiting : renderReflection(c)}
      </div>
      ${this.notice ? html`<p class="warning">${this.notice}</p>` : nothing}
      ${renderTools(this.actions.tools())}
      ${this.blank && this.room.status === 'open'
        ? html`<p class="note blank-note" role="note">${msg('The room screen is black. Press B or full stop to show it again.', { id: 'dx.blank.room' })}</p>`
        : this.blank ? c.later?.renderBlank() ?? nothing : nothing}
      ${status}
    `;
  }
}
