/**
 * The quality report's speed on a big export: 10,000 responses as a CSV file in Drupal
 * Webform's layout (`;`, BOM, CRLF, the checker's form value as `qualityFormValue`
 * writes it in a quoted cell), read and aggregated by the core, beside papaparse
 * parsing the same file alone with the options the reader gives it (`;` found from the
 * header line, `skipEmptyLines: 'greedy'`). A benchmark that prints numbers: the target
 * is that reading and aggregating add at most 1x parse time on top of the parse.
 * Median of 9 interleaved rounds after 2 warm-ups; set BENCH_ROUNDS for more.
 *   npm run bench:report   (node --import tsx bench/report-bench.mjs)
 */
import Papa from 'papaparse';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { QUALITY_QUESTIONS, mergeQualityFiles, qualityFormValue, qualityReport, readQualityReportFile } from '../src/core/index.ts';

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
  // The cell exactly as the checker's form value fills it, scores included.
  const value = qualityFormValue(answers, audience, true, services[i % 4]);
  const day = `${2025 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00`;
  lines.push([i + 1, i + 1, `0b6c8f0e-1f0a-4d7e-9a51-${String(i).padStart(12, '0')}`, 'tok', '/nl/vragenlijst', day, day, day, 0, '', '192.0.2.1', 0, 'nl', 'kwaliteit', 'node', 12, 0, 0, '', q(value)].join(';'));
}
const text = `\uFEFF${lines.join('\r\n')}\r\n`;

// A full garbage collection before each timed run: otherwise one run pays for the
// garbage the run before it left (papaparse's 200,000 cells), and which of the two
// looks slow depends on when the collector happens to start.
v8.setFlagsFromString('--expose-gc');
const collect = globalThis.gc ?? vm.runInNewContext('gc');

/**
 * Times `fn` once from a collected heap: wall-clock ms, and the CPU ms the process
 * spent (process.cpuUsage: every thread, so the collector's helpers count too). On a
 * shared, busy machine the wall clock also counts the time other programs had the
 * core; the CPU time does not, so both are printed.
 */
function once(fn) {
  collect();
  const cpu = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

let report;
// The baseline parses as the reader does: the delimiter it finds (';'), empty rows
// skipped greedily, rows handed over one by one (`step`). The whole table built as one
// array, papaparse's default, is printed too; it is slower, so it is not the baseline.
const options = { delimiter: ';', skipEmptyLines: 'greedy' };
const parseOnly = () => Papa.parse(text, { ...options, step() {} });
const parseArray = () => Papa.parse(text, options);
const readAndAggregate = () => (report = qualityReport(mergeQualityFiles([readQualityReportFile('webform.csv', text)]).data));
for (let i = 0; i < 2; i++) parseOnly(), parseArray(), readAndAggregate();
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 9;
// Interleaved, so that a busy machine slows all alike; the median of the rounds.
const rounds = Array.from({ length: ROUNDS }, () => ({ parse: once(parseOnly), array: once(parseArray), full: once(readAndAggregate) }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const of = (clock) => {
  const parse = median(rounds.map((r) => r.parse[clock]));
  const full = median(rounds.map((r) => r.full[clock]));
  return { parse, array: median(rounds.map((r) => r.array[clock])), full, extra: full - parse, ratio: median(rounds.map((r) => (r.full[clock] - r.parse[clock]) / r.parse[clock])) };
};
const wall = of('wall');
const cpu = of('cpu');
const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;
const row = (label, key) => console.log(`  ${label.padEnd(48)} ${ms(wall[key])}   ${ms(cpu[key])}`);
console.log(`quality report on ${N.toLocaleString('en')} responses (${(text.length / 1024 / 1024).toFixed(1)} MB CSV, ${report.total} read, ${report.rejected.length} rejected, ${report.groups.length} groups), median of ${ROUNDS} interleaved rounds:`);
console.log(`  ${''.padEnd(48)} ${'wall'.padStart(10)}   ${'CPU'.padStart(10)}`);
row('papaparse alone, row by row as the reader does', 'parse');
row('papaparse alone, into one array (its default)', 'array');
row('read + aggregate (core, papaparse inside)', 'full');
row('added on top of the row-by-row parse', 'extra');
const verdict = (r) => `${r.ratio.toFixed(2)}x ${r.ratio <= 1 ? 'met' : 'NOT met'}`;
console.log(`  added / parse, median per round (target: at most 1x): wall ${verdict(wall)}, CPU ${verdict(cpu)}`);
