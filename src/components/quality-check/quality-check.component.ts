import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { msg, localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import {
  QUALITY_AUDIENCES, QUALITY_READING_LEVELS, cleanQualityAnswers, cleanQualityService, qualityDocument, qualityFormValue, qualityQuestions, qualityResult,
  type QualityAnswers, type QualityAudience, type QualityDimension, type QualityDocument, type QualityResult,
} from '../../core/quality/index.js';
import { SamenElement } from '../../internal/samen-element.js';
import { FormAssociated } from '../../internal/form-associated.js';
import { downloadJson } from '../../internal/files.js';
import { flowTexts } from './quality-check.texts.js';
import { headView, type Heading } from './views/head.js';
import { progressAnnouncement, questionsView } from './views/questions.js';
import { resultView } from './views/result.js';
import { endView, toolsView } from './views/tools.js';
import { CompareController } from './compare.controller.js';
import { KeptAnswers } from './keep.controller.js';
import { LiveRegion } from './live.controller.js';
import { HostFormWatch } from './host-form.controller.js';
import { styles } from './quality-check.styles.js';

/** The detail of `samen-change` from `<samen-quality-check>`. */
export interface QualityChangeDetail {
  /** Every answer held, the other audience's included: question id -> 1..5. */
  answers: QualityAnswers;
  /** Scores of the shown B's and the weakest first. */
  result: QualityResult;
}

/** The key used when the page gives none. */
const DEFAULT_STORAGE_KEY = 'samen-quality-check';

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
 * `{ format, version, audience, extended, service?, answers, scores }` (the shape of a
 * saved file); a form reset returns to the page's `answers` and deletes kept answers.
 *
 * @csspart question - Each question (a fieldset).
 * @csspart where - The line after the questions that says where the answers go.
 * @csspart result - The result panel.
 * @csspart chart - The table of scores with its bars.
 * @csspart compare - The comparison of saved results (staff only).
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
  private _service = '';
  private _storageKey = DEFAULT_STORAGE_KEY;
  /**
   * Questions the user chose to skip. Only to show "Skip" as chosen: an unanswered
   * question starts with no option selected, so a parent sees nothing pre-filled.
   */
  private _skipped = new Set<string>();

  /** "Keep my answers on this device", only after the user opts in. */
  private readonly kept = new KeptAnswers(this, DEFAULT_STORAGE_KEY, {
    document: () => qualityDocument(this._answers, this._audience, this.isExtended, {
      keepOtherAnswers: true, savedAt: new Date(), service: this._service, label: this.label, skipped: this._skipped,
    }),
    adopt: (doc) => this.adopt(doc),
    say: (text, error) => this.live.say(text, error),
  });
  /** The comparison of saved results (staff). */
  private readonly compare = new CompareController(this, (text, error) => this.live.say(text, error));

  /** The optional name the user gives this result for the download. */
  @state() private label = '';
  /** What screen readers hear after the user changes something; focus moves. */
  private readonly live = new LiveRegion(this, (text) => this.announce(text));
  /** The host form, watched for the thank-you after it is sent with a name. */
  private readonly hostForm = new HostFormWatch(this, () => {
    if (!this.name) return;
    this.submitted = true;
    this.live.say(flowTexts().thanks);
  });
  /** "Start again" was pressed: ask before clearing. */
  @state() private confirmReset = false;
  /** The host form was submitted with these answers: say thank you. */
  @state() private submitted = false;

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

  /** `extended` as the rules read it: only a real `true` (a page may set any value). */
  private get isExtended(): boolean {
    return this.extended === true;
  }

  /**
   * `easy` asks the family questions in an easy-read set (one very short sentence each,
   * simpler answer words); `standard` (default) in plain language. Staff questions stay
   * as they are. Unknown values show `standard`, with a warning.
   */
  @property({ attribute: 'reading-level', reflect: true })
  get readingLevel(): string {
    return this._readingLevel;
  }
  set readingLevel(input: string) {
    const old = this._readingLevel;
    this._readingLevel = this.cleanChoice(input, QUALITY_READING_LEVELS, 'standard', 'reading-level');
    this.requestUpdate('readingLevel', old);
  }
  private _readingLevel: string = 'standard';

  /**
   * The service being rated, e.g. `Consultatiebureau De Linde`: named in the title and
   * the introduction instead of "this service", and kept in the saved file and the form
   * value. Shown as text, never as HTML; at most 120 characters.
   */
  @property()
  get service(): string {
    return this._service;
  }
  set service(input: unknown) {
    const old = this._service;
    // Not through cleanInput: a service name is plain text, never JSON.
    const cleaned = cleanQualityService(input);
    this.warnAbout(cleaned.issues);
    this._service = cleaned.value;
    this.requestUpdate('service', old);
  }

  /**
   * The name of the device storage entry, used once the user opts in to keeping answers
   * on this device. samen keeps them under `samen:<storage-key>` and never reads or
   * deletes the page's own entries. Give each checker on a page its own key (a second
   * one with the same key gets `samen:<key>#2`, with a warning). May change at any time.
   */
  @property({ attribute: 'storage-key' })
  get storageKey(): string {
    return this._storageKey;
  }
  set storageKey(input: string) {
    const old = this._storageKey;
    const next = typeof input === 'string' && input.trim() ? input.trim() : DEFAULT_STORAGE_KEY;
    if (next === old) return;
    this._storageKey = next;
    this.kept.setKey(next, this.restoreTried);
    this.requestUpdate('storageKey', old);
  }

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
    // The page setting the same answers again (a CMS re-render) keeps what the user entered.
    if (this.samePageValue('answers', input)) return;
    const old = this._answers;
    this._answers = this.cleanInput(input, 'answers', cleanQualityAnswers);
    this._pageAnswers = this._answers;
    this.requestUpdate('answers', old);
  }

  /** The questions shown: `{ id, dimension }[]`, grouped by B in the canonical order. */
  get questions(): { id: string; dimension: QualityDimension }[] {
    return qualityQuestions(this._audience, this.isExtended);
  }

  /**
   * The result: `{ scores, weakest }`. `scores` maps each shown B to 0..100 (mean
   * answer, 1 -> 0, 5 -> 100) or null when none of its questions is answered; `weakest`
   * lists the scored B's from lowest to highest.
   */
  get result(): QualityResult {
    return qualityResult(this._answers, this._audience, this.isExtended);
  }

  /** Whether kept answers were looked for; once per element, not on every move in the page. */
  private restoreTried = false;
  /** The browser moved the element into or out of a form: what the end says changes. */
  formAssociatedCallback(): void {
    this.hostForm.update();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Kept answers are read before the first render, not at connection, so a
    // `storage-key` the page sets right after inserting the element is honoured.
    if (!this.restoreTried) {
      this.restoreTried = true;
      this.kept.restore();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Not an event: keeping the submitted value current is the form's business.
    this.setFormValue(qualityFormValue(this._answers, this._audience, this.isExtended, this._service));
  }

  /** A form reset returns to the answers the page gave, and deletes what was kept. */
  formResetCallback(): void {
    this._answers = { ...this._pageAnswers };
    this._skipped.clear();
    this.confirmReset = false;
    this.submitted = false;
    if (this.kept.keep) this.kept.forget();
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
    this.submitted = false;
    this.requestUpdate();
    this.live.say(progressAnnouncement(this._audience, this.questions, this._answers, this.result));
    this.changed();
  }

  /**
   * "Start again" asks first when there is anything to lose (`ask`), or the user said
   * "No". The pressed button is replaced each time: focus goes to its stand-in.
   */
  private askReset(ask: boolean): void {
    if (ask && !Object.keys(this._answers).length && !this._skipped.size) return this.reset();
    this.confirmReset = ask;
    this.live.focusAfterUpdate(ask ? '.reset-ask button.keep' : '.toolbar button.reset');
  }

  private reset(): void {
    this._answers = {};
    this._skipped.clear();
    this.confirmReset = false;
    this.submitted = false;
    this.live.say(msg('All answers cleared.', { id: 'qc.cleared' }));
    this.requestUpdate();
    this.changed();
    // Back to the start: the first question, where a user continues, in view.
    this.live.focusAfterUpdate('.questions input[type="radio"]', true);
  }

  private changed(): void {
    if (this.kept.keep) this.kept.save();
    this.emit('samen-change', { answers: this.answers, result: this.result });
  }

  private download(): void {
    const savedAt = new Date();
    const doc = qualityDocument(this._answers, this._audience, this.isExtended, { label: this.label, savedAt, service: this._service });
    downloadJson(`samen-quality-check-${this._audience}-${savedAt.toISOString().slice(0, 10)}.json`, doc);
  }

  // ---- device storage (only after opt-in) ----------------------------------------

  /** Shows a kept document: answers, skip marks, label, and the service when the page names none. */
  private adopt(doc: QualityDocument): void {
    this._answers = doc.answers;
    this._skipped = new Set(doc.skipped ?? []);
    this.label = doc.label ?? '';
    if (!this._service && doc.service) this._service = doc.service;
  }

  /** "Delete my answers from this device": the button goes, so focus moves to the box. */
  private forget(): void {
    this.kept.forget();
    this.live.focusAfterUpdate('.storage input[type="checkbox"]');
  }

  // ---- rendering -------------------------------------------------------------------

  /** True when a host form will submit the answers: inside a form, with a name. */
  private get sentWithForm(): boolean {
    return !!this.name && !!this.form;
  }

  override render(): TemplateResult {
    const family = this._audience === 'family';
    const heading: Heading = (depth, content, options) => this.heading(depth, content, options);
    return html`
      ${headView({ family, service: this._service, title: (text) => this.renderTitle(text), fullscreen: this.renderFullscreenButton() })}
      ${questionsView({ audience: this._audience, questions: this.questions, answers: this._answers, skipped: this._skipped, onAnswer: (id, v) => this.answer(id, v), heading, easy: family && this._readingLevel === 'easy' })}
      ${endView({ sentWithForm: this.sentWithForm, submitted: this.submitted })}
      <section class="result" part="result" aria-labelledby="qc-result-title">
        ${resultView({ audience: this._audience, extended: this.isExtended, answers: this._answers, result: this.result, heading })}
      </section>
      ${toolsView({
        family, sentWithForm: this.sentWithForm, keep: this.kept.keep, storageNotice: this.kept.notice, label: this.label,
        confirmReset: this.confirmReset,
        onLabel: (v) => (this.label = v), onDownload: () => this.download(), onPrint: () => window.print(),
        onReset: () => this.askReset(true), onResetYes: () => this.reset(), onResetNo: () => this.askReset(false),
        onKeep: (e) => this.kept.toggle((e.target as HTMLInputElement).checked), onForget: () => this.forget(),
      })}
      ${family ? nothing : this.compare.render(this._audience, this.result, heading)}
      ${this.renderStatus()}
    `;
  }
}

