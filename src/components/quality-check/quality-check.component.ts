import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  QUALITY_AUDIENCES, cleanQualityAnswers, compareQualityResults, parseQualityDocument, qualityBand, qualityCoverage, qualityDocument,
  qualityFormValue, qualityIdeas, qualityQuestions, qualityResult,
  type QualityAnswers, type QualityAudience, type QualityIdea, type QualityComparable, type QualityDimension, type QualityResult,
} from '../../core/quality/index.js';
import { SamenElement } from '../../internal/samen-element.js';
import { FormAssociated } from '../../internal/form-associated.js';
import { choiceGroup, meter } from '../../internal/templates.js';
import { downloadJson, readFiles } from '../../internal/files.js';
import {
  bandTexts, caveatTexts, dimensionMeanings, dimensionNames, ideaTexts, joinAnd, progressText, questionTexts, scaleTexts,
} from './quality-check.texts.js';
import { styles } from './quality-check.styles.js';

/** The detail of this element's `samen-change` event, declared with the other events in src/events.ts. */
export type { QualityChangeDetail } from '../../events.js';

/** A perspective loaded for comparison. */
interface LoadedResult extends QualityComparable {
  label: string;
}

/** At most this many saved results are compared at once; a wider table is unreadable. */
const MAX_COMPARED = 8;
/** Ideas are shown open for this many of the weakest B's; the others fold away. */
const OPEN_IDEAS = 2;
/** How many ideas an open B shows before "More ideas". */
const OPEN_IDEA_COUNT = 3;

/**
 * @tagname samen-quality-check
 * @summary How accessible is a service? Families or staff answer along the 5 B's of
 * Roose & De Bie (availability, reachability, affordability, usability,
 * comprehensibility; optionally being known and trustworthiness), see a score per B
 * with the weakest first and ideas to improve, and compare saved results side by side.
 *
 * @event samen-change - The user changed an answer or started again. Detail: `{ answers, result }`.
 *
 * @attr name - With a host `<form>`, the result is submitted under this name as JSON
 * `{ audience, answers, scores }`; a form reset returns to the page's `answers`.
 *
 * @csspart question - Each question (a fieldset).
 * @csspart result - The result panel.
 * @csspart chart - The table of scores with its bars.
 * @csspart compare - The comparison of saved results.
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
export class SamenQualityCheck extends FormAssociated(SamenElement) {
  static override styles: CSSResultGroup = [SamenElement.styles, styles];

  private _answers: QualityAnswers = {};
  /** What a form reset returns to: the answers the page gave last. */
  private _pageAnswers: QualityAnswers = {};
  private _audience: QualityAudience = 'family';
  /**
   * Questions the user chose to skip. Only to show "Skip" as chosen: an unanswered
   * question starts with no option selected, so a parent sees nothing pre-filled.
   */
  private _skipped = new Set<string>();

  /** True while the user has chosen to keep answers on this device. */
  @state() private keep = false;
  /** A visible notice about the device storage (saved, deleted, unreadable). */
  @state() private storageNotice = '';
  /** The saved results loaded for comparison. */
  @state() private compared: LoadedResult[] = [];
  /** Visible notices about files that could not be (fully) read. */
  @state() private compareNotices: string[] = [];
  /** The optional name the user gives this result for the download. */
  @state() private label = '';
  /** What screen readers hear after the user changes something. */
  @state() private announcement = '';

  /**
   * Who answers: `family` (default; a parent about a service they use, in plain words)
   * or `staff` (a professional about their own service). Unknown values show `family`,
   * with a warning. Changing it keeps all answers; only this audience's count.
   */
  @property({ reflect: true })
  get audience(): QualityAudience {
    return this._audience;
  }
  set audience(input: string) {
    const old = this._audience;
    this._audience = this.cleanChoice(input, QUALITY_AUDIENCES, 'family', 'audience');
    this.requestUpdate('audience', old);
  }

  /** Also ask about being known (bekendheid) and trustworthiness (betrouwbaarheid). */
  @property({ type: Boolean, reflect: true }) extended = false;

  /**
   * The localStorage key used once the user opts in to keeping answers on this device.
   * Give each checker on a page its own key. Read when the element connects.
   */
  @property({ attribute: 'storage-key' }) storageKey = 'samen-quality-check';

  /**
   * The answers: question id -> 1..5 (see `questions` for the ids). As an attribute:
   * JSON. Invalid entries (unknown ids, values that are not whole numbers 1..5) are
   * ignored with a warning. Answers to the other audience's questions are kept.
   */
  @property({ attribute: 'answers' })
  get answers(): QualityAnswers {
    return { ...this._answers };
  }
  set answers(input: unknown) {
    const old = this._answers;
    this._answers = this.cleanInput(input, 'answers', cleanQualityAnswers);
    this._pageAnswers = this._answers;
    this.requestUpdate('answers', old);
  }

  /** The questions shown: `{ id, dimension }[]`, grouped by B in the canonical order. */
  get questions(): { id: string; dimension: QualityDimension }[] {
    return qualityQuestions(this._audience, this.extended);
  }

  /**
   * The result: `{ scores, weakest }`. `scores` maps each shown B to 0..100 (mean
   * answer, 1 -> 0, 5 -> 100) or null when none of its questions is answered; `weakest`
   * lists the scored B's from lowest to highest.
   */
  get result(): QualityResult {
    return qualityResult(this._answers, this._audience, this.extended);
  }

  /** Whether kept answers were looked for; once per element, not on every move in the page. */
  private restoreTried = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.restoreTried) {
      this.restoreTried = true;
      this.restore();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Not an event: keeping the submitted value current is the form's business.
    this.setFormValue(qualityFormValue(this._answers, this._audience, this.extended));
  }

  /** A form reset returns to the answers the page gave. */
  formResetCallback(): void {
    this._answers = { ...this._pageAnswers };
    this._skipped.clear();
    this.requestUpdate();
  }

  // ---- user actions -------------------------------------------------------------

  private answer(id: string, value: string): void {
    const next = { ...this._answers };
    if (value) next[id] = Number(value);
    else delete next[id];
    if (value) this._skipped.delete(id);
    else this._skipped.add(id);
    this._answers = next;
    this.requestUpdate();
    this.announce();
    this.changed();
  }

  private reset(): void {
    this._answers = {};
    this._skipped.clear();
    this.announcement = msg('All answers cleared.', { id: 'qc.cleared' });
    this.requestUpdate();
    this.changed();
  }

  private changed(): void {
    if (this.keep) this.save();
    this.emit('samen-change', { answers: this.answers, result: this.result });
  }

  private announce(): void {
    const shown = this.questions;
    const answered = shown.filter((q) => q.id in this._answers).length;
    const [weakest] = this.result.weakest;
    const names = dimensionNames(this._audience);
    this.announcement = `${progressText(answered, shown.length)}.` +
      (weakest ? ` ${msg(str`Weakest so far: ${names[weakest]}.`, { id: 'qc.announce.weakest' })}` : '');
  }

  // ---- device storage (only after opt-in) ----------------------------------------

  /** Reads answers kept earlier; data that cannot be read is removed, with a notice. */
  private restore(): void {
    let text: string | null;
    try {
      text = localStorage.getItem(this.storageKey);
    } catch {
      return; // storage blocked: nothing can have been kept
    }
    if (text === null) return;
    const parsed = parseQualityDocument(text, 'storage');
    if (!parsed.usable) {
      this.removeStored();
      this.storageNotice = msg('Answers kept on this device could not be read and were deleted.', { id: 'qc.store.corrupt' });
      return;
    }
    this._answers = parsed.value.answers;
    this.keep = true;
    if (parsed.issues.length) {
      this.storageNotice = msg('Some answers kept on this device could not be read and were left out.', { id: 'qc.store.partly' });
      this.save();
    }
    this.requestUpdate();
  }

  private save(): void {
    const doc = qualityDocument(this._answers, this._audience, this.extended, { keepOtherAnswers: true, savedAt: new Date() });
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(doc));
    } catch {
      this.keep = false;
      this.storageNotice = msg('This browser does not allow keeping answers on this device.', { id: 'qc.store.unavailable' });
    }
  }

  private removeStored(): void {
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      // Storage blocked: nothing was kept.
    }
  }

  private toggleKeep(event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    if (on) {
      this.keep = true;
      this.storageNotice = '';
      this.save();
      if (this.keep) this.announcement = msg('Your answers are kept on this device.', { id: 'qc.store.saved' });
    } else this.forget();
  }

  private forget(): void {
    this.removeStored();
    this.keep = false;
    this.storageNotice = msg('Your answers were deleted from this device.', { id: 'qc.store.deleted' });
    this.announcement = this.storageNotice;
  }

  // ---- export, print, compare ----------------------------------------------------

  private download(): void {
    const savedAt = new Date();
    const doc = qualityDocument(this._answers, this._audience, this.extended, { label: this.label, savedAt });
    downloadJson(`samen-quality-check-${this._audience}-${savedAt.toISOString().slice(0, 10)}.json`, doc);
  }

  private print(): void {
    window.print();
  }

  private async load(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = await readFiles(input.files);
    input.value = ''; // so the same file can be loaded again after a removal
    const loaded: LoadedResult[] = [];
    const notices: string[] = [];
    for (const { name, text } of files) {
      const parsed = text === null ? null : parseQualityDocument(text, name);
      if (!parsed?.usable) {
        notices.push(msg(str`${name} is not a saved result of this checker and was skipped.`, { id: 'qc.compare.skipped' }));
        continue;
      }
      if (this.compared.length + loaded.length >= MAX_COMPARED) {
        notices.push(msg(str`${name} was not added: at most ${MAX_COMPARED} results can be compared.`, { id: 'qc.compare.tooMany' }));
        continue;
      }
      if (parsed.issues.length) notices.push(msg(str`${name}: some entries could not be read and were left out.`, { id: 'qc.compare.partly' }));
      const { label, audience, scores } = parsed.value;
      loaded.push({ label: label ?? name.replace(/\.json$/i, ''), audience, scores });
    }
    this.compared = [...this.compared, ...loaded];
    this.compareNotices = notices;
    this.announcement = msg(str`Results loaded: ${loaded.length}.`, { id: 'qc.compare.loaded' });
  }

  private removeCompared(index: number): void {
    this.compared = this.compared.filter((_, i) => i !== index);
  }

  // ---- rendering -------------------------------------------------------------------

  override render(): TemplateResult {
    const family = this._audience === 'family';
    return html`
      <header class="head">
        <div>
          <h2>${family
            ? msg('How easy is this service for you?', { id: 'qc.title.family' })
            : msg('How accessible is our service?', { id: 'qc.title.staff' })}</h2>
          <p class="muted">${family
            ? msg('Think of one service you use, for example childcare, the family centre or the social welfare office. Choose the answer that fits your experience. You can skip any question.', { id: 'qc.intro.family', desc: 'Name local services a parent knows, as they are called in the language' })
            : msg('Answer for your own service, as honestly as you can. The result is a starting point for a conversation with families and partners, not a verdict.', { id: 'qc.intro.staff' })}</p>
        </div>
        ${this.presentation
          ? html`<button type="button" class="no-print" @click=${this.toggleFullscreen}>${msg('Full screen', { id: 'common.fullscreen' })}</button>`
          : nothing}
      </header>
      ${this.renderQuestions()}
      <section class="result" part="result" aria-labelledby="qc-result-title">${this.renderResult()}</section>
      ${this.renderTools()}
      ${this.renderCompare()}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderQuestions(): unknown {
    const shown = this.questions;
    const texts = questionTexts();
    const names = dimensionNames(this._audience);
    const scale = scaleTexts();
    const options = [...[1, 2, 3, 4, 5].map((v) => ({ value: String(v), label: scale.values[v] })), { value: '', label: scale.skip }];
    const answered = shown.filter((q) => q.id in this._answers).length;
    const dimensions = [...new Set(shown.map((q) => q.dimension))];
    // Keyed by audience: fresh radios for the other audience's questions, so no radio
    // reused from the previous list can keep a stale checked state.
    return keyed(this._audience, html`<form class="questions" @submit=${(e: Event) => e.preventDefault()}>
      <p class="progress">${progressText(answered, shown.length)}</p>
      ${meter(answered / shown.length)}
      ${dimensions.map((d) => html`<section class="group" aria-labelledby="qc-group-${d}">
        <h3 id="qc-group-${d}">${names[d]}</h3>
        ${shown.filter((q) => q.dimension === d).map((q) =>
          choiceGroup(`qc-${q.id}`, texts[q.id], options, this.selected(q.id), (v) => this.answer(q.id, v)))}
      </section>`)}
    </form>`);
  }

  /** The radio value to show as chosen; a value no option has while untouched, so none is. */
  private selected(id: string): string {
    return id in this._answers ? String(this._answers[id]) : this._skipped.has(id) ? '' : 'untouched';
  }

  private renderResult(): TemplateResult {
    const family = this._audience === 'family';
    const r = this.result;
    const title = html`<h3 id="qc-result-title">${msg('Result', { id: 'qc.result.title' })}</h3>`;
    const skipNote = html`<p class="muted small">${msg('Skipped questions are left out: they never count as a low score.', { id: 'qc.skipNote' })}</p>`;
    if (!r.weakest.length) {
      return html`${title}<p>${msg('Answer one or more questions to see the result.', { id: 'qc.result.empty' })}</p>${skipNote}`;
    }
    const names = dimensionNames(this._audience);
    const bands = bandTexts();
    const coverage = qualityCoverage(this._answers, this._audience, this.extended);
    return html`${title}
      <table class="scores" part="chart" role="table">
        <caption>${msg('Score per topic, from 0 to 100: the higher, the more accessible.', { id: 'qc.table.caption' })}</caption>
        <thead><tr role="row">
          <th scope="col" role="columnheader">${msg('Topic', { id: 'qc.table.topic' })}</th>
          <th scope="col" role="columnheader">${msg('Score', { id: 'qc.table.score' })}</th>
        </tr></thead>
        <tbody>${coverage.map(({ dimension, answered, asked }) => {
          const score = r.scores[dimension];
          return html`<tr role="row">
            <th scope="row" role="rowheader">${names[dimension]}</th>
            <td role="cell"><div class="cell">${score == null
              ? html`<span class="muted">${msg('Not answered', { id: 'qc.score.none' })}</span>`
              : html`<span class="score-text">${msg(str`${score} of 100`, { id: 'qc.score.value' })}</span>
                <span class="band band-${qualityBand(score)}">${bands[qualityBand(score)]}</span>${meter(score / 100)}`}
              <span class="muted small answered">${progressText(answered, asked)}</span></div></td>
          </tr>`;
        })}</tbody>
      </table>
      <h4>${msg('Weakest first, with ideas to improve', { id: 'qc.weakest.title' })}</h4>
      <ol class="weakest">${r.weakest.map((d, i) => this.renderWeak(d, r.scores[d]!, i < OPEN_IDEAS && qualityBand(r.scores[d]!) !== 'good'))}</ol>
      ${skipNote}
      <p class="note">${family
        ? msg('There are no right or wrong answers. What you share helps the service see what works for families and what does not.', { id: 'qc.dialogue.family' })
        : msg('Quality can only be judged together with the families who use a service. Compare this result with theirs and talk it through.', { id: 'qc.dialogue.staff' })}</p>
      <p class="source">${msg('The 5 B\'s: Roose & De Bie (2003), with the working definitions of VVSG; being known and trustworthiness come from Flemish practice. Ideas: INCh research project (2014–2018).', { id: 'qc.source' })}</p>`;
  }

  private renderWeak(dimension: QualityDimension, score: number, open: boolean): TemplateResult {
    const ideas = ideaTexts();
    const caveats = caveatTexts();
    const item = (idea: QualityIdea) => html`<li>
      ${ideas[idea.id]}${idea.caveat ? html` <span class="muted">${msg(str`Keep in mind: ${caveats[idea.caveat]}`, { id: 'qc.caveat' })}</span>` : nothing}
    </li>`;
    const all = qualityIdeas(dimension);
    const summary = msg('Ideas to improve', { id: 'qc.ideas.title' });
    if (!open) return this.renderCard(dimension, score, false, html`<details><summary>${summary}</summary><ul class="ideas">${all.map(item)}</ul></details>`);
    // The first few ideas are those best known for this B; the rest fold away, so the
    // result stays short enough for a phone and for one printed page.
    const first = all.slice(0, OPEN_IDEA_COUNT);
    const more = all.slice(OPEN_IDEA_COUNT);
    return this.renderCard(dimension, score, true, html`<p class="ideas-title">${summary}</p><ul class="ideas">${first.map(item)}</ul>
      ${more.length ? html`<details><summary>${msg('More ideas', { id: 'qc.ideas.more' })}</summary><ul class="ideas">${more.map(item)}</ul></details>` : nothing}`);
  }

  private renderCard(dimension: QualityDimension, score: number, open: boolean, ideas: TemplateResult): TemplateResult {
    const names = dimensionNames(this._audience);
    return html`<li class="card ${open ? 'open' : ''}">
      <h5>${msg(str`${names[dimension]}: ${score} of 100`, { id: 'qc.card.heading' })} <span class="band band-${qualityBand(score)}">${bandTexts()[qualityBand(score)]}</span></h5>
      ${this._audience === 'staff' ? html`<p class="small">${dimensionMeanings()[dimension]}</p>` : nothing}
      ${ideas}
    </li>`;
  }

  private renderTools(): TemplateResult {
    return html`<div class="tools no-print">
      <label class="field">
        <span>${msg('Name for this result (optional)', { id: 'qc.label.field' })}</span>
        <input type="text" .value=${this.label} maxlength="80" autocomplete="off"
          @input=${(e: Event) => (this.label = (e.target as HTMLInputElement).value)} />
      </label>
      <div class="toolbar">
        <button type="button" class="download" @click=${this.download}>${msg('Download as a file (JSON)', { id: 'qc.download' })}</button>
        <button type="button" class="print" @click=${this.print}>${msg('Print', { id: 'qc.print' })}</button>
        <button type="button" class="reset" @click=${this.reset}>${msg('Start again', { id: 'qc.reset' })}</button>
      </div>
      <div class="storage">
        <label class="check">
          <input type="checkbox" .checked=${this.keep} @change=${this.toggleKeep} />
          <span>${msg('Keep my answers on this device', { id: 'qc.store.label' })}</span>
        </label>
        <p class="muted small">${msg('Only in this browser, so you can continue later. Nothing is sent anywhere.', { id: 'qc.store.hint' })}</p>
        ${this.keep
          ? html`<button type="button" class="delete" @click=${this.forget}>${msg('Delete my answers from this device', { id: 'qc.store.delete' })}</button>`
          : nothing}
        ${this.storageNotice ? html`<p class="warning">${this.storageNotice}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderCompare(): TemplateResult {
    const own = this.result;
    const columns: LoadedResult[] = [
      ...(own.weakest.length ? [{ label: msg('These answers', { id: 'qc.compare.current' }), audience: this._audience, scores: own.scores }] : []),
      ...this.compared,
    ];
    const rows = compareQualityResults(columns);
    const names = dimensionNames(this._audience);
    const audiences = {
      family: msg('Family', { id: 'qc.audience.family' }),
      staff: msg('Staff', { id: 'qc.audience.staff' }),
    };
    const noScore = html`<span aria-hidden="true">–</span><span class="sr-only">${msg('No score', { id: 'qc.compare.noScore' })}</span>`;
    const offset = columns.length - this.compared.length;
    const spread = msg('Difference', { id: 'qc.compare.spread' });
    return html`<section class="compare ${this.compared.length ? '' : 'no-print'}" part="compare" aria-labelledby="qc-compare-title">
      <h3 id="qc-compare-title">${msg('Compare views', { id: 'qc.compare.title' })}</h3>
      <p class="no-print">${msg('Load saved results, for example from families and from staff about the same service, and see where they differ most.', { id: 'qc.compare.intro' })}</p>
      <!-- The native file input's own words follow the browser, not the page: it is
           hidden visually (still focusable) behind a label that looks like a button. -->
      <label class="file-button button no-print">
        <input type="file" multiple accept=".json,application/json" @change=${this.load} />
        <span>${msg('Load saved results (JSON files)', { id: 'qc.compare.load' })}</span>
      </label>
      ${this.compareNotices.map((n) => html`<p class="warning">${n}</p>`)}
      ${this.compared.length
        ? html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="qc-compare-caption">
            <table class="compare-table" role="table">
              <caption id="qc-compare-caption">${msg('Scores side by side, biggest differences first', { id: 'qc.compare.caption' })}</caption>
              <thead><tr role="row">
                <th scope="col" role="columnheader">${msg('Topic', { id: 'qc.table.topic' })}</th>
                ${columns.map((c) => html`<th scope="col" role="columnheader">${c.label}<br /><span class="muted small">${audiences[c.audience]}</span></th>`)}
                <th scope="col" role="columnheader">${spread}</th>
              </tr></thead>
              <tbody>${rows.map((row) => html`<tr role="row">
                <th scope="row" role="rowheader">${names[row.dimension]}</th>
                ${row.scores.map((s, i) => html`<td role="cell" class=${row.spread && row.lowest.includes(i) ? 'lowest' : ''}>
                  <span class="col-label" aria-hidden="true">${columns[i].label}</span><span>${s ?? noScore}</span></td>`)}
                <td role="cell"><span class="col-label" aria-hidden="true">${spread}</span><span>${row.spread === null ? noScore : html`<strong>${row.spread}</strong>${row.spread > 0
                  ? html`<br /><span class="small">${msg(str`lowest: ${joinAnd(row.lowest.map((i) => columns[i].label))}`, { id: 'qc.compare.lowest' })}</span>`
                  : nothing}`}</span></td>
              </tr>`)}</tbody>
            </table>
          </div>
          <ul class="loaded no-print">${this.compared.map((c, i) => html`<li>
            <button type="button" @click=${() => this.removeCompared(i)}>${msg(str`Remove ${c.label}`, { id: 'qc.compare.remove' })}</button>
          </li>`)}</ul>
          ${offset === 0 && this.compared.length === 1
            ? html`<p class="muted small">${msg('Load one more result, or answer the questions, to compare.', { id: 'qc.compare.needTwo' })}</p>`
            : nothing}`
        : nothing}
    </section>`;
  }
}
