/**
 * The questions of the quality checker: one radio group per question, grouped by B,
 * with the progress on top. A pure render function: state in, template out.
 */
import { html, type SVGTemplateResult, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import type { QualityAnswers, QualityAudience, QualityDimension, QualityResult } from '../../../core/quality/index.js';
import { choiceGroup, meter } from '../../../internal/templates.js';
import { dimensionNames, progressText, questionTexts, scaleTexts } from '../quality-check.first-texts.js';
import type { Heading } from './head.js';

/** What the questions view needs. */
export interface QuestionsView {
  /** Who answers. */
  audience: QualityAudience;
  /** The questions shown, in order. */
  questions: readonly { id: string; dimension: QualityDimension }[];
  /** Every answer held. */
  answers: QualityAnswers;
  /** Questions the user chose to skip (shown as "Skip" chosen). */
  skipped: ReadonlySet<string>;
  /** Called with a question id and the chosen value ('' = skip). */
  onAnswer: (id: string, value: string) => void;
  /** Family questions in the easy-read set (`reading-level="easy"`, content engineer). */
  easy?: boolean;
  /** The element's headings. */
  heading: Heading;
  /** Easy-read only: a pictogram per question id (loaded lazily), or null for none. */
  pictograms?: Readonly<Record<string, SVGTemplateResult>> | null;
}

/**
 * A question with its pictogram beside it; hidden from screen readers (the question says it
 * all). `fill` on the root: OpenMoji's filled shapes carry no fill of their own, so they
 * too take the text colour instead of SVG's default black.
 */
function withPictogram(shape: SVGTemplateResult | undefined, question: TemplateResult): TemplateResult {
  if (!shape) return question;
  return html`<div class="picto-item"><svg class="picto" viewBox="0 0 72 72" fill="currentColor" aria-hidden="true" focusable="false">${shape}</svg>${question}</div>`;
}

/** The radio value to show as chosen; a value no option has while untouched, so none is. */
function selected(view: QuestionsView, id: string): string {
  return id in view.answers ? String(view.answers[id]) : view.skipped.has(id) ? '' : 'untouched';
}

/** Renders every question of the current audience, grouped by B. */
export function questionsView(view: QuestionsView): TemplateResult {
  const shown = view.questions;
  const texts = questionTexts(view.easy);
  const names = dimensionNames(view.audience);
  // Answer words that fit each question: "Never … Always" for how often, "Much too
  // late … Early" for how early, "Not at all … Completely" otherwise.
  const options = (id: string) => {
    const scale = scaleTexts(id, view.easy);
    return [...[1, 2, 3, 4, 5].map((v) => ({ value: String(v), label: scale.values[v] })), { value: '', label: scale.skip }];
  };
  const answered = shown.filter((q) => q.id in view.answers).length;
  const dimensions = [...new Set(shown.map((q) => q.dimension))];
  // Keyed by audience: fresh radios for the other audience's questions, so no radio
  // reused from the previous list can keep a stale checked state. A group is a plain
  // block under its heading, not a landmark: seven regions would flood the landmark list.
  return html`${keyed(view.audience, html`<form class="questions" @submit=${(e: Event) => e.preventDefault()}>
    <p class="progress">${progressText(answered, shown.length)}</p>
    ${meter(answered / shown.length)}
    ${dimensions.map((d) => html`<div class="group">
      ${view.heading(1, names[d], { id: `qc-group-${d}` })}
      ${shown.filter((q) => q.dimension === d).map((q) => withPictogram(view.pictograms?.[q.id],
        choiceGroup(`qc-${q.id}`, texts[q.id], options(q.id), selected(view, q.id), (v) => view.onAnswer(q.id, v))))}
    </div>`)}
  </form>`)}`;
}

/** What a screen reader hears after an answer: the progress and the weakest B so far. */
export function progressAnnouncement(
  audience: QualityAudience,
  questions: readonly { id: string }[],
  answers: QualityAnswers,
  result: QualityResult,
): string {
  const answered = questions.filter((q) => q.id in answers).length;
  const [weakest] = result.weakest;
  return `${progressText(answered, questions.length)}.` +
    (weakest ? ` ${msg(str`Weakest so far: ${dimensionNames(audience)[weakest]}.`, { id: 'qc.announce.weakest' })}` : '');
}
