/**
 * "Compare views" once results are loaded: the table of scores side by side per B,
 * biggest difference first, and a "Remove" button per result; and reading the picked
 * files into results, each refused one with its reason. In the later chunk with the
 * later texts (later.ts): a result is loaded only after a file is picked, and the
 * controller awaits the group before it reads one, so no first screen needs any of it.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { compareQualityResults, type QualityComparable } from '../../../core/quality/compare.js';
import { parseQualityDocument, type QualityRefusal } from '../../../core/quality/read.js';
import type { ReadFile } from '../../../internal/files.js';
import { dimensionNames, joinAnd } from '../quality-check.first-texts.js';
import type { CompareView, LoadedResult } from './compare.js';

/** At most this many saved results are compared at once; a wider table is unreadable. */
export const MAX_COMPARED = 8;

/** Why a file was refused, in words. */
function refusalText(name: string, refusal: QualityRefusal | undefined): string {
  if (refusal === 'not-json') return msg(str`${name} was skipped: it is not a JSON file.`, { id: 'qc.compare.notJson' });
  if (refusal === 'newer-version') return msg(str`${name} was skipped: it was saved by a newer version of this checker.`, { id: 'qc.compare.newer' });
  if (refusal === 'empty') return msg(str`${name} was skipped: the file is empty.`, { id: 'qc.compare.empty' });
  return msg(str`${name} is not a saved result of this checker and was skipped.`, { id: 'qc.compare.skipped' });
}

/** What reading the picked files gave: the results to add and a notice per file refused. */
export interface ReadCompared {
  /** The results to add, each with a new key. */
  loaded: LoadedResult[];
  /** Visible notices about files that could not be (fully) read. */
  notices: string[];
  /** What is said: how many were loaded, and the notices. */
  summary: string;
}

/**
 * Turns the files read into results to compare, refusing each unreadable one with its reason.
 * @param files the files as read (too large ones are not read).
 * @param held how many results are compared already.
 * @param megabytes the largest file read, for the notice.
 * @param nextKey gives each new result its stable key.
 */
export function readCompared(files: readonly ReadFile[], held: number, megabytes: number, nextKey: () => number): ReadCompared {
  const notices: string[] = [];
  const loaded: LoadedResult[] = [];
  for (const { name, text, tooLarge } of files) {
    if (tooLarge) {
      notices.push(msg(str`${name} was not read: it is larger than ${megabytes} MB, so it is not a saved result.`, { id: 'qc.compare.tooBig' }));
      continue;
    }
    const parsed = text === null ? null : parseQualityDocument(text, name);
    if (!parsed?.usable) {
      notices.push(refusalText(name, parsed?.refusal ?? 'not-json'));
      continue;
    }
    if (held + loaded.length >= MAX_COMPARED) {
      notices.push(msg(str`${name} was not added: at most ${MAX_COMPARED} results can be compared.`, { id: 'qc.compare.tooMany' }));
      continue;
    }
    if (parsed.issues.length) notices.push(msg(str`${name}: some entries could not be read and were left out.`, { id: 'qc.compare.partly' }));
    const { label, service, audience, scores } = parsed.value;
    loaded.push({ key: nextKey(), label: label ?? service ?? name.replace(/\.json$/i, ''), audience, scores });
  }
  const summary = [msg(str`Results loaded: ${loaded.length}.`, { id: 'qc.compare.loaded' }), ...notices].join(' ');
  return { loaded, notices, summary };
}

/** The table of the loaded results (with the current answers first when there are any) and their Remove buttons. */
export function compareTable(view: CompareView): TemplateResult {
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
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="qc-compare-caption">
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
      : nothing}`;
}
