import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { msg, localized } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { qualityDocument, qualityFormValue, type QualityDocument } from '../../core/quality/saved.js';
import { SamenElement } from '../../internal/samen-element.js';
import { later } from '../../internal/controllers/lazy-texts.js';
import { qcLater } from './views/later.js';
import { downloadJson } from '../../internal/files.js';
import { flowTexts, scaleTexts } from './quality-check.first-texts.js';
import { easyTexts } from './quality-check.easy.js';
import { easyPictograms } from './pictograms.js';
import { headView, type Heading } from './views/head.js';
import { progressAnnouncement, questionsView } from './views/questions.js';
import { resultView } from './views/result.js';
import { endView, toolsView } from './views/tools.js';
import { linkButtonsView, linkNoticeView, linkPanelView } from './views/link.js';
import { CompareController } from './compare.controller.js';
import { KeptAnswers } from './keep.controller.js';
import { LiveRegion } from './live.controller.js';
import { HostFormWatch } from './host-form.controller.js';
import { QualityLink, type LinkSnapshot } from './link.controller.js';
import { DEFAULT_STORAGE_KEY, QualityCheckProperties } from './quality-check.properties.js';
import { styles } from './quality-check.styles.js';

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
export class SamenQualityCheck extends QualityCheckProperties {
  static override styles: CSSResultGroup = [SamenElement.styles, styles];

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

  /** @internal The staff answers as a `#samen-quality=` link (staff only), applied once per element. */
  readonly link = new QualityLink(this, {
    staff: () => this._audience === 'staff',
    snapshot: (): LinkSnapshot => ({ answers: { ...this._answers }, extended: this.isExtended, service: this._service, skipped: [...this._skipped] }),
    apply: (s) => {
      this._answers = s.answers;
      this.extended = s.extended;
      this._service = s.service;
      this._skipped = new Set(s.skipped);
      this.submitted = false;
      this.requestUpdate();
    },
    changed: () => this.changed(false),
    say: (text, error) => this.live.say(text, error),
    focus: (selector) => this.live.focusAfterUpdate(selector),
    warn: (problem, received) => this.warnAbout([{ path: 'link', problem, received }]),
  });

  /** A new `storage-key`: kept answers follow it, or the new key's are read (once kept answers were looked for). */
  protected storageKeyChanged(key: string): void {
    this.kept.setKey(key, this.restoreTried);
  }

  /** Whether kept answers were looked for; once per element, not on every move in the page. */
  private restoreTried = false;
  /** Whether a link in the address was looked at: after the kept answers are read, once. */
  private linkSettled = false;
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
    // Kept answers waiting for the later part (the reader) are read in the update it brings.
    this.kept.resume();
    // After the kept answers: a link asks before it replaces them.
    if (!this.kept.reading && !this.linkSettled) {
      this.linkSettled = true;
      this.link.settle();
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

  /** After a user change: keep it (if asked), fire the event; `byUser` also makes a shown link stale. */
  private changed(byUser = true): void {
    if (byUser) this.link.changed();
    else this.link.share.changed();
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
    const easy = this.isEasy ? easyTexts(scaleTexts().skip) : undefined;
    const pictograms = easy && !this.noPictograms ? easyPictograms(this) : null;
    const heading: Heading = (depth, content, options) => this.heading(depth, content, options);
    return html`
      ${headView({ family, service: this._service, title: (text, extra) => this.heading(0, text, { className: `title ${this.hideTitle ? 'sr-only' : ''} ${extra}` }), fullscreen: this.renderFullscreenButton(), easy })}
      ${this.kept.reading ? this.readingView() : this.bodyView(family, easy, pictograms, heading)}
      ${this.renderStatus()}
    `;
  }

  /**
   * While kept answers are read (the later part brings the reader), the loading line (or
   * why it failed, with Try again) stands where the questions, result and tools go: an
   * answer given now would be overwritten by the kept ones, and the box would overwrite them.
   */
  private readingView(): TemplateResult {
    return html`<div class="reading">${later(qcLater, () => nothing)}</div>`;
  }

  /** Everything under the head: questions, end, result, tools, comparison. */
  private bodyView(family: boolean, easy: ReturnType<typeof easyTexts> | undefined, pictograms: ReturnType<typeof easyPictograms> | null, heading: Heading): TemplateResult {
    return html`
      ${family ? nothing : linkNoticeView(this.link)}
      ${questionsView({ audience: this._audience, questions: this.questions, answers: this._answers, skipped: this._skipped, onAnswer: (id, v) => this.answer(id, v), heading, easy: !!easy, pictograms })}
      ${endView({ sentWithForm: this.sentWithForm, submitted: this.submitted, easy })}
      <section class="result" part="result" aria-labelledby="qc-result-title">
        ${resultView({ audience: this._audience, extended: this.isExtended, answers: this._answers, result: this.result, heading, easy, pictograms: !!pictograms })}
      </section>
      ${toolsView({
        family, easy, sentWithForm: this.sentWithForm, keep: this.kept.keep, storageNotice: this.kept.notice, label: this.label,
        confirmReset: this.confirmReset,
        onLabel: (v) => (this.label = v), onDownload: () => this.download(), onPrint: () => window.print(),
        onReset: () => this.askReset(true), onResetYes: () => this.reset(), onResetNo: () => this.askReset(false),
        onKeep: (e) => this.kept.toggle((e.target as HTMLInputElement).checked), onForget: () => this.forget(),
        // A family's answers never go in a link (link.controller.ts says why).
        linkButtons: family ? nothing : linkButtonsView(this.link), linkPanel: family ? nothing : linkPanelView(this.link),
      })}
      ${family ? nothing : this.compare.render(this._audience, this.result, heading)}
    `;
  }
}

