/**
 * The quality check's result once something is answered: the table of scores, the
 * weakest B's first with ideas to improve, the dialogue note and the sources. In the
 * later chunk with the later texts (later.ts): nothing on a first screen imports it.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { qualityBand, qualityCoverage, qualityIdeas, type QualityAudience, type QualityDimension, type QualityIdea } from '../../../core/quality/index.js';
import { meter } from '../../../internal/templates.js';
import type { Heading } from './head.js';
import type { ResultView } from './result.js';
import type { linesView } from '../quality-check.easy.js';
import { dimensionNames, progressText } from '../quality-check.first-texts.js';
import { bandTexts, caveatTexts, dimensionMeanings, ideaCredit, ideaTexts } from '../quality-check.texts.js';

/** Ideas are shown open for this many of the weakest B's; the others fold away. */
const OPEN_IDEAS = 2;
/** How many ideas an open B shows before "More ideas". */
const OPEN_IDEA_COUNT = 3;

/**
 * The result once something is answered: the table of scores, the weakest B's with
 * ideas, the dialogue note, the sources.
 * @param lines the easy-read lines view, handed over by the first chunk (result.ts): a
 * module imported by both chunks would be a chunk of its own, one more request on
 * every first visit.
 */
export function answeredView(view: ResultView, skipNote: TemplateResult, about: TemplateResult, lines: typeof linesView): TemplateResult {
  const family = view.audience === 'family';
  const r = view.result;
  const easy = view.easy;
  const names = dimensionNames(view.audience);
  const bands = bandTexts();
  const coverage = qualityCoverage(view.answers, view.audience, view.extended);
  return html`
    <table class="scores" part="chart" role="table">
      <caption>${easy?.caption ?? msg('Score per topic, from 0 to 100: the higher, the more accessible.', { id: 'qc.table.caption' })}</caption>
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
    ${view.heading(1, easy?.weakestTitle ?? msg('Weakest first, with ideas that can help', { id: 'qc.weakest.title', desc: 'Read by parents and by staff: for parents the ideas are what they can ask for.' }), { className: 'weakest-title' })}
    <ol class="weakest">${r.weakest.map((d, i) => weakCard(view.heading, view.audience, d, r.scores[d]!, i < OPEN_IDEAS && qualityBand(r.scores[d]!) !== 'good'))}</ol>
    ${skipNote}
    ${easy ? lines(easy.dialogue, 'note') : html`<p class="note">${family
      ? msg('There are no right or wrong answers. What you share helps the service see what works for families and what does not.', { id: 'qc.dialogue.family' })
      : msg('Quality can only be judged together with the families who use a service. Compare this result with theirs and talk it through.', { id: 'qc.dialogue.staff' })}</p>`}
    ${about}`;
}

/** One B of the "weakest first" list, its ideas open or folded away. */
function weakCard(heading: Heading, audience: QualityAudience, dimension: QualityDimension, score: number, open: boolean): TemplateResult {
  // Families read what they can ask for (content engineer's wording); staff read what
  // the service can do, with each idea's credit (finding or example of its source).
  const ideas = ideaTexts(audience);
  const caveats = caveatTexts(audience);
  const item = (idea: QualityIdea) => html`<li>
    ${ideas[idea.id]}${idea.caveat ? html` <span class="muted">${msg(str`Keep in mind: ${caveats[idea.caveat]}`, { id: 'qc.caveat' })}</span>` : nothing}
    ${audience === 'staff' ? html` <span class="source">${ideaCredit(idea)}</span>` : nothing}
  </li>`;
  const all = qualityIdeas(dimension);
  const summary = msg('Ideas that can help', { id: 'qc.ideas.title', desc: 'Read by parents and by staff.' });
  const names = dimensionNames(audience);
  const band = qualityBand(score);
  let body: TemplateResult;
  if (!open) body = html`<details><summary>${summary}</summary><ul class="ideas">${all.map(item)}</ul></details>`;
  else {
    // The first few ideas are those best known for this B; the rest fold away, so the
    // result stays short enough for a phone and for one printed page.
    const more = all.slice(OPEN_IDEA_COUNT);
    body = html`<p class="ideas-title">${summary}</p><ul class="ideas">${all.slice(0, OPEN_IDEA_COUNT).map(item)}</ul>
      ${more.length ? html`<details><summary>${msg('More ideas', { id: 'qc.ideas.more' })}</summary><ul class="ideas">${more.map(item)}</ul></details>` : nothing}`;
  }
  return html`<li class="card ${open ? 'open' : ''}">
    ${heading(2, html`${msg(str`${names[dimension]}: ${score} of 100`, { id: 'qc.card.heading' })} <span class="band band-${band}">${bandTexts()[band]}</span>`, { className: 'card-title' })}
    ${audience === 'staff' ? html`<p class="small">${dimensionMeanings()[dimension]}</p>` : nothing}
    ${body}
  </li>`;
}
