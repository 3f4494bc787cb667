/**
 * A dilemma's details, in reflection mode (under each card) and in the workshop (the
 * facilitator's notes): stakes, what makes a difference, possible answers, the quote,
 * the questions and the sources. Part of the later part (later.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Dilemma, DilemmaSourceId } from '../../../core/dilemmas/index.js';
// The stakes are the tool's own reading of each dilemma (content engineer, issue 12).
import { provenance } from '../../../internal/provenance.js';
import { answerTexts, mediatingTexts, sourceTexts, type DilemmaTexts } from '../dilemma-explorer.texts.js';

/** Stakes, mediating factors, possible answers, quote, questions and sources of a dilemma. */
export function renderDetails(d: Dilemma, t: DilemmaTexts, withStakes = true, withQuestions = true): TemplateResult {
  const mediating = mediatingTexts();
  const answers = answerTexts();
  const heading = (text: string) => html`<h4>${text}</h4>`;
  return html`
    ${withStakes ? html`${heading(msg('What is at stake', { id: 'dx.stakes' }))}
      <dl class="stakes">
        ${t.poles.map((pole, i) => html`<dt><span class="pole">${pole}</span></dt><dd>${t.stakes[i]}</dd>`)}
      </dl>
      <p>${provenance('reading')}</p>` : nothing}
    ${d.mediating.length ? html`${heading(msg('What makes a difference', { id: 'dx.mediating' }))}
      <ul>${d.mediating.map((m) => html`<li>${mediating[m]}</li>`)}</ul>` : nothing}
    ${d.answers.length ? html`${heading(msg('Possible answers', { id: 'dx.answers' }))}
      <ul>${d.answers.map((a) => html`<li>${answers[a]}</li>`)}</ul>` : nothing}
    ${d.quote && t.quote ? renderQuote(t.quote, d.quote) : nothing}
    ${withQuestions ? html`${heading(msg('Questions to discuss', { id: 'dx.questions' }))}
      <ol>${t.questions.map((q) => html`<li>${q}</li>`)}</ol>` : nothing}
    ${d.detailed ? nothing : html`<p class="note">${msg('The sources only name this dilemma. The explanation here is a starting point for your discussion, not a research finding.', { id: 'dx.undetailed' })}</p>`}
    <p class="source">${msg('Source:', { id: 'dx.source' })} ${d.sources.map((s) => sourceTexts()[s]).join('; ')}</p>`;
}

/** A quote with where it comes from. */
export function renderQuote(quote: string, source: DilemmaSourceId): TemplateResult {
  return html`<figure class="quote">
    <blockquote><p>${quote}</p></blockquote>
    <figcaption class="source">${source === 'inch' ? msg('Quoted in the INCh research', { id: 'dx.quote.inch' }) : sourceTexts()[source]}</figcaption>
  </figure>`;
}
