import { html, svg, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  SLIDER_DEFAULT, SLIDER_MAX, SLIDER_MIN, SLIDER_STOPS,
  cleanServices, cleanSliderValue, portfolioGaps, sliderFormValue, sliderResult,
  type SliderPortfolio, type SliderResult, type SliderService, type SliderStopId,
} from '../../core/proportionate/index.js';
import { SamenElement } from '../../internal/samen-element.js';
import { FormAssociated } from '../../internal/form-associated.js';
import { meter, tabList } from '../../internal/templates.js';
import { ShareController } from '../../internal/controllers/share.js';
import { copyText } from '../../internal/files.js';
import { SLIDER_LINK_PARAM, decodeSliderLink, encodeSliderLink, renderSliderTools, sliderLinkMessage, type ShownLink } from './slider-link.js';
import { bandTexts, gapTexts, positionText, reachTexts, riskCredit, riskTexts, stopTexts } from './universal-targeted-slider.texts.js';
import { styles } from './universal-targeted-slider.styles.js';

/** The views of the widget. */
export type SliderView = 'position' | 'portfolio';
const VIEWS: readonly SliderView[] = ['position', 'portfolio'];

/** How far Page Up / Page Down move the slider: half a stop. */
const PAGE_STEP = 10;
/** Markers closer than this (in points of the scale) go on separate rows of the line. */
const MARKER_GAP = 7;
/**
 * After a removal, focus moves to the next remove button; a press that reaches it within
 * this many milliseconds is the same key pressed twice in a hurry, not a second request.
 */
const REMOVE_BOUNCE_MS = 400;
/** A service's key in lists: names are unique ignoring case (cleanServices). */
const serviceKey = (s: SliderService) => s.name.toLowerCase();

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
  static override styles: CSSResultGroup = [SamenElement.styles, styles];

  private _value = SLIDER_DEFAULT;
  private _services: SliderService[] = [];
  private _view: SliderView = 'position';

  /** The remove button focus was last moved to after a removal, and when. */
  #focusMovedTo: { button: HTMLElement | null; at: number } = { button: null, at: 0 };
  /** The name typed for a new service. */
  @state() private draftName = '';
  /** The stop chosen for a new service. */
  @state() private draftStop: SliderStopId = 'universal';
  /** Why the last service could not be added; empty when it could. */
  @state() private draftError = '';
  /** The link last copied, shown until the next change makes it stale. */
  @state() private shownLink: ShownLink | null = null;

  /** @internal The position and portfolio as a `#samen-slider=` link, applied once per element. */
  readonly share = new ShareController(this, {
    param: SLIDER_LINK_PARAM,
    encode: () => encodeSliderLink({ value: this._value, services: this._services }),
    decode: (code) => this.applyLink(code),
  });

  /**
   * The position, 0 (fully universal) to 100 (fully targeted); default 50, proportionate
   * universalism. Numbers and numeric strings outside 0..100 are clamped, anything else
   * gives 50; both with a warning. As an attribute it is also the value a form reset
   * returns to.
   */
  @property({ attribute: 'value' })
  get value(): number {
    return this._value;
  }
  set value(input: number | string) {
    if (this.samePageValue('value', input)) return;
    const old = this._value;
    const cleaned = cleanSliderValue(input);
    this.warnAbout(cleaned.issues);
    this._value = cleaned.value;
    this.requestUpdate('value', old);
  }

  /**
   * The network's services for the portfolio view: `{ name, value }[]`, value 0..100 as
   * for `value`. As an attribute: JSON. Entries without a name or a usable value, and
   * repeated names, are left out with a warning; values outside 0..100 are clamped.
   */
  @property({ attribute: 'services' })
  get services(): SliderService[] {
    return this._services.map((s) => ({ ...s }));
  }
  set services(input: unknown) {
    if (this.samePageValue('services', input)) return;
    const old = this._services;
    this._services = this.cleanInput(input, 'services', cleanServices);
    this.requestUpdate('services', old);
  }

  /** The view shown: `position` (default) or `portfolio`. Unknown values show `position`, with a warning. */
  @property({ reflect: true })
  get view(): SliderView {
    return this._view;
  }
  set view(input: string) {
    const old = this._view;
    this._view = this.cleanChoice(input, VIEWS, 'position', 'view');
    this.requestUpdate('view', old);
  }

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

  private addService(event: Event): void {
    event.preventDefault();
    const name = this.draftName.trim();
    const stop = SLIDER_STOPS.find((s) => s.id === this.draftStop)!;
    if (!name) {
      this.draftError = msg('Give the service a name.', { id: 'ut.add.noName' });
      return;
    }
    const next = cleanServices([...this._services, { name, value: stop.center }]);
    if (next.value.length === this._services.length) {
      this.draftError = msg(str`There is already a service called ${name}.`, { id: 'ut.add.duplicate' });
      return;
    }
    this._services = next.value;
    this.draftName = '';
    this.draftError = '';
    this.announce(`${msg(str`${name} added at ${stopTexts()[stop.id].name}.`, { id: 'ut.announce.added' })} ${this.gapSummary()}`);
    this.changed();
  }

  /**
   * Removes a service; focus goes to the remove button that takes its place in the list
   * (the next one, else the one before), or to the name field when the list is empty,
   * never to the page's body.
   */
  private async removeService(service: SliderService, event: Event): Promise<void> {
    const moved = this.#focusMovedTo;
    if (event.currentTarget === moved.button && performance.now() - moved.at < REMOVE_BOUNCE_MS) return;
    const key = serviceKey(service);
    const order = this.portfolio.byStop.flatMap((g) => g.services).map(serviceKey);
    const place = order.indexOf(key);
    if (place === -1) return;
    this._services = this._services.filter((s) => serviceKey(s) !== key);
    this.announce(`${msg(str`${service.name} removed.`, { id: 'ut.announce.removed' })} ${this.gapSummary()}`);
    this.requestUpdate();
    this.changed();
    await this.updateComplete;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('button.remove')];
    const next = buttons[Math.min(place, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('form.add input[type="text"]');
    next?.focus();
    this.#focusMovedTo = { button: next ?? null, at: performance.now() };
  }

  /** Applies a link's state; a broken or foreign link gives one warning and keeps the defaults. */
  private applyLink(code: string): void {
    const read = decodeSliderLink(code);
    this.warnAbout(read.issues);
    if (!read.value) return;
    ({ value: this._value, services: this._services } = read.value);
    this.requestUpdate();
  }

  /** Copies the link; the outcome is shown and announced once. */
  private async copyLink(): Promise<void> {
    const link = this.share.link();
    const copied = await copyText(link);
    this.shownLink = { link, copied };
    this.announce(sliderLinkMessage(copied));
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

  private gapSummary(): string {
    const count = this.portfolio.gaps.length;
    return count === 0 ? msg('No gaps on the line.', { id: 'ut.announce.noGaps' })
      : count === 1 ? msg('1 gap on the line.', { id: 'ut.announce.oneGap' })
      : msg(str`${count} gaps on the line.`, { id: 'ut.announce.gaps' });
  }

  // ---- rendering -------------------------------------------------------------------

  override render(): TemplateResult {
    const tabs = [
      { id: 'position', label: msg('Position of an offer', { id: 'ut.tab.position' }) },
      { id: 'portfolio', label: msg('Our offer on the line', { id: 'ut.tab.portfolio' }) },
    ];
    const select = (id: string) => {
      this._view = id as SliderView;
      this.requestUpdate('view');
    };
    return html`
      <header class="head">
        <div>
          ${this.renderTitle(msg('For every family, or for the families who need it most?', { id: 'ut.title' }))}
          <p class="muted">${msg('Place an offer between fully universal and fully targeted and see whom it reaches and what it risks. A starting point for discussion, not a verdict.', { id: 'ut.intro' })}</p>
        </div>
        ${this.renderFullscreenButton()}
      </header>
      ${tabList(msg('Views', { id: 'ut.tabs' }), tabs, this._view, select, 'ut-tab')}
      <div id="ut-tab-panel" role="tabpanel" aria-labelledby="ut-tab-${this._view}">
        ${this._view === 'portfolio' ? this.renderPortfolio() : this.renderPosition()}
      </div>
      ${renderSliderTools(this.shownLink, () => void this.copyLink())}
      <p class="source">${msg('Sources: Marmot (2010), Fair Society, Healthy Lives; Van Lancker (2014) on the Matthew effect in childcare; the INCh research project (2014–2018). The five stops adapt the four levels of UK health visiting (Community, Universal, Universal Plus, Universal Partnership Plus; since 2021 Community, Universal, Targeted, Specialist), where every level builds on the offer for all. Splitting the third level into “universal plus” and “targeted”, and reading the levels as one line, is the tool’s own reading.', { id: 'ut.sources' })}</p>
      ${this.renderStatus()}
    `;
  }

  private renderPosition(): TemplateResult {
    const r = this.result;
    const stops = stopTexts();
    const shown = Math.round(r.value);
    return html`<div class="layout">
      <div class="scale" part="scale">
        <div class="stops" role="group" aria-label=${msg('Stops along the line', { id: 'ut.stops.label' })}>
          ${SLIDER_STOPS.map((s) => html`<button type="button" class="stop ${s.id === r.stop ? 'current' : ''} ${s.id === 'universal-plus' ? 'middle' : ''}"
            aria-current=${s.id === r.stop ? 'step' : 'false'} @click=${() => this.moveTo(s.center, true)}>${stops[s.id].name}</button>`)}
        </div>
        <label class="range-label" for="ut-range">${msg('Position of the offer, from fully universal to fully targeted', { id: 'ut.range.label' })}</label>
        <input id="ut-range" type="range" min=${SLIDER_MIN} max=${SLIDER_MAX} step="1" .value=${String(r.value)}
          aria-valuetext=${positionText(stops[r.stop].name, shown)}
          @input=${this.onInput} @change=${() => this.announce(this.summary())} @keydown=${this.onRangeKey} />
        <div class="ends" aria-hidden="true">
          <span>${msg('For every family', { id: 'ut.end.universal' })}</span>
          <span>${msg('Only for the families with the most needs', { id: 'ut.end.targeted' })}</span>
        </div>
      </div>
      <section class="result" part="result" aria-labelledby="ut-result-title">
        ${this.heading(1, positionText(stops[r.stop].name, shown), { id: 'ut-result-title' })}
        <p>${stops[r.stop].description}</p>
        ${this.renderProportionate(r)}
        <div class="columns">
          <div>
            ${this.heading(2, msg('Whom it reaches', { id: 'ut.reaches.title' }))}
            <ul class="reaches">${r.reaches.map((id) => html`<li>${reachTexts()[id]}</li>`)}</ul>
          </div>
          <div>
            ${this.heading(2, msg('What it risks', { id: 'ut.risks.title' }))}
            ${this.renderRisks(r)}
          </div>
        </div>
      </section>
    </div>`;
  }

  private renderProportionate(r: SliderResult): TemplateResult {
    if (r.proportionate) {
      return html`<p class="note proportionate">${msg('This is proportionate universalism: an offer for every family, with a scale and intensity in proportion to need, and a mix of collective and individual support. It is the leading principle of the Huizen van het Kind in Flanders. It balances the risks; it does not remove them. And universal is not the same as multi-dimensional: parents ask for support that links several areas of their life (INCh).', { id: 'ut.pu.here' })}</p>`;
    }
    return html`<p class="note">${r.towardProportionate === 'targeted'
      ? msg('Proportionate universalism lies further toward targeted: keep this offer for all, and add more for the families who need more.', { id: 'ut.pu.towardTargeted' })
      : msg('Proportionate universalism lies further toward universal: put an offer for every family underneath this help.', { id: 'ut.pu.towardUniversal' })}</p>`;
  }

  private renderRisks(r: SliderResult): TemplateResult {
    const risks = riskTexts();
    const bands = bandTexts();
    return html`<ul class="risks">${r.risks.map((risk) => html`<li class="risk band-${risk.band}">
      <p class="risk-name">${msg(str`${risks[risk.id].name}: ${bands[risk.band]}`, { id: 'ut.risk.level', desc: 'A risk and how strong it is here: "Stigma: high risk"' })}</p>
      ${meter(risk.level)}
      <p class="small">${risks[risk.id].description} <span class="source">${riskCredit(risk)}</span></p>
    </li>`)}</ul>`;
  }

  private renderPortfolio(): TemplateResult {
    const p = this.portfolio;
    const stops = stopTexts();
    const crowded = p.gaps.find((g) => g.id === 'all-in-one-place')?.stops[0];
    const gaps = gapTexts(crowded ? stops[crowded].name : '');
    // Numbered in scale order, so each marker on the line matches its entry in the list.
    const ordered = p.byStop.flatMap((g) => g.services);
    // Each service's number on the line, looked up once: indexOf per row made 5,000 services quadratic.
    const numbers = new Map(ordered.map((s, i) => [s, i + 1]));
    return html`<section class="portfolio" part="portfolio" aria-labelledby="ut-portfolio-title">
      ${this.heading(1, msg('Our offer on the line', { id: 'ut.tab.portfolio' }), { id: 'ut-portfolio-title' })}
      <p class="muted">${msg('List the services of your network and place each one on the line. The gaps show at a glance.', { id: 'ut.portfolio.intro' })}</p>
      ${this.renderLine(ordered)}
      ${ordered.length === 0
        ? html`<p>${msg('No services yet. Add the first one below.', { id: 'ut.portfolio.empty' })}</p>`
        : html`${p.gaps.length
            ? html`${this.heading(2, msg('Gaps', { id: 'ut.gaps.title' }))}
              <ul class="gaps">${p.gaps.map((g) => html`<li class="warning">${gaps[g.id]}</li>`)}</ul>`
            : html`<p class="note">${msg('No gaps on the line: there is an offer for all, a proportionate middle and help for the families with the most needs.', { id: 'ut.gaps.none' })}</p>`}
          <ol class="groups">${repeat(p.byStop, (g) => g.stop, (g) => html`<li class="group">
            ${this.heading(2, html`${stops[g.stop].name} <span class="muted small">(${g.services.length})</span>`)}
            ${g.services.length ? html`<ul class="services">${repeat(g.services, serviceKey, (s) => {
              const n = numbers.get(s) ?? 0;
              return html`<li>
                <span class="number" aria-hidden="true">${n}</span>
                <span><span class="service-name">${s.name}</span> <span class="muted small">(${Math.round(s.value)})</span></span>
                <button type="button" class="remove no-print" aria-label=${msg(str`Remove ${s.name}`, { id: 'ut.remove.label' })}
                  @click=${(e: Event) => this.removeService(s, e)}>${msg('Remove', { id: 'ut.remove' })}</button>
              </li>`;
            })}</ul>` : html`<p class="muted small">${msg('Nothing here yet.', { id: 'ut.group.empty' })}</p>`}
          </li>`)}</ol>`}
      ${this.renderAddForm()}
    </section>`;
  }

  /**
   * The line with the five stops and a numbered marker per service. Drawn in SVG with
   * percentage coordinates, so it needs no style binding (strict CSP) and does not
   * distort; it is decorative, the list beside it carries the same content.
   */
  private renderLine(ordered: SliderService[]): TemplateResult {
    const rows: number[] = [];
    const placed = ordered.map((s) => {
      let row = rows.findIndex((last) => s.value - last >= MARKER_GAP);
      if (row === -1) row = rows.push(s.value) - 1;
      else rows[row] = s.value;
      return { value: s.value, row };
    });
    const rowCount = Math.max(1, rows.length);
    const height = 28 + rowCount * 26;
    return html`<div class="line-wrap" aria-hidden="true">
      <svg class="line" width="100%" height=${height} focusable="false">
        ${SLIDER_STOPS.map((s, i) => svg`<rect class="band band-${i % 2 ? 'odd' : 'even'} ${s.id === 'universal-plus' ? 'middle' : ''}"
          x="${s.from}%" y="0" width="${s.to - s.from}%" height=${height}></rect>`)}
        <line class="axis" x1="0%" x2="100%" y1=${height - 14} y2=${height - 14}></line>
        ${placed.map(({ value, row }, i) => svg`<g class="marker">
          <line x1="${value}%" x2="${value}%" y1=${14 + row * 26} y2=${height - 14}></line>
          <circle cx="${value}%" cy=${14 + row * 26} r="11"></circle>
          <text x="${value}%" y=${14 + row * 26} dy="0.35em" text-anchor="middle">${i + 1}</text>
        </g>`)}
      </svg>
      <div class="line-labels">${SLIDER_STOPS.map((s) => html`<span>${stopTexts()[s.id].name}</span>`)}</div>
      <div class="ends line-ends">
        <span>${msg('For every family', { id: 'ut.end.universal' })}</span>
        <span>${msg('Only for the families with the most needs', { id: 'ut.end.targeted' })}</span>
      </div>
    </div>`;
  }

  private renderAddForm(): TemplateResult {
    const stops = stopTexts();
    return html`<form class="add no-print" @submit=${this.addService}>
      ${this.heading(2, msg('Add a service', { id: 'ut.add.title' }))}
      <label class="field">
        <span>${msg('Name of the service', { id: 'ut.add.name' })}</span>
        <input type="text" name="ut-name" autocomplete="off" maxlength="80" .value=${this.draftName}
          aria-invalid=${this.draftError ? 'true' : 'false'} aria-describedby="ut-add-error"
          @input=${(e: Event) => (this.draftName = (e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>${msg('Where does it sit on the line?', { id: 'ut.add.stop' })}</span>
        <select name="ut-stop" @change=${(e: Event) => (this.draftStop = (e.target as HTMLSelectElement).value as SliderStopId)}>
          ${SLIDER_STOPS.map((s) => html`<option value=${s.id} ?selected=${s.id === this.draftStop}>${stops[s.id].name}</option>`)}
        </select>
      </label>
      <p id="ut-add-error" class="error" role="alert">${this.draftError}</p>
      <button type="submit" class="primary">${msg('Add', { id: 'ut.add.submit' })}</button>
    </form>`;
  }
}

