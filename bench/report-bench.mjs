/**
 * The quality report's speed on a big export: 10,000 responses as a CSV file in Drupal
 * Webform's layout (`;`, BOM, CRLF, JSON in a quoted cell), read and aggregated by the
 * core, beside papaparse parsing the same file alone. A benchmark that prints numbers:
 * the target is that reading and aggregating add at most 1x parse time on top of the
 * parse. Median of 7 runs after 2 warm-ups.
 *   npm run bench:report   (node --import tsx bench/report-bench.mjs)
 */
import Papa from 'papaparse';
import { performance } from 'node:perf_hooks';
import { QUALITY_QUESTIONS, mergeQualityFiles, qualityReport, readQualityReportFile } from '../src/core/index.ts';

const N = 10000;
const ids = { family: QUALITY_QUESTIONS.filter((q) => q.audience === 'family').map((q) => q.id), staff: QUALITY_QUESTIONS.filter((q) => q.audience === 'staff').map((q) => q.id) };
const services = ['Consultatiebureau De Linde', 'Huis van het Kind Noord', 'Kinderopvang Zon', 'OCMW Sociale dienst'];
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const q = (s) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const header = ['serial', 'sid', 'uuid', 'token', 'uri', 'created', 'completed', 'changed', 'in_draft', 'current_page', 'remote_addr', 'uid', 'langcode', 'webform_id', 'entity_type', 'entity_id', 'locked', 'sticky', 'notes', 'quality'];
const lines = [header.join(';')];
for (let i = 0; i < N; i++) {
  const audience = random() < 0.8 ? 'family' : 'staff';
  const answers = Object.fromEntries(ids[audience].filter(() => random() < 0.85).map((id) => [id, 1 + Math.floor(random() * 5)]));
  const value = JSON.stringify({ format: 'samen-quality-check', version: 1, audience, extended: true, service: services[i % 4], answers, scores: {} });
  const day = `${2025 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00`;
  lines.push([i + 1, i + 1, `0b6c8f0e-1f0a-4d7e-9a51-${String(i).padStart(12, '0')}`, 'tok', '/nl/vragenlijst', day, day, day, 0, '', '192.0.2.1', 0, 'nl', 'kwaliteit', 'node', 12, 0, 0, '', q(value)].join(';'));
}
const text = `\uFEFF${lines.join('\r\n')}\r\n`;

/** Times `fn` once, in ms. */
function once(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

let report;
const parseOnly = () => Papa.parse(text, { delimiter: ';', skipEmptyLines: 'greedy' });
const readAndAggregate = () => (report = qualityReport(mergeQualityFiles([readQualityReportFile('webform.csv', text)]).data));
for (let i = 0; i < 2; i++) parseOnly(), readAndAggregate();
// Interleaved, so that a busy machine slows both alike; the median of 9 rounds.
const rounds = Array.from({ length: 9 }, () => ({ parse: once(parseOnly), full: once(readAndAggregate) }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const parse = median(rounds.map((r) => r.parse));
const full = median(rounds.map((r) => r.full));
const ratio = median(rounds.map((r) => (r.full - r.parse) / r.parse));
const extra = full - parse;
console.log(`quality report on ${N.toLocaleString('en')} responses (${(text.length / 1024 / 1024).toFixed(1)} MB CSV, ${report.total} read, ${report.groups.length} groups), median of 9 interleaved rounds:`);
console.log(`  papaparse alone            ${parse.toFixed(1).padStart(7)} ms`);
console.log(`  read + aggregate (core)    ${full.toFixed(1).padStart(7)} ms (papaparse inside)`);
console.log(`  added on top of the parse  ${extra.toFixed(1).padStart(7)} ms; per round ${ratio.toFixed(2)}x parse time (target: at most 1x) ${ratio <= 1 ? 'met' : 'NOT met'}`);
