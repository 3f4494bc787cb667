/**
 * The public attributes and properties of `<samen-quality-check>`: what a page may set
 * (audience, extended, reading level, service, storage key, answers) and read
 * (questions, result), each cleaned with a warning instead of an error. Kept apart from
 * the element's behaviour and rendering (quality-check.component.ts), which extends it.
 */
// From the modules, not core/quality/index.js: that one also brings the reader of saved
// results (read.ts), which a first visit with nothing saved does not download.
import { QUALITY_AUDIENCES, QUALITY_READING_LEVELS, qualityQuestions, type QualityAudience, type QualityDimension } from '../../core/quality/questions.js';
import { cleanQualityAnswers, qualityResult, type QualityAnswers, type QualityResult } from '../../core/quality/scoring.js';
import { cleanQualityService } from '../../core/quality/saved.js';
import { SamenElement } from '../../internal/samen-element.js';
import { FormAssociated } from '../../internal/form-associated.js';
import { copy, json, oneOf, property } from '../../internal/cleaned-property.js';

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
  @property(oneOf(QUALITY_AUDIENCES, 'family'), { reflect: true })
  declare audience: QualityAudience;

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
  @property(oneOf(QUALITY_READING_LEVELS, 'standard'), { attribute: 'reading-level', reflect: true })
  declare readingLevel: string;

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
  @property(cleanQualityService) // not json(): a service name is plain text, never JSON
  declare service: string;

  /**
   * The name of the device storage entry, used once the user opts in to keeping answers
   * on this device. samen keeps them under `samen:<storage-key>` and never reads or
   * deletes the page's own entries. Give each checker on a page its own key (a second
   * one with the same key gets `samen:<key>#2`, with a warning). May change at any time.
   */
  @property((v) => ({ value: typeof v === 'string' && v.trim() ? v.trim() : DEFAULT_STORAGE_KEY, issues: [] }), {
    attribute: 'storage-key',
    // A new key moves or reads the kept answers; the same key again does nothing.
    kept: (el: QualityCheckProperties, key, old) => key !== old && el.storageKeyChanged(key),
  })
  declare storageKey: string;

  /**
   * The answers: question id -> 1..5 (see `questions` for the ids). As an attribute:
   * JSON. Invalid entries (unknown ids, values that are not whole numbers 1..5) are
   * ignored with a warning. Answers to the other audience's questions are kept.
   */
  @property(json(cleanQualityAnswers), {
    keep: true, get: copy,
    // What a form reset returns to.
    kept: (el: QualityCheckProperties, answers) => (el._pageAnswers = answers),
  })
  declare answers: QualityAnswers;

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
