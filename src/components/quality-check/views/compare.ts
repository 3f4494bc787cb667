/**
 * "Compare views": saved results side by side per B, biggest difference first. A pure
 * render function; the loaded results live in the compare controller, the table in
 * compare-table.ts (later chunk).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { QualityAudience, QualityComparable, QualityResult } from '../../../core/quality/index.js';
import { later } from '../../../internal/controllers/lazy-texts.js';
import type { Heading } from './head.js';
import { qcLater } from './later.js';

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

/**
 * Renders the comparison section: its title, what it does and the file button, on the
 * first screen (staff); the table once results are loaded (compare-table.ts, in the
 * later chunk: results are loaded only after the controller awaited it).
 */
export function compareView(view: CompareView): TemplateResult {
  const { compared } = view;
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
    ${compared.length ? later(qcLater, (views) => views.compareTable(view)) : nothing}
  </section>`;
}
