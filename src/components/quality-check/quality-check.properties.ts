/**
 * The public attributes and properties of `<samen-quality-check>`: what a page may set
 * (audience, extended, reading level, service, storage key, answers) and read
 * (questions, result), each cleaned with a warning instead of an error. Kept apart from
 * the element's behaviour and rendering (quality-check.component.ts), which extends it.
 */
import { property } from 'lit/decorators.js';
import {
  QUALITY_AUDIENCES, QUALITY_READING_LEVELS, cleanQualityAnswers, cleanQualityService, qualityQuestions, qualityResult,
  type QualityAnswers, type QualityAudience, type QualityDimension, type QualityResult,
} from '../../core/quality/index.js';
import { SamenElement } from '../../internal/samen-element.js';
import { FormAssociated } from '../../internal/form-associated.js';

/** The key used when the page gives none. */
export const DEFAULT_STORAGE_KEY = 'samen-quality-check';

/** The quality checker's inputs and read-only results; see the element for the rest. */
export abstract class QualityCheckProperties extends FormAssociated(SamenElement) {
  /** @internal Every answer held, both audiences. */
  protected _answers: QualityAnswers = {};
  /** @internal What a form reset returns to: the answers the page gave last. */
  protected _pageAnswers: QualityAnswers = {};
  /** @internal */
  protected _audience: QualityAudience = 'family';
  /** @internal */
  protected _service = '';
  /** @internal */
  protected _storageKey = DEFAULT_STORAGE_KEY;
  /** @internal */
  protected _readingLevel: string = 'standard';
  /**
   * @internal Questions the user chose to skip. Only to show "Skip" as chosen: an
   * unanswered question starts with no option selected, so a parent sees nothing pre-filled.
   */
  protected _skipped = new Set<string>();

  /** The storage key changed to `key` (the element moves or reads kept answers). */
  protected abstract storageKeyChanged(key: string): void;

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

  /** @internal `extended` as the rules read it: only a real `true` (a page may set any value). */
  protected get isExtended(): boolean {
    return this.extended === true;
  }

  /**
   * `easy` asks the family questions in an easy-read set (one very short sentence each,
   * simpler answer words, an easy-read introduction and end); `standard` (default) in
   * plain language. Staff questions stay as they are. Unknown values show `standard`,
   * with a warning.
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

  /**
   * Easy-read only: leaves out the pictograms shown beside the questions (OpenMoji,
   * CC BY-SA 4.0, credited under "About these questions"), e.g. for a page that uses
   * pictures of its own.
   */
  @property({ type: Boolean, reflect: true, attribute: 'no-pictograms' }) noPictograms = false;

  /** @internal True when a family reads the easy-read texts. */
  protected get isEasy(): boolean {
    return this._audience === 'family' && this._readingLevel === 'easy';
  }

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
    this.storageKeyChanged(next);
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
}
