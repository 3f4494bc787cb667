/**
 * Reading the files a coordinator picks or drops, and the figures as a CSV to save.
 * A file is read as bytes and decoded by the core (`decodeReportBytes`): UTF-8 when it
 * is valid UTF-8, else Windows-1252, as older Belgian Excel saves "CSV (puntkomma
 * gescheiden)". Nothing leaves the browser: the export is a Blob URL.
 */
import { msg, str } from '@lit/localize';
import Papa from 'papaparse';
import {
  REPORT_MAX_BYTES, decodeReportBytes, readQualityReportFile, type QualityReport, type ReportFile,
} from '../../core/report/index.js';
import { dimensionNames } from '../quality-check/quality-check.texts.js';
import { audienceTexts, periodText } from './quality-report.texts.js';

/**
 * Reads the files picked or dropped, in their order; never rejects. A file over
 * REPORT_MAX_BYTES is not read (named `too-large`), one the browser cannot read is
 * named `unreadable`.
 */
export async function readReportFiles(picked: readonly File[]): Promise<ReportFile[]> {
  return Promise.all(picked.map(async (file): Promise<ReportFile> => {
    const name = file.name;
    if (file.size > REPORT_MAX_BYTES) return { source: name, responses: [], rejected: [{ source: name, reason: 'too-large' }] };
    let text: string | null = null;
    try {
      text = decodeReportBytes(new Uint8Array(await file.arrayBuffer())).text;
    } catch {
      // A file removed or locked since it was picked: the reader names it `unreadable`.
    }
    return readQualityReportFile(name, text);
  }));
}

/** Offers text as a file download (a Blob URL: no network). */
function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The report's figures as CSV text a spreadsheet opens (`;` and a BOM, as Belgian
 * Excel expects); hidden figures stay empty or say "hidden".
 */
export function reportCsv(report: QualityReport): string {
  const names = dimensionNames('staff');
  const aud = audienceTexts();
  const hidden = msg('hidden', { id: 'qr.csv.hidden' });
  const rows = report.groups.flatMap((g) => Object.entries(g.dimensions).map(([d, c]) => ({
    [msg('Who', { id: 'qr.csv.who' })]: aud[g.audience],
    [msg('Service', { id: 'qr.csv.service' })]: g.service ?? '',
    [msg('Period', { id: 'qr.csv.period' })]: g.period ? periodText(g.period) : '',
    [msg('Responses', { id: 'qr.csv.n' })]: g.n ?? hidden,
    [msg('Topic', { id: 'qr.table.topic' })]: names[d as keyof typeof names],
    [msg('Answered by', { id: 'qr.table.answered' })]: c!.suppressed ? hidden : c!.answered,
    [msg('Median (0–100)', { id: 'qr.table.median' })]: c!.median ?? '',
    [msg('Mean (0–100)', { id: 'qr.table.mean' })]: c!.mean ?? '',
    ...Object.fromEntries([1, 2, 3, 4, 5].map((a) => [msg(str`Answers ${a}`, { id: 'qr.csv.answers' }), c!.distribution?.[a - 1] ?? ''])),
  })));
  return `\uFEFF${Papa.unparse(rows, { delimiter: ';' })}`;
}

/** Offers the report's figures as a CSV download named with today's date. */
export function downloadReportCsv(report: QualityReport): void {
  downloadText(`samen-quality-report-${new Date().toISOString().slice(0, 10)}.csv`, reportCsv(report), 'text/csv');
}
