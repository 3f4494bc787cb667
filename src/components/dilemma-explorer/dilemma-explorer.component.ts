import { html, nothing, svg, type CSSResultGroup, type TemplateResult } from 'lit';
import { msg, str, localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  DILEMMAS, DILEMMA_KINDS, DILEMMA_ROOM_STOPS, DILEMMA_STATEMENTS,
  cleanDilemmaKinds, cleanDilemmaPositions, cleanDilemmaPriorities, cleanDilemmaRoomSplit, cleanDilemmaRoomSplits,
  cleanDilemmaWorkshop, decodeDilemmaWorkshop, dilemmaById, dilemmaProfile, dilemmaRoomStopOf, dilemmaWorkshopSteps,
  dilemmaWorkshopFromJson, dilemmaWorkshopDocument, dilemmasOfKinds, encodeDilemmaWorkshop, moveDilemmaPriority,
  moveDilemmaWorkshopStep, summariseDilemmaRoom, toggleDilemmaPriority,
  type Dilemma, type DilemmaKind, type DilemmaSourceId, type DilemmaMode, type DilemmaPositions, type DilemmaProfile,
  type DilemmaRoomSplits, type DilemmaWorkshopMove, type DilemmaWorkshopState, type DilemmaWorkshopStep,
} from '../../core/dilemmas/index.js';
import { SamenElement } from '../../internal/samen-element.js';
import { meter, tabList } from '../../internal/templates.js';
import { copyText, downloadJson, readFiles } from '../../internal/files.js';
import {
  answerTexts, dilemmaTexts, kindTexts, mediatingTexts, sourceTexts, statementTexts, stopTexts, type DilemmaTexts,
} from './dilemma-explorer.texts.js';
import { styles } from './dilemma-explorer.styles.js';

/** The detail of this element's `samen-change` event, declared with the other events in src/events.ts. */
export type { DilemmaChangeDetail } from '../../events.js';

/** What the reflection mode shows: the dilemmas of one kind, or the profile. */
export type DilemmaView = DilemmaKind | 'profile';

/** The URL fragment parameter that carries a workshop handed on as a link. */
export const DILEMMA_LINK_PARAM = 'samen-dilemmas';

const MODES: readonly DilemmaMode[] = ['reflection', 'workshop'];
const KEY_MOVES: Record<string, DilemmaWorkshopMove> = {
  ArrowRight: 'next', PageDown: 'next', ArrowLeft: 'previous', PageUp: 'previous', Home: 'first', End: 'last',
};

/**
 * @tagname samen-dilemma-explorer
 * @summary Explore the dilemmas of collaboration in a local network: place the network
 * between the two poles of each dilemma, mark the most pressing ones, and take their
 * questions to the next meeting. A workshop mode walks a room through one dilemma at a
 * time and records how the room stands.
 *
 * @event samen-change - The user placed the network, marked a dilemma, recorded a count or loaded a file. Detail: `{ positions, priorities, splits, profile }`.
 *
 * @csspart tabs - The tab lists (mode; kinds and profile).
 * @csspart dilemma - Each dilemma card in reflection mode.
 * @csspart profile - The profile.
 * @csspart stage - The current workshop step.
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
  static override styles: CSSResultGroup = [SamenElement.styles, styles];

  private _positions: DilemmaPositions = {};
  private _priorities: string[] = [];
  private _splits: DilemmaRoomSplits = {};
  private _kinds: DilemmaKind[] = [...DILEMMA_KINDS];
  private _mode: DilemmaMode = 'reflection';
  private _step: DilemmaWorkshopStep = 'opening';
  private _view: DilemmaView | null = null;
  private linkChecked = false;

  /** What screen readers hear after a user change. */
  @state() private announcement = '';
  /** A visible notice, e.g. about a file that could not be read. */
  @state() private notice = '';
  /** The workshop link, shown once the user asked for it. */
  @state() private link = '';
  /** True while "Start again" waits for confirmation. */
  @state() private confirmingReset = false;

  /**
   * Where the network stands: `{ [dilemmaId]: number }` from -1 (first pole) to 1
   * (second pole). As an attribute: JSON. Out-of-range numbers are clamped; unknown ids
   * and non-numbers are ignored with a warning. Reading gives the cleaned positions.
   */
  @property({ attribute: 'positions' })
  get positions(): DilemmaPositions {
    return { ...this._positions };
  }
  set positions(input: unknown) {
    const old = this._positions;
    this._positions = this.cleanInput(input, 'positions', (v) => cleanDilemmaPositions(v));
    this.requestUpdate('positions', old);
  }

  /**
   * The dilemmas marked as most pressing, most pressing first. As an attribute: a JSON
   * array or a space-separated list of ids. Unknown and repeated ids are dropped with a warning.
   */
  @property({ attribute: 'priorities' })
  get priorities(): string[] {
    return [...this._priorities];
  }
  set priorities(input: unknown) {
    const old = this._priorities;
    // A plain list of ids is not JSON; only a JSON array goes through the JSON parser.
    const isList = typeof input === 'string' && !input.trim().startsWith('[');
    this._priorities = isList
      ? this.cleaned(cleanDilemmaPriorities(input))
      : this.cleanInput(input, 'priorities', (v) => cleanDilemmaPriorities(v));
    this.requestUpdate('priorities', old);
  }

  /**
   * The kinds shown, space- or comma-separated: `organisational`, `professional`,
   * `inclusion`, `practice`. Empty shows all; unknown kinds are ignored with a warning.
   */
  @property({ attribute: 'kinds' })
  get kinds(): string {
    return this._kinds.join(' ');
  }
  set kinds(input: string | null) {
    const old = this.kinds;
    this._kinds = this.cleaned(cleanDilemmaKinds(input));
    this.requestUpdate('kinds', old);
  }

  /** The room's recorded split per dilemma: `{ [dilemmaId]: [n, n, n, n, n] }`, first pole to second. Attribute: JSON. */
  @property({ attribute: 'splits' })
  get splits(): DilemmaRoomSplits {
    return Object.fromEntries(Object.entries(this._splits).map(([k, v]) => [k, [...v]]));
  }
  set splits(input: unknown) {
    const old = this._splits;
    this._splits = this.cleanInput(input, 'splits', (v) => cleanDilemmaRoomSplits(v));
    this.requestUpdate('splits', old);
  }

  /** `reflection` (default: browse, place, prioritise) or `workshop` (one dilemma at a time). */
  @property({ reflect: true })
  get mode(): DilemmaMode {
    return this._mode;
  }
  set mode(input: string) {
    const old = this._mode;
    this._mode = this.cleanChoice(input, MODES, 'reflection', 'mode');
    this.requestUpdate('mode', old);
  }

  /** The workshop step: `opening`, a dilemma id, or `summary`. Unknown steps show the opening, with a warning. */
  @property({ attribute: 'step' })
  get step(): DilemmaWorkshopStep {
    return this._step;
  }
  set step(input: string) {
    const old = this._step;
    const cleaned = cleanDilemmaWorkshop({ step: input ?? undefined });
    this.warnAbout(cleaned.issues.map((i) => ({ ...i, path: 'step' })));
    this._step = cleaned.value.step;
    this.requestUpdate('step', old);
  }

  /** What reflection mode shows: a kind (`organisational`, …) or `profile`. Defaults to the first shown kind. */
  @property({ attribute: 'view' })
  get view(): DilemmaView {
    return this._view && (this._view === 'profile' || this._kinds.includes(this._view)) ? this._view : this._kinds[0];
  }
  set view(input: string) {
    const old = this._view;
    // null: the getter then shows the first kind on display, which depends on `kinds`.
    this._view = this.cleanChoice<DilemmaView, null>(input, ['profile', ...DILEMMA_KINDS], null, 'view');
    this.requestUpdate('view', old);
  }

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
    this.apply(this.cleaned(cleanDilemmaWorkshop(input)));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.linkChecked) {
      this.linkChecked = true;
      this.restoreFromLink();
    }
  }

  /** Reports a core cleaning's issues and returns its value. */
  private cleaned<T>(result: { value: T; issues: Parameters<SamenElement['warnAbout']>[0] }): T {
    this.warnAbout(result.issues);
    return result.value;
  }

  /** Restores a workshop handed on as a link (`#samen-dilemmas=…`); the fragment never reaches a server. */
  private restoreFromLink(): void {
    const hash = globalThis.location?.hash ?? '';
    if (!hash.includes(`${DILEMMA_LINK_PARAM}=`)) return;
    const code = new URLSearchParams(hash.slice(1)).get(DILEMMA_LINK_PARAM) ?? '';
    const read = decodeDilemmaWorkshop(code);
    this.warnAbout(read.issues);
    if (read.issues.some((i) => i.path === 'link')) {
      this.notice = msg('The workshop link could not be read; the explorer starts empty.', { id: 'dx.link.corrupt' });
      return;
    }
    this.apply(read.value);
  }

  private apply(s: DilemmaWorkshopState): void {
    this._mode = s.mode;
    this._step = s.step;
    this._positions = s.positions;
    this._priorities = s.priorities;
    this._splits = s.splits;
    this.requestUpdate();
  }

  private get texts(): Record<string, DilemmaTexts> {
    return dilemmaTexts();
  }

  private get shown(): Dilemma[] {
    return dilemmasOfKinds(this._kinds);
  }

  // ------------------------------------------------------------ user changes

  private changed(): void {
    this.emit('samen-change', { positions: this.positions, priorities: this.priorities, splits: this.splits, profile: this.profile });
  }

  private place(id: string, position: number | null): void {
    const next = { ...this._positions };
    if (position === null) delete next[id];
    else next[id] = position;
    this._positions = next;
    const t = this.texts[id];
    this.announcement = position === null
      ? msg(str`${t.name}: not placed.`, { id: 'dx.announce.cleared' })
      : `${t.name}: ${stopTexts(t.poles)[dilemmaRoomStopOf(position)].full}.`;
    this.requestUpdate();
    this.changed();
  }

  private togglePriority(id: string): void {
    const marked = !this._priorities.includes(id);
    this._priorities = toggleDilemmaPriority(this._priorities, id);
    const name = this.texts[id].name;
    this.announcement = marked
      ? msg(str`Marked as most pressing: ${name}.`, { id: 'dx.announce.marked' })
      : msg(str`No longer marked as most pressing: ${name}.`, { id: 'dx.announce.unmarked' });
    this.requestUpdate();
    this.changed();
  }

  private movePriority(id: string, delta: number, button: HTMLElement): void {
    this._priorities = moveDilemmaPriority(this._priorities, id, delta);
    const rank = this._priorities.indexOf(id) + 1;
    this.announcement = msg(str`${this.texts[id].name} is now number ${rank}.`, { id: 'dx.announce.moved' });
    this.requestUpdate();
    this.changed();
    // Keep focus on the same control of the moved item, wherever it went.
    const key = button.dataset.focus;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-focus="${key}"]:not([disabled])`)?.focus());
  }

  private count(id: string, stop: number, input: HTMLInputElement): void {
    const split = [...(this._splits[id] ?? DILEMMA_ROOM_STOPS.map(() => 0))];
    split[stop] = input.value === '' ? 0 : Number(input.value);
    const cleaned = cleanDilemmaRoomSplit(split, `splits.${id}`).value;
    // Show the count as it was kept (no negatives, fractions or typing slips above 999);
    // an emptied field is left alone while the facilitator types the next number.
    if (input.value !== '' && input.value !== String(cleaned[stop])) input.value = String(cleaned[stop]);
    const next = { ...this._splits };
    if (cleaned.some((n) => n > 0)) next[id] = cleaned;
    else delete next[id];
    this._splits = next;
    const s = summariseDilemmaRoom(cleaned);
    this.announcement = msg(str`${s.total} people counted.`, { id: 'dx.announce.counted' }) +
      (s.divided ? ` ${msg('The room is divided.', { id: 'dx.room.divided.short' })}` : '');
    this.requestUpdate();
    this.changed();
  }

  private clearCount(id: string): void {
    const next = { ...this._splits };
    delete next[id];
    this._splits = next;
    this.announcement = msg('Count cleared.', { id: 'dx.announce.countCleared' });
    this.requestUpdate();
    this.changed();
  }

  private go(move: DilemmaWorkshopMove): void {
    const next = moveDilemmaWorkshopStep(this._step, move, this._kinds);
    if (next === this._step && dilemmaWorkshopSteps(this._kinds).includes(next)) return;
    this._step = next;
    const steps = dilemmaWorkshopSteps(this._kinds);
    this.announcement = msg(str`Step ${steps.indexOf(next) + 1} of ${steps.length}: ${this.stepTitle(next)}`, { id: 'dx.announce.step' });
    this.requestUpdate();
    // The new step's title takes focus, so a screen reader reads it and the keys keep working.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#dx-step-title')?.focus());
  }

  private onWorkshopKey(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement;
    // Keys inside a field belong to the field (a number input uses the arrows).
    if (target.matches?.('input, textarea, select, summary') || event.altKey || event.ctrlKey || event.metaKey) return;
    const move = KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    this.go(move);
  }

  private selectMode(id: string): void {
    this._mode = id as DilemmaMode;
    this.requestUpdate('mode');
  }

  private async print(): Promise<void> {
    if (this._mode === 'workshop') this._step = 'summary';
    else this._view = 'profile';
    this.requestUpdate();
    await this.updateComplete;
    globalThis.print?.();
  }

  private async copyAsText(): Promise<void> {
    const ok = await copyText(this.plainText());
    this.announcement = ok
      ? msg('Copied as text.', { id: 'dx.announce.copied' })
      : msg('Your browser did not allow copying. Select the text and copy it yourself.', { id: 'dx.announce.copyFailed' });
  }

  private save(): void {
    downloadJson('samen-dilemmas.json', dilemmaWorkshopDocument(this.state));
    this.announcement = msg('Saved as a file.', { id: 'dx.announce.saved' });
  }

  private async load(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const [file] = await readFiles(input.files);
    input.value = '';
    if (!file) return;
    const read = file.text === null ? null : dilemmaWorkshopFromJson(file.text);
    if (read) this.warnAbout(read.issues);
    if (!read || read.issues.some((i) => i.path === 'state' || i.path === 'state.format')) {
      this.notice = msg(str`“${file.name}” is not a file saved by the dilemma explorer. Nothing was changed.`, { id: 'dx.load.wrong' });
      this.announcement = this.notice;
      return;
    }
    this.apply(read.value);
    this.notice = read.issues.length
      ? msg(str`“${file.name}” was loaded, but some of it could not be read and was left out.`, { id: 'dx.load.partly' })
      : '';
    this.announcement = msg(str`“${file.name}” was loaded.`, { id: 'dx.announce.loaded' });
    this.changed();
  }

  private async copyLink(): Promise<void> {
    const here = globalThis.location;
    this.link = `${here.origin}${here.pathname}${here.search}#${DILEMMA_LINK_PARAM}=${encodeDilemmaWorkshop(this.state)}`;
    const ok = await copyText(this.link);
    this.announcement = ok
      ? msg('Link copied.', { id: 'dx.announce.linkCopied' })
      : msg('Your browser did not allow copying. Copy the link from the field.', { id: 'dx.announce.linkShown' });
  }

  private reset(): void {
    this.apply({ mode: this._mode, step: 'opening', positions: {}, priorities: [], splits: {} });
    this.confirmingReset = false;
    this.link = '';
    this.notice = '';
    this.announcement = msg('Everything was cleared.', { id: 'dx.announce.reset' });
    this.changed();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#dx-reset')?.focus());
  }

  // ------------------------------------------------------------ render

  override render(): TemplateResult {
    const modes = [
      { id: 'reflection', label: msg('Reflection', { id: 'dx.mode.reflection' }) },
      { id: 'workshop', label: msg('Workshop', { id: 'dx.mode.workshop' }) },
    ];
    return html`
      <header class="head">
        <div>
          <h2>${msg('Dilemmas in our network', { id: 'dx.title' })}</h2>
          <p class="muted">${msg('A dilemma is a situation in which every possible choice also has drawbacks. Place your network between the two poles of each dilemma, mark the ones that matter most, and take their questions to your next meeting. There are no right answers.', { id: 'dx.intro' })}</p>
        </div>
        ${this.presentation || this._mode === 'workshop'
          ? html`<button type="button" class="no-print" @click=${this.toggleFullscreen}>${msg('Full screen', { id: 'common.fullscreen' })}</button>`
          : nothing}
      </header>
      ${tabList(msg('Ways to use the explorer', { id: 'dx.modes' }), modes, this._mode, (id) => this.selectMode(id), 'dx-mode')}
      <div id="dx-mode-panel" role="tabpanel" aria-labelledby="dx-mode-${this._mode}">
        ${this._mode === 'workshop' ? this.renderWorkshop() : this.renderReflection()}
      </div>
      ${this.notice ? html`<p class="warning">${this.notice}</p>` : nothing}
      ${this.renderTools()}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderReflection(): TemplateResult {
    const kinds = kindTexts();
    const profile = this.profile;
    const tabs = [
      ...this._kinds.map((k) => {
        const ids = this.shown.filter((d) => d.kind === k).map((d) => d.id);
        const placed = profile.entries.filter((e) => ids.includes(e.id) && e.lean !== 'unplaced').length;
        return { id: k, label: msg(str`${kinds[k].name} (${placed}/${ids.length})`, { id: 'dx.tab.kind', desc: 'Tab: a kind of dilemma, with how many of its dilemmas are placed.' }) };
      }),
      { id: 'profile', label: msg('Our profile', { id: 'dx.tab.profile' }) },
    ];
    const view = this.view;
    return html`
      ${tabList(msg('Kinds of dilemma', { id: 'dx.views' }), tabs, view, (id) => { this._view = id as DilemmaView; this.requestUpdate('view'); }, 'dx-view')}
      <div id="dx-view-panel" role="tabpanel" aria-labelledby="dx-view-${view}">
        ${view === 'profile'
          ? this.renderProfile(profile)
          : html`<p class="muted">${kinds[view].text}</p>
            ${this.shown.filter((d) => d.kind === view).map((d) => this.renderCard(d))}
            ${view === 'organisational' || view === 'professional'
              ? html`<p class="source">${msg('The split between organisational and professional dilemmas is neither strict nor complete.', { id: 'dx.split.note' })}</p>`
              : nothing}`}
      </div>`;
  }

  private renderCard(d: Dilemma): TemplateResult {
    const t = this.texts[d.id];
    const position = this._positions[d.id];
    const placed = position !== undefined;
    const stops = stopTexts(t.poles);
    const checked = placed ? dilemmaRoomStopOf(position) : -1;
    const pressing = this._priorities.includes(d.id);
    return html`<article class="dilemma" part="dilemma" aria-labelledby="dx-d-${d.id}">
      <h3 id="dx-d-${d.id}">${pressing ? html`<span class="star" aria-hidden="true">★ </span>` : nothing}${t.name}</h3>
      <p>${t.text}</p>
      <fieldset class="scale">
        <legend>${msg('Where does our network stand?', { id: 'dx.scale.legend' })}</legend>
        <div class="poles"><span class="pole">${t.poles[0]}</span><span class="pole end">${t.poles[1]}</span></div>
        <div class="stops">
          ${stops.map((s, i) => html`<label class="stop">
            <input type="radio" name="dx-pos-${d.id}" .value=${String(i)} .checked=${live(i === checked)} aria-label=${s.full}
              @change=${() => this.place(d.id, DILEMMA_ROOM_STOPS[i])} />
            <span>${s.short}</span>
          </label>`)}
        </div>
        ${placed ? nothing : html`<p class="muted small">${msg('Not placed yet.', { id: 'dx.scale.unplaced' })}</p>`}
      </fieldset>
      <div class="toolbar">
        <button type="button" aria-pressed=${pressing ? 'true' : 'false'} aria-describedby="dx-d-${d.id}"
          @click=${() => this.togglePriority(d.id)}>${msg('Most pressing', { id: 'dx.pressing.toggle' })}</button>
        ${placed ? html`<button type="button" aria-describedby="dx-d-${d.id}" @click=${() => this.place(d.id, null)}>${msg('Clear position', { id: 'dx.scale.clear' })}</button>` : nothing}
      </div>
      <details>
        <summary>${msg('What is at stake, and questions to discuss', { id: 'dx.more' })}</summary>
        ${this.renderDetails(d, t)}
      </details>
    </article>`;
  }

  /** Stakes, mediating factors, possible answers, quote, questions and sources of a dilemma. */
  private renderDetails(d: Dilemma, t: DilemmaTexts, withStakes = true, withQuestions = true): TemplateResult {
    const mediating = mediatingTexts();
    const answers = answerTexts();
    const heading = (text: string) => html`<h4>${text}</h4>`;
    return html`
      ${withStakes ? html`${heading(msg('What is at stake', { id: 'dx.stakes' }))}
        <dl class="stakes">
          ${t.poles.map((pole, i) => html`<dt><span class="pole">${pole}</span></dt><dd>${t.stakes[i]}</dd>`)}
        </dl>` : nothing}
      ${d.mediating.length ? html`${heading(msg('What makes a difference', { id: 'dx.mediating' }))}
        <ul>${d.mediating.map((m) => html`<li>${mediating[m]}</li>`)}</ul>` : nothing}
      ${d.answers.length ? html`${heading(msg('Possible answers', { id: 'dx.answers' }))}
        <ul>${d.answers.map((a) => html`<li>${answers[a]}</li>`)}</ul>` : nothing}
      ${d.quote && t.quote ? this.renderQuote(t.quote, d.quote) : nothing}
      ${withQuestions ? html`${heading(msg('Questions to discuss', { id: 'dx.questions' }))}
        <ol>${t.questions.map((q) => html`<li>${q}</li>`)}</ol>` : nothing}
      ${d.detailed ? nothing : html`<p class="note">${msg('The sources only name this dilemma. The explanation here is a starting point for your discussion, not a research finding.', { id: 'dx.undetailed' })}</p>`}
      <p class="source">${msg('Source:', { id: 'dx.source' })} ${d.sources.map((s) => sourceTexts()[s]).join('; ')}</p>`;
  }

  private renderQuote(quote: string, source: DilemmaSourceId): TemplateResult {
    return html`<figure class="quote">
      <blockquote><p>${quote}</p></blockquote>
      <figcaption class="source">${source === 'inch' ? msg('Quoted in the INCh research', { id: 'dx.quote.inch' }) : sourceTexts()[source]}</figcaption>
    </figure>`;
  }

  private renderProfile(profile: DilemmaProfile): TemplateResult {
    const placed = profile.entries.length - profile.counts.unplaced;
    return html`<section class="profile" part="profile" aria-labelledby="dx-profile-title">
      <h3 id="dx-profile-title">${msg("Our network's profile", { id: 'dx.profile.title' })}</h3>
      <p class="muted">${msg(str`${placed} of ${profile.entries.length} dilemmas placed; ${this._priorities.filter((p) => profile.entries.some((e) => e.id === p)).length} marked as most pressing.`, { id: 'dx.profile.basis' })}</p>
      ${placed === 0 && !profile.pressing.length
        ? html`<p class="note">${msg('Place your network on a few dilemmas, or mark the ones that matter most, to build a profile.', { id: 'dx.profile.empty' })}</p>`
        : html`${this.renderPressing(profile, true)}${this.renderQuestions(profile)}`}
      ${this.renderStands(profile)}
      <p class="note">${msg('No position is right or wrong: every choice has drawbacks. Use this profile to open the discussion, not to close it.', { id: 'dx.profile.note' })}</p>
      <p class="source">${msg('Source:', { id: 'dx.source' })} ${sourceTexts().inch}</p>
    </section>`;
  }

  private renderPressing(profile: DilemmaProfile, editable: boolean): TemplateResult {
    const last = profile.pressing.filter((p) => p.reason === 'priority').length - 1;
    return html`<h4>${msg('Most pressing', { id: 'dx.pressing.title' })}</h4>
      ${profile.pressing.length === 0
        ? html`<p>${msg('Nothing marked yet, and the network leans clearly on no dilemma.', { id: 'dx.pressing.none' })}</p>`
        : html`<ol class="pressing">
          ${profile.pressing.map((p, i) => {
            const name = this.texts[p.id].name;
            return html`<li>
              <div><strong>${name}</strong>
              <span class="muted small">${p.reason === 'priority'
                ? msg('marked as most pressing', { id: 'dx.pressing.marked' })
                : msg('proposed: the network leans clearly here', { id: 'dx.pressing.proposed' })}</span></div>
              ${editable && p.reason === 'priority' ? html`<span class="order no-print">
                <button type="button" class="small-button" data-focus="up-${p.id}" ?disabled=${i === 0} aria-label=${msg(str`Move up: ${name}`, { id: 'dx.pressing.up' })}
                  @click=${(e: Event) => this.movePriority(p.id, -1, e.currentTarget as HTMLElement)}>↑</button>
                <button type="button" class="small-button" data-focus="down-${p.id}" ?disabled=${i === last} aria-label=${msg(str`Move down: ${name}`, { id: 'dx.pressing.down' })}
                  @click=${(e: Event) => this.movePriority(p.id, 1, e.currentTarget as HTMLElement)}>↓</button>
                <button type="button" class="small-button" aria-label=${msg(str`Unmark: ${name}`, { id: 'dx.pressing.remove' })}
                  @click=${() => this.togglePriority(p.id)}>✕</button>
              </span>` : nothing}
            </li>`;
          })}
        </ol>
        ${profile.questionsFrom === 'farthest'
          ? html`<p class="muted small">${msg('Nothing is marked as most pressing, so these are the dilemmas on which your network leans most clearly. Mark dilemmas to choose for yourselves.', { id: 'dx.pressing.proposedNote' })}</p>`
          : nothing}`}`;
  }

  private renderQuestions(profile: DilemmaProfile): TemplateResult {
    if (!profile.questions.length) return html``;
    const ids = [...new Set(profile.questions.map((q) => q.dilemma))];
    return html`<h4>${msg('Questions for our next meeting', { id: 'dx.questions.meeting' })}</h4>
      <ul class="meeting">
        ${ids.map((id) => html`<li><strong>${this.texts[id].name}</strong>
          <ol>${profile.questions.filter((q) => q.dilemma === id).map((q) => html`<li>${this.texts[id].questions[q.index]}</li>`)}</ol>
        </li>`)}
      </ul>`;
  }

  private renderStands(profile: DilemmaProfile): TemplateResult {
    const kinds = kindTexts();
    return html`<h4>${msg('Where our network stands', { id: 'dx.stands.title' })}</h4>
      ${this._kinds.map((k) => html`<p class="kind-label">${kinds[k].name}</p>
        <ul class="stands">
          ${profile.entries.filter((e) => e.kind === k).map((e) => {
            const t = this.texts[e.id];
            return html`<li class=${e.position === null ? 'unplaced' : ''}>
              <span class="stand-name">${t.name}</span>
              ${e.position === null ? nothing : this.scaleMark(e.position)}
              <span class=${e.position === null ? 'muted' : ''}>${e.position === null
                ? msg('not placed', { id: 'dx.stands.unplaced' })
                : stopTexts(t.poles)[dilemmaRoomStopOf(e.position)].full}</span>
            </li>`;
          })}
        </ul>`)}`;
  }

  /** A small line from pole to pole with a dot where the network stands; decorative, the text says it. */
  private scaleMark(position: number): TemplateResult {
    const x = 6 + ((position + 1) / 2) * 88;
    return html`<svg class="mark" viewBox="0 0 100 12" aria-hidden="true" focusable="false">
      ${svg`<line class="mark-line" x1="6" y1="6" x2="94" y2="6"></line>
      ${DILEMMA_ROOM_STOPS.map((s) => svg`<line class="mark-tick" x1=${6 + ((s + 1) / 2) * 88} y1="3" x2=${6 + ((s + 1) / 2) * 88} y2="9"></line>`)}
      <circle class="mark-dot" cx=${x} cy="6" r="4.5"></circle>`}
    </svg>`;
  }

  // ------------------------------------------------------------ workshop

  private stepTitle(step: DilemmaWorkshopStep): string {
    if (step === 'opening') return msg('Before we start', { id: 'dx.opening.title' });
    if (step === 'summary') return msg('Summary', { id: 'dx.summary.title' });
    return this.texts[step]?.name ?? '';
  }

  private renderWorkshop(): TemplateResult {
    const steps = dilemmaWorkshopSteps(this._kinds);
    const step = steps.includes(this._step) ? this._step : 'opening';
    const index = steps.indexOf(step);
    return html`<div class="workshop" @keydown=${this.onWorkshopKey}>
      <nav class="stepper toolbar no-print" aria-label=${msg('Workshop steps', { id: 'dx.stepper' })}>
        <button type="button" ?disabled=${index === 0} @click=${() => this.go('previous')}>← ${msg('Previous', { id: 'dx.previous' })}</button>
        <span class="step-count">${msg(str`Step ${index + 1} of ${steps.length}`, { id: 'dx.stepCount' })}</span>
        <button type="button" class="primary" ?disabled=${index === steps.length - 1} @click=${() => this.go('next')}>${msg('Next', { id: 'dx.next' })} →</button>
      </nav>
      <p class="muted small no-print">${msg('Keys: arrow left and right (or Page Up and Page Down) move between steps; Home goes to the start, End to the summary.', { id: 'dx.keys' })}</p>
      <section class="stage" part="stage" aria-labelledby="dx-step-title">
        ${step === 'opening' ? this.renderOpening() : step === 'summary' ? this.renderSummary() : this.renderStep(dilemmaById(step)!)}
      </section>
    </div>`;
  }

  private renderOpening(): TemplateResult {
    const statements = statementTexts();
    return html`<h3 id="dx-step-title" tabindex="-1">${this.stepTitle('opening')}</h3>
      <p>${msg('We go through the dilemmas one at a time. For each one, read the explanation aloud and ask everyone to stand on a line between the two poles, where they think our network stands. Count how many people stand where, then talk about why. At the end, a summary shows how the room stood, the most pressing dilemmas and the questions for our next meeting.', { id: 'dx.opening.how' })}</p>
      <p class="note">${msg('A dilemma is a situation in which every possible choice also has drawbacks. There are no right answers.', { id: 'dx.opening.definition' })}</p>
      <h4>${msg('Statements to open the discussion', { id: 'dx.statements.title' })}</h4>
      <p class="muted">${msg('Do you agree or disagree? Let people take a side of the room, and ask a few of them why.', { id: 'dx.statements.how' })}</p>
      <ol class="statements">${DILEMMA_STATEMENTS.map((s) => html`<li>${statements[s]}</li>`)}</ol>
      <p class="source">${msg('Source:', { id: 'dx.source' })} ${sourceTexts().inch}</p>`;
  }

  private renderStep(d: Dilemma): TemplateResult {
    const t = this.texts[d.id];
    const kinds = kindTexts();
    const shown = this.shown;
    const pressing = this._priorities.includes(d.id);
    return html`
      <p class="kind-label">${kinds[d.kind].name} · ${msg(str`dilemma ${shown.indexOf(d) + 1} of ${shown.length}`, { id: 'dx.step.of' })}</p>
      <h3 id="dx-step-title" tabindex="-1">${pressing ? html`<span class="star" aria-hidden="true">★ </span>` : nothing}${t.name}</h3>
      <p class="lead">${t.text}</p>
      <div class="poles-grid">
        ${t.poles.map((pole, i) => html`<div class="card">
          <h4><span class="pole">${pole}</span></h4>
          <p>${t.stakes[i]}</p>
        </div>`)}
      </div>
      ${d.quote && t.quote ? this.renderQuote(t.quote, d.quote) : nothing}
      <h4>${msg('Questions to discuss', { id: 'dx.questions' })}</h4>
      <ol>${t.questions.map((q) => html`<li>${q}</li>`)}</ol>
      ${this.renderRoom(d, t)}
      <div class="toolbar">
        <button type="button" aria-pressed=${pressing ? 'true' : 'false'} @click=${() => this.togglePriority(d.id)}>${msg('Most pressing', { id: 'dx.pressing.toggle' })}</button>
      </div>
      ${d.mediating.length || d.answers.length
        ? html`<details><summary>${msg('More to bring into the discussion', { id: 'dx.more.workshop' })}</summary>${this.renderDetails({ ...d, quote: null }, t, false, false)}</details>`
        : html`<p class="source">${msg('Source:', { id: 'dx.source' })} ${d.sources.map((s) => sourceTexts()[s]).join('; ')}</p>`}`;
  }

  private renderRoom(d: Dilemma, t: DilemmaTexts): TemplateResult {
    const split = this._splits[d.id] ?? DILEMMA_ROOM_STOPS.map(() => 0);
    const s = summariseDilemmaRoom(split);
    const stops = stopTexts(t.poles);
    return html`<div class="room card" role="group" aria-labelledby="dx-room-title">
      <h4 id="dx-room-title">${msg('How the room stands', { id: 'dx.room.title' })}</h4>
      <p class="muted small">${msg('Enter how many people stand at each place.', { id: 'dx.room.how' })}</p>
      <div class="room-rows">
        ${stops.map((stop, i) => html`<div class="room-row">
          <label for="dx-room-${i}">${stop.full}</label>
          <input id="dx-room-${i}" type="number" inputmode="numeric" min="0" max="999" step="1" .value=${String(split[i])}
            @input=${(e: Event) => this.count(d.id, i, e.target as HTMLInputElement)} />
          ${meter(s.shares[i])}
          <span class="share">${s.total ? `${Math.round(s.shares[i] * 100)}%` : ''}</span>
        </div>`)}
      </div>
      ${this.renderRoomSummary(s, t)}
      ${s.total ? html`<div class="toolbar">
        <button type="button" @click=${() => this.place(d.id, Math.round((s.mean as number) * 100) / 100)}>${msg('Place our network where the room stands', { id: 'dx.room.place' })}</button>
        <button type="button" @click=${() => this.clearCount(d.id)}>${msg('Clear the count', { id: 'dx.room.clear' })}</button>
      </div>` : nothing}
    </div>`;
  }

  private renderRoomSummary(s: ReturnType<typeof summariseDilemmaRoom>, t: DilemmaTexts): TemplateResult {
    if (!s.total) return html`<p class="muted">${msg('No one counted yet.', { id: 'dx.room.empty' })}</p>`;
    const where = stopTexts(t.poles)[dilemmaRoomStopOf(s.mean as number)].full;
    return html`<p class="room-summary"><strong>${msg(str`${s.total} people.`, { id: 'dx.room.total' })}</strong>
      ${msg(str`On average: ${where}.`, { id: 'dx.room.mean' })}</p>
      ${s.divided ? html`<p class="warning">${msg('The room is divided: a large share stands on each side. Ask both sides to explain their choice.', { id: 'dx.room.divided' })}</p>` : nothing}`;
  }

  private renderSummary(): TemplateResult {
    const profile = this.profile;
    const counted = this.shown.filter((d) => this._splits[d.id]);
    return html`<h3 id="dx-step-title" tabindex="-1">${this.stepTitle('summary')}</h3>
      <p class="note">${msg('To discuss:', { id: 'dx.summary.prompt' })} ${statementTexts()['unequal-impact']}</p>
      <h4>${msg('How the room stood', { id: 'dx.summary.rooms' })}</h4>
      ${counted.length
        ? html`<ul class="rooms">${counted.map((d) => {
          const t = this.texts[d.id];
          const s = summariseDilemmaRoom(this._splits[d.id]);
          return html`<li>
            <span><strong>${t.name}</strong>${s.divided ? html` <span class="tag">${msg('divided', { id: 'dx.summary.divided' })}</span>` : nothing}</span>
            ${this.histogram(s.shares)}
            <span class="small"><span class="pole">${t.poles[0]}</span> <span class="counts">${this._splits[d.id].join(' · ')}</span> ${t.poles[1]}</span>
            <span class="small muted">${msg(str`${s.total} people. On average: ${stopTexts(t.poles)[dilemmaRoomStopOf(s.mean as number)].full}.`, { id: 'dx.summary.room' })}</span>
          </li>`;
        })}</ul>`
        : html`<p class="muted">${msg('No counts were recorded.', { id: 'dx.summary.noRooms' })}</p>`}
      ${this.renderPressing(profile, false)}
      ${this.renderQuestions(profile)}`;
  }

  /** Five bars, one per stop; decorative, the counts are given as text next to it. */
  private histogram(shares: readonly number[]): TemplateResult {
    const top = Math.max(...shares, 0.0001);
    return html`<svg class="histogram" viewBox="0 0 100 30" aria-hidden="true" focusable="false">
      ${shares.map((share, i) => {
        const h = Math.round((share / top) * 26);
        return svg`<rect class="bar" x=${i * 20 + 3} y=${28 - h} width="14" height=${h}></rect>`;
      })}
      ${svg`<line class="mark-line" x1="0" y1="28.5" x2="100" y2="28.5"></line>`}
    </svg>`;
  }

  // ------------------------------------------------------------ tools

  private renderTools(): TemplateResult {
    return html`<div class="tools toolbar no-print">
        <button type="button" @click=${this.print}>${this._mode === 'workshop'
          ? msg('Print the summary', { id: 'dx.tools.printSummary' })
          : msg('Print the profile', { id: 'dx.tools.printProfile' })}</button>
        <button type="button" @click=${this.copyAsText}>${msg('Copy as text', { id: 'dx.tools.copy' })}</button>
        <button type="button" @click=${this.save}>${msg('Save as a file', { id: 'dx.tools.save' })}</button>
        <label class="button file">${msg('Open a saved file', { id: 'dx.tools.open' })}
          <input type="file" accept=".json,application/json" class="sr-only" @change=${this.load} /></label>
        <button type="button" @click=${this.copyLink}>${msg('Copy a link to this workshop', { id: 'dx.tools.link' })}</button>
        <span class="spacer"></span>
        ${this.confirmingReset
          ? html`<span role="group" aria-labelledby="dx-reset-q" class="confirm">
              <span id="dx-reset-q">${msg('Clear all positions, marks and counts?', { id: 'dx.reset.question' })}</span>
              <button type="button" id="dx-reset-yes" @click=${this.reset}>${msg('Yes, clear everything', { id: 'dx.reset.yes' })}</button>
              <button type="button" @click=${() => { this.confirmingReset = false; void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#dx-reset')?.focus()); }}>${msg('Cancel', { id: 'dx.reset.cancel' })}</button>
            </span>`
          : html`<button type="button" id="dx-reset" @click=${() => { this.confirmingReset = true; void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#dx-reset-yes')?.focus()); }}>${msg('Start again', { id: 'dx.reset' })}</button>`}
      </div>
      ${this.link ? html`<div class="link no-print">
        <label for="dx-link">${msg('Link to this workshop', { id: 'dx.link.label' })}</label>
        <input id="dx-link" type="text" readonly .value=${this.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        <p class="muted small">${msg('Whoever opens this link sees the positions, marks and counts it holds. The link is not stored anywhere: nothing leaves your browser until you share it.', { id: 'dx.link.privacy' })}</p>
      </div>` : nothing}`;
  }

  /** The profile, or the workshop summary, as plain text for the clipboard. */
  private plainText(): string {
    const profile = this.profile;
    const lines: string[] = [msg('Dilemmas in our network', { id: 'dx.title' }), ''];
    if (this._mode === 'workshop') {
      const counted = this.shown.filter((d) => this._splits[d.id]);
      if (counted.length) {
        lines.push(msg('How the room stood', { id: 'dx.summary.rooms' }));
        for (const d of counted) {
          const t = this.texts[d.id];
          const s = summariseDilemmaRoom(this._splits[d.id]);
          lines.push(`- ${t.name}: ${t.poles[0]} ${this._splits[d.id].join(' · ')} ${t.poles[1]}. ` +
            msg(str`${s.total} people. On average: ${stopTexts(t.poles)[dilemmaRoomStopOf(s.mean as number)].full}.`, { id: 'dx.summary.room' }) +
            (s.divided ? ` (${msg('divided', { id: 'dx.summary.divided' })})` : ''));
        }
        lines.push('');
      }
    }
    lines.push(msg('Most pressing', { id: 'dx.pressing.title' }));
    profile.pressing.forEach((p, i) => lines.push(`${i + 1}. ${this.texts[p.id].name}`));
    if (!profile.pressing.length) lines.push('-');
    lines.push('', msg('Questions for our next meeting', { id: 'dx.questions.meeting' }));
    for (const q of profile.questions) lines.push(`- ${this.texts[q.dilemma].name}: ${this.texts[q.dilemma].questions[q.index]}`);
    if (!profile.questions.length) lines.push('-');
    lines.push('', msg('Where our network stands', { id: 'dx.stands.title' }));
    for (const e of profile.entries) {
      const t = this.texts[e.id];
      lines.push(`- ${t.name}: ${e.position === null ? msg('not placed', { id: 'dx.stands.unplaced' }) : stopTexts(t.poles)[dilemmaRoomStopOf(e.position)].full}`);
    }
    lines.push('', `${msg('Source:', { id: 'dx.source' })} ${sourceTexts().inch}`);
    return lines.join('\n');
  }
}
