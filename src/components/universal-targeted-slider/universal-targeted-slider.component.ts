import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, localized } from '@lit/localize';
import { state } from 'lit/decorators.js';
import {
  SLIDER_DEFAULT, SLIDER_STOPS,
  cleanServices, cleanSliderValue, portfolioGaps, sliderFormValue, sliderResult,
  type SliderPortfolio, type SliderResult, type SliderService,
} from '../../core/proportionate/index.js';
import { SamenElement } from '../../internal/samen-element.js';
import { FormAssociated } from '../../internal/form-associated.js';
import { json, oneOf, property } from '../../internal/cleaned-property.js';
import { tabList } from '../../internal/templates.js';
import { ShareController } from '../../internal/controllers/share.js';
import { RoomScreenController, roomScreenButton, roomScreenStyles, type RemoteCommand, type RoomStatus } from '../../internal/controllers/room-screen.js';
import { laterFailedText, laterTexts } from '../../internal/controllers/lazy-texts.js';
import { copyText } from '../../internal/files.js';
import { SLIDER_LINK_PARAM, decodeSliderLink, encodeSliderLink, renderSliderTools, type ShownLink } from './slider-link.js';
import { bandTexts, riskTexts, stopTexts } from './universal-targeted-slider.texts.js';
import type { PortfolioEditor } from './portfolio-editor.js';
import { styles } from './universal-targeted-slider.styles.js';
import type { UtContext } from './views/context.js';
import { renderPosition } from './views/position.js';
import { laterView, utLater, type UtViews } from './views/later.js';

/** The views of the widget. */
export type SliderView = 'position' | 'portfolio';
const VIEWS: readonly SliderView[] = ['position', 'portfolio'];

/** How far Page Up / Page Down move the slider: half a stop. */
const PAGE_STEP = 10;
/** The detail of this element's `samen-change` event, declared with the other events in src/events.ts. */
export type { SliderChangeDetail } from '../../events.js';

/**
 * @tagname samen-universal-targeted-slider
 * @summary Proportionate universalism made tangible: place an offer between fully
 * universal (for every family) and fully targeted (only for the families with the most
 * needs) and see whom it reaches and what it risks. A portfolio view places a network's
 * services on the same line and names the gaps. Form-associated: with a `name`, the
 * position is submitted with a host form.
 *
 * @event samen-change - The user moved the slider or changed the portfolio. Detail: `{ value, result, services, gaps }`.
 *
 * @csspart tabs - The tab list of the two views.
 * @csspart scale - The stops and the slider.
 * @csspart result - What the position reaches and risks.
 * @csspart portfolio - The portfolio line and its gaps.
 *
 * @cssproperty --samen-color-primary - The slider, the current stop, bars.
 * @cssproperty --samen-color-text - Text.
 * @cssproperty --samen-color-background - Background.
 * @cssproperty --samen-color-surface - Background of cards and of the stops.
 * @cssproperty --samen-color-border - Borders of the widget and its controls.
 * @cssproperty --samen-focus-color - The focus ring.
 * @cssproperty --samen-font-family - Font; inherits the page's by default.
 * @cssproperty --samen-radius - Corner radius.
 * @cssproperty --samen-space - Padding unit.
 */
@localized()
export class SamenUniversalTargetedSlider extends FormAssociated(SamenElement) {
  static override styles: CSSResultGroup = [SamenElement.styles, styles, roomScreenStyles];

  private _value = SLIDER_DEFAULT;
  private _services: SliderService[] = [];
  private _view: SliderView = 'position';

  /** The link last copied, shown until the next change makes it stale. */
  @state() private shownLink: ShownLink | null = null;

  /** True while the screen (the room screen, when one is open) is black: B or full stop. */
  @state() private blank = false;
  /** What the room-screen button did last, shown until it is pressed again. */
  @state() private roomSaid: RoomStatus | null = null;

  /** Adding and removing services, and the new service's draft: made when the portfolio view first shows (later chunk). */
  #editor: PortfolioEditor | null = null;

  /** @internal The position and portfolio as a `#samen-slider=` link, applied once per element. */
  readonly share = new ShareController(this, {
    param: SLIDER_LINK_PARAM,
    encode: () => encodeSliderLink({ value: this._value, services: this._services }),
    decode: (code) => this.applyLink(code),
  });

  /**
   * @internal The room screen (issue 10): a second window that shows the position, what
   * it reaches and risks, or the portfolio, following this window. In presentation mode,
   * Page Up/Down move the offer a stop and B or full stop blacks the room screen out.
   */
  readonly room = new RoomScreenController(this, {
    // The state goes as the link's code: the room screen reads it with the link's cleaning.
    getState: () => ({ view: this._view, code: encodeSliderLink({ value: this._value, services: this._services }), blank: this.blank }),
    applyState: (s) => this.applyRoom(s as { view?: unknown; code?: unknown; blank?: unknown } | null),
    keys: { active: () => this.presentation, run: (command) => this.remote(command) },
  });

  /**
   * The position, 0 (fully universal) to 100 (fully targeted); default 50, proportionate
   * universalism. Numbers and numeric strings outside 0..100 are clamped, anything else
   * gives 50; both with a warning. As an attribute it is also the value a form reset
   * returns to.
   */
  @property(cleanSliderValue, { keep: true })
  declare value: number;

  /**
   * The network's services for the portfolio view: `{ name, value }[]`, value 0..100 as
   * for `value`. As an attribute: JSON. Entries without a name or a usable value, and
   * repeated names, are left out with a warning; values outside 0..100 are clamped.
   */
  @property(json(cleanServices), { keep: true, get: (list) => list.map((s) => ({ ...s })) })
  declare services: SliderService[];

  /** The view shown: `position` (default) or `portfolio`. Unknown values show `position`, with a warning. */
  @property(oneOf(VIEWS, 'position'), { reflect: true })
  declare view: SliderView;

  /**
   * What the position means: `{ value, stop, reaches, risks, totalRisk, proportionate,
   * proportionality, towardProportionate }`. `stop` is one of 'community', 'universal',
   * 'universal-plus', 'targeted', 'specialist'; `risks` are `{ id, level, band, side,
   * source }`, strongest first, with ids such as 'poor-reach', 'matthew-effect',
   * 'stigma', 'threshold-exclusion'.
   */
  get result(): SliderResult {
    return sliderResult(this._value);
  }

  /** The portfolio on the line: `{ byStop, gaps }`, the services grouped by stop in scale order and the gaps found. */
  get portfolio(): SliderPortfolio {
    return portfolioGaps(this._services);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Not an event: keeping the submitted value current is the form's business.
    this.setFormValue(sliderFormValue(this._value));
  }

  /** A form reset returns to the position given as the `value` attribute, or 50. */
  formResetCallback(): void {
    this._value = cleanSliderValue(this.getAttribute('value')).value;
    this.requestUpdate();
  }

  // ---- user actions -------------------------------------------------------------

  /** Moves the slider for the user and tells the page. */
  private moveTo(value: number, announce: boolean): void {
    const next = cleanSliderValue(value).value;
    if (next === this._value && !announce) return;
    this._value = next;
    this.requestUpdate();
    if (announce) this.announce(this.summary());
    this.changed();
  }

  private onInput(event: Event): void {
    // Every step while dragging moves the result; the summary is read once, on release.
    this.moveTo(Number((event.target as HTMLInputElement).value), false);
  }

  private onRangeKey(event: KeyboardEvent): void {
    // The platform's Page Up/Down step differs between browsers; make it half a stop.
    const delta = event.key === 'PageUp' ? PAGE_STEP : event.key === 'PageDown' ? -PAGE_STEP : 0;
    if (!delta) return;
    event.preventDefault();
    this.moveTo(Math.round(this._value) + delta, true);
  }

  /** Applies a link's state; a broken or foreign link gives one warning and keeps the defaults. */
  private applyLink(code: string): void {
    const read = decodeSliderLink(code);
    this.warnAbout(read.issues);
    if (!read.value) return;
    ({ value: this._value, services: this._services } = read.value);
    this.requestUpdate();
  }

  /** On the room screen: shows what the presenter's window sent. */
  private applyRoom(s: { view?: unknown; code?: unknown; blank?: unknown } | null): void {
    this.applyLink(String(s?.code ?? ''));
    this._view = VIEWS.includes(s?.view as SliderView) ? (s?.view as SliderView) : 'position';
    this.blank = s?.blank === true;
    this.presentation = true;
  }

  /** A remote's key: the offer to the next or previous stop's centre (position view), or the black screen. */
  private remote(command: RemoteCommand): void {
    if (command === 'blank') {
      this.blank = !this.blank;
      return;
    }
    if (this._view !== 'position') return;
    const v = this._value;
    const stop = command === 'next' ? SLIDER_STOPS.find((s) => s.center > v + 0.5) : [...SLIDER_STOPS].reverse().find((s) => s.center < v - 0.5);
    if (stop) this.moveTo(stop.center, true);
  }

  /** Copies the link (in the click: the clipboard needs it); the outcome is shown and announced once. */
  private async copyLink(): Promise<void> {
    const link = this.share.link();
    const copied = await copyText(link);
    this.shownLink = { link, copied };
    this.sayLater((v) => v.sliderLinkMessage(copied));
  }

  private changed(): void {
    this.shownLink = null;
    this.share.changed();
    this.emit('samen-change', {
      value: this._value,
      result: this.result,
      services: this.services,
      gaps: this.portfolio.gaps.map((g) => g.id),
    });
  }

  /** The stop and the strongest risk, for the live region. */
  private summary(): string {
    const r = this.result;
    const stop = stopTexts()[r.stop].name;
    const [top] = r.risks;
    if (!top) return `${stop}.`;
    return `${stop}. ${msg(str`Strongest risk: ${riskTexts()[top.id].name} (${bandTexts()[top.band]}).`, { id: 'ut.announce.risk' })}`;
  }

  /** The portfolio editor, made once the later chunk that holds it is in. */
  private editor(views: UtViews): PortfolioEditor {
    return (this.#editor ??= new views.PortfolioEditor(this, {
      list: () => this._services, setList: (list) => (this._services = list), portfolio: () => this.portfolio,
      say: (m) => this.announce(m), changed: () => this.changed(),
    }));
  }

  /**
   * Says, once, what an action did, in words of the later group: what the room-screen
   * button did (the window opened, or not, in the click itself) or what copying the
   * link did. The group was asked for when presentation mode rendered, or at the first
   * press in the widget, so it is nearly always in; else the words come when it does.
   */
  private sayLater(words: (views: UtViews) => string): void {
    const group = laterTexts(this, utLater);
    if (group.ready) this.announce(words(group.module!));
    else group.request(true).then(() => this.announce(words(group.module!)), () => this.announce(laterFailedText()));
  }

  // ---- rendering -------------------------------------------------------------------

  override render(): TemplateResult {
    const c: UtContext = {
      result: this.result, portfolio: this.portfolio,
      heading: (depth, content, options) => this.heading(depth, content, options),
      moveTo: (value, announce) => this.moveTo(value, announce), onInput: (e) => this.onInput(e),
      onChange: () => this.announce(this.summary()), onRangeKey: (e) => this.onRangeKey(e),
    };
    if (this.room.role === 'room') return html`${laterView(this, (v) => v.renderRoomScreen(c, this._view, this.blank))}${this.renderStatus()}`;
    const tabs = [
      { id: 'position', label: msg('Position of an offer', { id: 'ut.tab.position' }) },
      { id: 'portfolio', label: msg('Our offer on the line', { id: 'ut.tab.portfolio' }) },
    ];
    const select = (id: string) => {
      this._view = id as SliderView;
      this.requestUpdate('view');
    };
    const toggleRoom = () => {
      const said = (this.roomSaid = this.room.toggle());
      this.sayLater((v) => v.roomStatusText(said));
    };
    return html`
      <header class="head">
        <div>
          ${this.renderTitle(msg('For every family, or for the families who need it most?', { id: 'ut.title' }))}
          <p class="muted">${msg('Place an offer between fully universal and fully targeted and see whom it reaches and what it risks. A starting point for discussion, not a verdict.', { id: 'ut.intro' })}</p>
        </div>
        ${this.presentation ? html`<div class="head-tools">${this.renderFullscreenButton()}${roomScreenButton(this.room, 'ut-room', msg('Room screen', { id: 'ut.room.screen' }), toggleRoom)}</div>` : nothing}
      </header>
      ${this.presentation ? laterView(this, (v) => v.renderRoomNotes(this.room, this.roomSaid, this.blank)) : nothing}
      ${tabList(msg('Views', { id: 'ut.tabs' }), tabs, this._view, select, 'ut-tab')}
      <div id="ut-tab-panel" role="tabpanel" aria-labelledby="ut-tab-${this._view}">
        ${this._view === 'portfolio' ? laterView(this, (v) => v.renderPortfolio(c, this.editor(v))) : renderPosition(c)}
      </div>
      ${renderSliderTools(this, this.shownLink, () => void this.copyLink())}
      <p class="source">${msg('Sources: Marmot (2010), Fair Society, Healthy Lives; Van Lancker (2014) on the Matthew effect in childcare; the INCh research project (2014–2018). The five stops adapt the four levels of UK health visiting (Community, Universal, Universal Plus, Universal Partnership Plus; since 2021 Community, Universal, Targeted, Specialist), where every level builds on the offer for all. Splitting the third level into “universal plus” and “targeted”, and reading the levels as one line, is the tool’s own reading.', { id: 'ut.sources' })}</p>
      ${this.renderStatus()}
    `;
  }
}
