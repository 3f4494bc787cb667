import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { msg, str, localized } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  REPORT_MAX_BYTES, cleanMinGroup, cleanReportPeriod, mergeQualityFiles, qualityReport, qualityReportMoves, qualityUnpairedDimensions,
  readQualityReportFile, type QualityReport, type ReportFile,
} from '../../core/report/index.js';
import { isRecord } from '../../core/shared.js';
import { SamenElement } from '../../internal/samen-element.js';
import { property } from '../../internal/cleaned-property.js';
import { provenanceText } from '../../internal/provenance.js';
import { fileOutcomeText, loadedText, mark, reasonTexts, responsesText, rowText } from './quality-report.texts.js';
import { downloadReportCsv, readReportFiles } from './quality-report.files.js';
import { distributionChart, groupTable, groupTitle, movesTable, pairsTable, weakestWithIdeas } from './quality-report.views.js';
import { styles } from './quality-report.styles.js';

export type { QualityReportChangeDetail } from '../../events.js';

/** The source name of responses set through the `responses` property. */
const PROPERTY_SOURCE = 'responses';

/** A loaded source as the coordinator reads it: a file's name, or words for what the page gave (not the property's name). */
const sourceName = (source: string): string =>
  source === PROPERTY_SOURCE ? msg('Answers given by this page', { id: 'qr.files.fromPage' }) : source;
const MAX_MB = Math.round(REPORT_MAX_BYTES / 1024 / 1024);

/**
 * @tagname samen-quality-report
 * @summary The coordinator's view of many quality checks: load the answers collected
 * with `<samen-quality-check>` (host form exports or saved files) and see, per audience,
 * service and period, how each B scores, families next to staff, and what moved, with
 * small groups hidden.
 *
 * @event samen-change - The user loaded or removed data. Detail: `{ result, sources }`.
 *
 * @csspart result - The report.
 * @csspart chart - Each chart of the answers' spread.
 * @csspart files - The list of files read and what could not be read.
 *
 * @cssproperty --samen-color-primary - Buttons and bars.
 * @cssproperty --samen-color-text - Text.
 * @cssproperty --samen-color-background - Background.
 * @cssproperty --samen-color-surface - Background of cards.
 * @cssproperty --samen-color-border - Borders.
 * @cssproperty --samen-focus-color - The focus ring.
 */
@localized()
export class SamenQualityReport extends SamenElement {
  static override styles: CSSResultGroup = [SamenElement.styles, styles];

  /** The files read, in load order; the `responses` property is one of them. */
  @state() private files: ReportFile[] = [];
  /** True while a file is dragged over the drop zone. */
  @state() private dragging = false;

  private _minGroup = 5;
  private _period = 'year';
  #cache: { key: unknown[]; report: QualityReport } | undefined;

  /**
   * The smallest group that shows figures (default 5). Values below 3 are raised to 3,
   * with a warning: a figure about one or two people describes those people.
   */
  @property(cleanMinGroup, { attribute: 'min-group' })
  declare minGroup: number;

  /** How to split by time: `year` (default), `none`, or a date `YYYY-MM-DD` (before and from it). */
  @property(cleanReportPeriod, { reflect: true })
  declare period: string;

  /**
   * Responses given by the page: an array of saved results or form values (objects or
   * JSON strings), or the text of a file (CSV, JSON, JSON Lines). Read like a loaded
   * file named `responses`; setting it again replaces them. Fires no event.
   */
  @property({ attribute: false })
  get responses(): unknown {
    return this.files.find((f) => f.source === PROPERTY_SOURCE)?.responses ?? [];
  }
  set responses(input: unknown) {
    let text: string | null;
    try {
      const json: unknown = typeof input === 'string' ? input : input === null || input === undefined ? '' : JSON.stringify(Array.isArray(input) ? input.map((x) => (typeof x === 'string' ? safeJson(x) : x)) : input);
      // JSON.stringify gives undefined for a Symbol or a function: nothing readable.
      text = typeof json === 'string' ? json : null;
    } catch {
      text = null;
    }
    const others = this.files.filter((f) => f.source !== PROPERTY_SOURCE);
    const file = readQualityReportFile(PROPERTY_SOURCE, text);
    if (file.rejected.length) this.warnAbout(file.rejected.map((r) => ({ path: r.row ? `responses[${r.row - 1}]` : 'responses', problem: 'invalid-value', received: r.reason })));
    this.files = text && file.responses.length + file.rejected.length ? [file, ...others] : others;
  }

  /** The report: `{ total, rejected, groups, pairs }` (see the README). */
  get result(): QualityReport {
    const key = [this.files, this._minGroup, this._period];
    if (!this.#cache || this.#cache.key.some((k, i) => k !== key[i])) {
      this.#cache = { key, report: qualityReport(mergeQualityFiles(this.files).data, { minGroup: this._minGroup, period: this._period }) };
    }
    return this.#cache.report;
  }

  // ---- user actions -------------------------------------------------------------

  private async load(list: FileList | readonly File[] | null): Promise<void> {
    const picked = [...(list ?? [])];
    if (!picked.length) return;
    const files = await readReportFiles(picked);
    const before = this.result.total;
    this.files = [...this.files, ...files];
    const after = this.result;
    const outcomes = mergeQualityFiles(this.files).outcomes.slice(-files.length);
    this.announce(loadedText(after.total - before, after.total, outcomes.reduce((s, o) => s + o.rejected.length, 0)));
    this.changed();
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // so the same file can be picked again after a removal
    void this.load(files);
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    void this.load(event.dataTransfer?.files ?? null);
  }

  private removeFile(index: number): void {
    const name = sourceName(this.files[index]?.source ?? '');
    this.files = this.files.filter((_, i) => i !== index);
    const left = responsesText(this.result.total);
    this.announce(msg(str`${name} removed; ${left} left.`, { id: 'qr.announce.removed' }));
    this.changed();
    // The button is gone: keep focus in the widget, on the file picker.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.focus());
  }

  private removeAll(): void {
    this.files = [];
    this.announce(msg('All data removed from this page.', { id: 'qr.announce.cleared' }));
    this.changed();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.focus());
  }

  private changed(): void {
    this.emit('samen-change', { result: this.result, sources: this.files.map((f) => f.source) });
  }

  private setPeriod(value: string): void {
    this.period = value;
  }

  /** The figures as a CSV a spreadsheet opens; hidden figures stay empty. */
  private exportCsv(): void {
    downloadReportCsv(this.result);
  }

  // ---- rendering -------------------------------------------------------------------

  override render(): TemplateResult {
    const report = this.result;
    return html`
      <header class="head">
        ${this.renderTitle(msg('What families and staff said: the quality report', { id: 'qr.title' }))}
        ${this.renderFullscreenButton()}
      </header>
      <p class="muted">${msg('Load the answers collected with the quality checker: the export of your form (CSV or JSON) or saved results. Everything stays in this browser; nothing is sent.', { id: 'qr.intro' })}</p>
      ${this.renderLoad()}
      ${this.renderFiles()}
      <section class="report" part="result" aria-labelledby="qr-report-title">
        ${this.heading(1, msg('The picture', { id: 'qr.report.title' }), { id: 'qr-report-title' })}
        ${report.total ? this.renderReport(report) : html`<p>${msg('No answers loaded yet.', { id: 'qr.empty' })}</p>`}
      </section>
      ${this.renderStatus()}
    `;
  }

  private renderLoad(): TemplateResult {
    return html`<div class="drop no-print ${this.dragging ? 'dragging' : ''}"
        @dragover=${(e: DragEvent) => (e.preventDefault(), (this.dragging = true))} @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
      <label class="file-button button">
        <input type="file" multiple accept=".csv,.tsv,.txt,.json,.jsonl,text/csv,application/json" @change=${this.onPick} />
        <span>${msg('Choose files with answers', { id: 'qr.load' })}</span>
      </label>
      <p class="small muted">${msg(str`Or drop them here. Files up to ${MAX_MB} MB each; larger files are not read.`, { id: 'qr.load.hint' })}</p>
    </div>`;
  }

  private renderFiles(): TemplateResult | typeof nothing {
    if (!this.files.length) return nothing;
    const { outcomes } = mergeQualityFiles(this.files);
    const reasons = reasonTexts(MAX_MB);
    return html`<section class="files" part="files" aria-labelledby="qr-files-title">
      ${this.heading(1, msg('What was read', { id: 'qr.files.title' }), { id: 'qr-files-title' })}
      <ul class="file-list">${repeat(outcomes, (o, i) => `${i}:${o.source}`, (o, i) => html`<li class="card">
        <p><strong>${sourceName(o.source)}</strong>${mark(':')} ${fileOutcomeText(o.found, o.added, o.rejected.length)}</p>
        ${o.rejected.length ? html`<details><summary>${msg('What could not be read, and why', { id: 'qr.files.why' })}</summary>
          <ul>${o.rejected.map((r) => html`<li>${r.row ? `${rowText(r.row)}${mark(':')} ` : ''}${reasons[r.reason]}</li>`)}</ul></details>` : nothing}
        <button type="button" class="no-print" @click=${() => this.removeFile(i)}>${o.source === PROPERTY_SOURCE ? msg('Remove the answers given by this page', { id: 'qr.files.removeFromPage' }) : msg(str`Remove ${o.source}`, { id: 'qr.files.remove' })}</button>
      </li>`)}</ul>
      <button type="button" class="no-print" @click=${this.removeAll}>${msg('Remove all data', { id: 'qr.files.removeAll' })}</button>
    </section>`;
  }

  private renderReport(report: QualityReport): TemplateResult {
    const min = this._minGroup;
    const tops = report.groups.filter((g) => g.service === undefined && g.period === undefined);
    const services = report.groups.filter((g) => g.service !== undefined);
    const periods = report.groups.filter((g) => g.period !== undefined);
    const moves = qualityReportMoves(report);
    return html`
      <p class="note">${msg(str`Groups and topics with fewer than ${min} answers show no figures, so that nobody can be recognised.`, { id: 'qr.protection' })}</p>
      ${tops.map((g) => html`<section class="group" aria-labelledby="qr-g-${g.audience}">
        ${this.heading(2, groupTitle(g, min), { id: `qr-g-${g.audience}` })}
        ${distributionChart(g, `qr-chart-${g.audience}`)}
        ${g.n === null ? nothing : groupTable(g, min, `qr-t-${g.audience}`)}
        ${weakestWithIdeas(g)}
      </section>`)}
      ${services.length ? html`<section aria-labelledby="qr-services">
        ${this.heading(2, msg('Per service', { id: 'qr.services.title' }), { id: 'qr-services' })}
        ${services.map((g, i) => groupTable(g, min, `qr-s-${i}`))}</section>` : nothing}
      <section aria-labelledby="qr-pairs">
        ${this.heading(2, msg('Families next to staff', { id: 'qr.pairs.title' }), { id: 'qr-pairs' })}
        ${report.pairs.length ? pairsTable(report.pairs, qualityUnpairedDimensions(), min) : html`<p>${msg('Load answers of families and of staff to compare them.', { id: 'qr.pairs.none' })}</p>`}
        <p class="source">${provenanceText('reading')} ${msg('Which questions ask the same thing is the tool’s choice; the figures are the answers loaded.', { id: 'qr.pairs.source' })}</p>
      </section>
      <section aria-labelledby="qr-periods">
        ${this.heading(2, msg('Then and now', { id: 'qr.periods.title' }), { id: 'qr-periods' })}
        ${this.renderPeriodChoice()}
        ${moves.length ? movesTable(moves) : html`<p>${periods.length
          ? msg('No topic has enough answers in two periods to compare.', { id: 'qr.periods.tooFew' })
          : msg('To compare periods, load answers with dates from more than one period.', { id: 'qr.periods.none' })}</p>`}
        ${periods.map((g, i) => groupTable(g, min, `qr-p-${i}`))}
      </section>
      <div class="toolbar no-print">
        <button type="button" @click=${this.exportCsv}>${msg('Download the figures (CSV)', { id: 'qr.export' })}</button>
        <button type="button" @click=${() => window.print()}>${msg('Print', { id: 'qr.print' })}</button>
      </div>
      <p class="source">${msg('The 5 B’s: Roose & De Bie (2003), with the working definitions of VVSG. Ideas: the quality checker’s, each with its source.', { id: 'qr.source' })}</p>`;
  }

  private renderPeriodChoice(): TemplateResult {
    const mode = this._period === 'year' || this._period === 'none' ? this._period : 'date';
    const date = mode === 'date' ? this._period : '';
    return html`<fieldset class="period no-print">
      <legend>${msg('Split the answers', { id: 'qr.period.legend' })}</legend>
      <label class="check"><input type="radio" name="qr-period" .checked=${mode === 'year'} @change=${() => this.setPeriod('year')} />
        ${msg('By year', { id: 'qr.period.year' })}</label>
      <label class="check"><input type="radio" name="qr-period" .checked=${mode === 'date'} @change=${() => this.setPeriod(date || new Date().toISOString().slice(0, 10))} />
        ${msg('Before and from a date', { id: 'qr.period.date' })}</label>
      ${mode === 'date' ? html`<label class="field"><span>${msg('Date', { id: 'qr.period.dateField' })}</span>
        <input type="date" .value=${date} @change=${(e: Event) => (e.target as HTMLInputElement).value && this.setPeriod((e.target as HTMLInputElement).value)} /></label>` : nothing}
      <label class="check"><input type="radio" name="qr-period" .checked=${mode === 'none'} @change=${() => this.setPeriod('none')} />
        ${msg('No split', { id: 'qr.period.none' })}</label>
    </fieldset>`;
  }
}

/** A JSON string parsed, or left as it is (the reader then names it). */
function safeJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : text;
  } catch {
    return text;
  }
}
