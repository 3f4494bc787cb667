/**
 * "Compare views": saved results side by side per B, biggest difference first. A pure
 * render function; the loaded results live in the compare controller.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { compareQualityResults, type QualityAudience, type QualityComparable, type QualityResult } from '../../../core/quality/index.js';
import { dimensionNames, joinAnd } from '../quality-check.texts.js';
import type { Heading } from './head.js';

/** A perspective loaded for comparison, with a key that stays with it. */
export interface LoadedResult extends QualityComparable {
  /** Stable key: a "Remove" button always removes its own result. */
  key: number;
  /** The name shown for it. */
  label: string;
}

/** What the comparison needs. */
export interface CompareView {
  /** Who answers here (names the B's). */
  audience: QualityAudience;
  /** The current answers' result, shown as the first column when anything is answered. */
  own: QualityResult;
  /** The loaded results. */
  compared: readonly LoadedResult[];
  /** Visible notices about refused files. */
  notices: readonly string[];
  /** Files were picked. */
  onLoad: (event: Event) => void;
  /** A loaded result's "Remove" was pressed. */
  onRemove: (key: number) => void;
  /** The element's headings. */
  heading: Heading;
}

/** Renders the comparison section. */
export function compareView(view: CompareView): TemplateResult {
  const { own, compared } = view;
  const columns: Array<QualityComparable & { label: string }> = [
    ...(own.weakest.length ? [{ label: msg('These answers', { id: 'qc.compare.current' }), audience: view.audience, scores: own.scores }] : []),
    ...compared,
  ];
  const rows = compareQualityResults(columns);
  const names = dimensionNames(view.audience);
  const audiences = {
    family: msg('Family', { id: 'qc.audience.family' }),
    staff: msg('Staff', { id: 'qc.audience.staff' }),
  };
  const noScore = html`<span aria-hidden="true">–</span><span class="sr-only">${msg('No score', { id: 'qc.compare.noScore' })}</span>`;
  const offset = columns.length - compared.length;
  const spread = msg('Difference', { id: 'qc.compare.spread' });
  return html`<section class="compare ${compared.length ? '' : 'no-print'}" part="compare" aria-labelledby="qc-compare-title">
    ${view.heading(1, msg('Compare views', { id: 'qc.compare.title' }), { id: 'qc-compare-title' })}
    <p class="no-print">${msg('Load saved results, for example from families and from staff about the same service, and see where they differ most.', { id: 'qc.compare.intro' })}</p>
    <!-- The native file input's own words follow the browser, not the page: it is
         hidden visually (still focusable) behind a label that looks like a button. -->
    <label class="file-button button no-print">
      <input type="file" multiple accept=".json,application/json" @change=${view.onLoad} />
      <span>${msg('Load saved results (JSON files)', { id: 'qc.compare.load' })}</span>
    </label>
    ${view.notices.map((n) => html`<p class="warning">${n}</p>`)}
    ${compared.length
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
        <ul class="loaded no-print">${repeat(compared, (c) => c.key, (c) => html`<li>
          <button type="button" data-key=${c.key} @click=${() => view.onRemove(c.key)}>${msg(str`Remove ${c.label}`, { id: 'qc.compare.remove' })}</button>
        </li>`)}</ul>
        ${offset === 0 && compared.length === 1
          ? html`<p class="muted small">${msg('Load one more result, or answer the questions, to compare.', { id: 'qc.compare.needTwo' })}</p>`
          : nothing}`
      : nothing}
  </section>`;
}
