/**
 * Render functions of the report's views: pure, figures in, template out. Every
 * figure the core hides shows "fewer than N answers" instead; the chart draws only
 * shown figures and the table beside it carries the same numbers as text.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { QUALITY_DIMENSIONS, qualityIdeas, type QualityDimension } from '../../core/quality/index.js';
import { reportWeakest, type ReportCell, type ReportGroup, type ReportMove, type ReportPair } from '../../core/report/index.js';
import { dimensionNames, ideaCredit, ideaTexts } from '../quality-check/quality-check.texts.js';
import { audienceTexts, fewerText, mark, periodText, protectsText, responsesText } from './quality-report.texts.js';

/** The B's a group has figures for, in the canonical order. */
const dimsOf = (group: ReportGroup) => QUALITY_DIMENSIONS.filter((d) => group.dimensions[d]);

/** A figure, or the words that replace a hidden one. */
function figure(cell: ReportCell | undefined, pick: (c: ReportCell) => number | null, min: number): TemplateResult {
  if (!cell || cell.suppressed) return html`<span class="hidden-figure">${cell?.protects ? protectsText() : fewerText(min)}</span>`;
  return html`${pick(cell)}`;
}

/** Whether a hidden group is hidden not for its own size but for a smaller one beside it. */
const hiddenToProtect = (group: ReportGroup) => Object.values(group.dimensions).some((c) => c?.protects);

/** A group's title: who, which service or period, and how many. */
export function groupTitle(group: ReportGroup, min: number): string {
  const who = audienceTexts()[group.audience];
  const what = group.service !== undefined
    ? group.service || msg('no service named', { id: 'qr.service.none' })
    : group.period !== undefined ? periodText(group.period) : '';
  const count = group.n !== null ? responsesText(group.n) : hiddenToProtect(group) ? protectsText() : fewerText(min);
  return what ? `${who}, ${what}${mark(':')} ${count}` : `${who}${mark(':')} ${count}`;
}

/**
 * The distribution of answers per B as stacked bars, drawn only for shown figures.
 * A picture of the table that follows it (which holds the same numbers), so it is one
 * image with a text summary for screen readers.
 */
export function distributionChart(group: ReportGroup, id: string): TemplateResult | typeof nothing {
  const names = dimensionNames('staff');
  const rows = dimsOf(group).filter((d) => !group.dimensions[d]!.suppressed);
  if (!rows.length) return nothing;
  const summary = rows.map((d) => `${names[d]} ${group.dimensions[d]!.median}`).join(', ');
  return html`<figure class="chart">
    <figcaption id="${id}-caption" class="small muted">${msg('How the answers are spread per topic, from “not at all” (left) to “completely” (right). The table below has the same figures.', { id: 'qr.chart.caption' })}</figcaption>
    <div class="chart-rows" role="img" aria-label=${msg(str`Median per topic: ${summary}.`, { id: 'qr.chart.label' })}>
      ${rows.map((d) => {
        const dist = group.dimensions[d]!.distribution!;
        const total = dist.reduce((s, x) => s + x, 0) || 1;
        let x = 0;
        return html`<div class="chart-row"><span class="chart-name">${names[d]}</span>
          <svg class="stack" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">${dist.map((count, i) => {
            const w = (count / total) * 100;
            const rect = svg`<rect class="a${i + 1}" x=${x} y="0" width=${w} height="8"></rect>`;
            x += w;
            return rect;
          })}</svg></div>`;
      })}
    </div>
    <p class="legend small" aria-hidden="true">${[1, 2, 3, 4, 5].map((a) => html`<span class="key"><svg viewBox="0 0 8 8" focusable="false"><rect class="a${a}" width="8" height="8"></rect></svg>${a}</span>`)}</p>
  </figure>`;
}

/** A group's table: per B the responses that answered it, median, mean and the spread of answers. */
export function groupTable(group: ReportGroup, min: number, id: string): TemplateResult {
  // A hidden group has no figure at all: one line says so, not "fewer than N answers"
  // in each of its 28 cells (seen at 320 px, where the cells stack).
  if (group.n === null) return html`<p class="hidden-group">${groupTitle(group, min)}</p>`;
  const names = dimensionNames('staff');
  const cols = {
    topic: msg('Topic', { id: 'qr.table.topic' }),
    answered: msg('Answered by', { id: 'qr.table.answered' }),
    median: msg('Median (0–100)', { id: 'qr.table.median' }),
    mean: msg('Mean (0–100)', { id: 'qr.table.mean' }),
    spread: msg('Answers 1 / 2 / 3 / 4 / 5', { id: 'qr.table.spread', desc: '1 = not at all, 5 = completely' }),
  };
  const cell = (label: string, content: unknown) => html`<td role="cell"><span class="col-label" aria-hidden="true">${label}${mark(':')} </span>${content}</td>`;
  return html`<div class="table-scroll"><table class="figures" role="table" aria-describedby="${id}-note">
    <caption>${groupTitle(group, min)}</caption>
    <thead><tr role="row">${Object.values(cols).map((c) => html`<th scope="col" role="columnheader">${c}</th>`)}</tr></thead>
    <tbody>${dimsOf(group).map((d) => {
      const c = group.dimensions[d];
      // A hidden B says so once across its row, not in each of its four cells.
      if (!c || c.suppressed) return html`<tr role="row"><th scope="row" role="rowheader">${names[d]}</th><td role="cell" colspan="4">${figure(c, () => null, min)}</td></tr>`;
      return html`<tr role="row"><th scope="row" role="rowheader">${names[d]}</th>
        ${cell(cols.answered, figure(c, (x) => x.answered, min))}
        ${cell(cols.median, figure(c, (x) => x.median, min))}
        ${cell(cols.mean, figure(c, (x) => x.mean, min))}
        ${cell(cols.spread, html`<span class="spread">${c.distribution!.join(' / ')}</span>`)}</tr>`;
    })}</tbody>
  </table></div>
  <p id="${id}-note" class="small muted">${msg('Each response gets a score per topic from its own answers (1 = 0, 5 = 100); the median is the middle score. Skipped questions never count.', { id: 'qr.table.note' })}</p>`;
}

/** The weakest B's of a group with the quality checker's ideas, each credited. */
export function weakestWithIdeas(group: ReportGroup, count = 2): TemplateResult | typeof nothing {
  const weak = reportWeakest(group).slice(0, count);
  if (!weak.length) return nothing;
  const names = dimensionNames('staff');
  const ideas = ideaTexts('staff');
  return html`<div class="weakest">
    <p class="h4">${msg('Weakest first, with ideas to improve', { id: 'qr.weakest.title' })}</p>
    <ol>${weak.map((d) => html`<li class="card"><strong>${msg(str`${names[d]}: mean ${group.dimensions[d]!.mean} of 100`, { id: 'qr.weakest.item' })}</strong>
      <ul class="ideas">${qualityIdeas(d).slice(0, 3).map((idea) => html`<li>${ideas[idea.id]} <span class="source">${ideaCredit(idea)}</span></li>`)}</ul></li>`)}</ol>
  </div>`;
}

/** Families next to staff on the paired questions, biggest gap first. */
export function pairsTable(pairs: readonly ReportPair[], unpaired: readonly QualityDimension[], min: number): TemplateResult {
  const names = dimensionNames('staff');
  const aud = audienceTexts();
  const gapLabel = msg('Difference (families minus staff)', { id: 'qr.pairs.gap' });
  const value = (v: number | null) => (v === null ? html`<span class="hidden-figure">${fewerText(min)}</span>` : html`${v}`);
  const cell = (label: string, content: unknown) => html`<td role="cell"><span class="col-label" aria-hidden="true">${label}${mark(':')} </span>${content}</td>`;
  return html`<div class="table-scroll"><table class="figures pairs" role="table">
      <caption>${msg('Mean score (0–100) on the questions that ask families and staff the same thing, biggest difference first', { id: 'qr.pairs.caption' })}</caption>
      <thead><tr role="row"><th scope="col" role="columnheader">${msg('Topic', { id: 'qr.table.topic' })}</th>
        <th scope="col" role="columnheader">${aud.family}</th><th scope="col" role="columnheader">${aud.staff}</th><th scope="col" role="columnheader">${gapLabel}</th></tr></thead>
      <tbody>${pairs.map((p) => html`<tr role="row"><th scope="row" role="rowheader">${names[p.dimension]}</th>
        ${cell(aud.family, value(p.family))}${cell(aud.staff, value(p.staff))}
        ${cell(gapLabel, p.gap === null ? html`<span class="muted">${msg('not shown', { id: 'qr.pairs.noGap' })}</span>` : html`<strong>${p.gap > 0 ? `+${p.gap}` : p.gap}</strong>`)}</tr>`)}</tbody>
    </table></div>
    <p class="small">${unpaired.length
      ? msg(str`No question asks families and staff the same thing about: ${unpaired.map((d) => names[d]).join(', ')}. These topics are not compared.`, { id: 'qr.pairs.unpaired' })
      : msg('Every topic has at least one question that asks families and staff the same thing; questions without such a pair are left out of this comparison.', { id: 'qr.pairs.allPaired' })}</p>`;
}

/** What moved per B between periods, with the responses behind each figure. */
export function movesTable(moves: readonly ReportMove[]): TemplateResult {
  const names = dimensionNames('staff');
  const aud = audienceTexts();
  const cols = {
    from: msg('Before', { id: 'qr.moves.before' }),
    to: msg('After', { id: 'qr.moves.after' }),
    change: msg('Change', { id: 'qr.moves.change' }),
  };
  const cell = (label: string, content: unknown) => html`<td role="cell"><span class="col-label" aria-hidden="true">${label}${mark(':')} </span>${content}</td>`;
  const side = (period: string, mean: number, answered: number) => msg(str`${mean} (${periodText(period)}, ${responsesText(answered)})`, { id: 'qr.moves.side' });
  return html`<div class="table-scroll"><table class="figures moves" role="table">
    <caption>${msg('Mean score per topic (0–100), earlier and later, biggest change first', { id: 'qr.moves.caption' })}</caption>
    <thead><tr role="row"><th scope="col" role="columnheader">${msg('Topic', { id: 'qr.table.topic' })}</th>${Object.values(cols).map((c) => html`<th scope="col" role="columnheader">${c}</th>`)}</tr></thead>
    <tbody>${moves.map((m) => html`<tr role="row"><th scope="row" role="rowheader">${names[m.dimension]}<br /><span class="small muted">${aud[m.audience]}</span></th>
      ${cell(cols.from, side(m.from, m.before.mean, m.before.answered))}${cell(cols.to, side(m.to, m.after.mean, m.after.answered))}
      ${cell(cols.change, html`<strong>${m.change > 0 ? `+${m.change}` : m.change}</strong>`)}</tr>`)}</tbody>
  </table></div>`;
}
