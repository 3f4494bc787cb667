/**
 * The result panel of the quality checker: before any answer, how to get a result and
 * where the questions and ideas come from; after, the score table and the weakest B's
 * first with ideas to improve (result-answered.ts, loaded with the later texts). Pure
 * render functions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { QualityAnswers, QualityAudience, QualityResult } from '../../../core/quality/index.js';
import { later } from '../../../internal/controllers/lazy-texts.js';
import type { Heading } from './head.js';
import { qcLater } from './later.js';
import { linesView, type EasyTexts } from '../quality-check.easy.js';
import { flowTexts } from '../quality-check.first-texts.js';

/** What the result view needs. */
export interface ResultView {
  /** Who answers. */
  audience: QualityAudience;
  /** Whether being known and trust are asked. */
  extended: boolean;
  /** Every answer held. */
  answers: QualityAnswers;
  /** The scores of the shown B's. */
  result: QualityResult;
  /** The element's headings. */
  heading: Heading;
  /** The easy-read texts, for a family with `reading-level="easy"`. */
  easy?: EasyTexts;
  /** Pictograms are shown: their credit goes under "About these questions". */
  pictograms?: boolean;
}

/** Where the questions and ideas come from: one line, the same for both audiences. */
export function sourceText(): string {
  return msg('The 5 B\'s, named after their Dutch initials (beschikbaarheid, bereikbaarheid, betaalbaarheid, bruikbaarheid, begrijpbaarheid): Roose & De Bie (2003), with the working definitions of VVSG; being known and trustworthiness come from Flemish practice. Ideas: the INCh research project (2014–2018), the federal “Kinderen eerst” study of 57 local platforms (2014–2015) and the Demos talk on local networks for leisure participation (2014).', { id: 'qc.source' });
}

/**
 * Where the questions and ideas come from: a plain line for staff; for families a small
 * "About these questions" disclosure, so the names of studies stay out of the way.
 */
function sources(family: boolean, credit?: string): TemplateResult {
  return family
    ? html`<details class="about"><summary>${flowTexts().about}</summary><p class="source">${sourceText()}</p>${credit ? html`<p class="source credit">${credit}</p>` : nothing}</details>`
    : html`<p class="source">${sourceText()}</p>`;
}

/** Renders the result: table of scores, weakest B's with ideas, the dialogue note, the sources. */
export function resultView(view: ResultView): TemplateResult {
  const family = view.audience === 'family';
  const r = view.result;
  const easy = view.easy;
  const about = sources(family, view.pictograms ? easy?.credit : undefined);
  const title = view.heading(1, msg('Result', { id: 'qc.result.title' }), { id: 'qc-result-title' });
  const skipNote = html`<p class="muted small skip-note">${easy?.skipNote ?? msg('Skipped questions are left out: they never count as a low score.', { id: 'qc.skipNote' })}</p>`;
  if (!r.weakest.length) {
    return html`${title}${easy ? linesView(easy.empty) : html`<p>${msg('Answer one or more questions to see the result.', { id: 'qc.result.empty' })}</p>`}${skipNote}${about}`;
  }
  // The scores, the ideas and the dialogue note are the later group's (later.ts): a
  // first screen without answers needs none of them.
  return html`${title}${later(qcLater, (views) => views.answeredView(view, skipNote, about, linesView))}`;
}
