/**
 * Every text of the quality report, looked up by the core's ids. Functions, not
 * constants: msg() must run at render time to follow the active locale. The names of
 * the B's, the ideas and their credits come from the quality checker's texts, so both
 * widgets name them the same way.
 */
import { msg, str } from '@lit/localize';
import type { QualityAudience } from '../../core/quality/index.js';
import type { ReportRejectReason } from '../../core/report/index.js';
import { plural, textLocale } from '../../internal/plural.js';

/** Why a file or row could not be read, in words. */
export function reasonTexts(maxMb: number): Record<ReportRejectReason, string> {
  return {
    'too-large': msg(str`larger than ${maxMb} MB, not read`, { id: 'qr.reason.too-large' }),
    unreadable: msg('the browser could not read the file', { id: 'qr.reason.unreadable' }),
    empty: msg('empty: no answers in it', { id: 'qr.reason.empty' }),
    'not-json': msg('the answers are damaged or cut off', { id: 'qr.reason.not-json' }),
    'not-samen': msg('these are no answers of the quality checker', { id: 'qr.reason.not-samen' }),
    'no-samen-column': msg('no column holds answers of the quality checker', { id: 'qr.reason.no-samen-column' }),
    'unknown-version': msg('made by a newer version of the checker, which this report cannot read', { id: 'qr.reason.unknown-version' }),
    'no-answers': msg('not a single question answered', { id: 'qr.reason.no-answers' }),
  };
}

/** Who answered, as a group heading. */
export function audienceTexts(): Record<QualityAudience, string> {
  return {
    family: msg('Families', { id: 'qr.audience.family' }),
    staff: msg('Staff', { id: 'qr.audience.staff' }),
  };
}

/** A period id of the core (`2026`, `before-2026-03-01`, `from-2026-03-01`, `undated`) in words. */
export function periodText(period: string): string {
  if (period === 'undated') return msg('No date', { id: 'qr.period.undated' });
  const before = /^before-(.+)$/.exec(period);
  if (before) return msg(str`Before ${before[1]}`, { id: 'qr.period.before' });
  const from = /^from-(.+)$/.exec(period);
  if (from) return msg(str`From ${from[1]}`, { id: 'qr.period.from' });
  return period;
}

/** "12 responses", in the plural rules of the language on screen. */
export function responsesText(n: number): string {
  return plural(n, {
    one: () => msg(str`${n} response`, { id: 'qr.responses.one' }),
    other: () => msg(str`${n} responses`, { id: 'qr.responses' }),
  });
}

/** What a hidden figure says instead. */
export function fewerText(min: number): string {
  return msg(str`fewer than ${min} answers`, { id: 'qr.fewer', desc: 'Shown instead of a figure for a small group, to protect the people in it.' });
}

/** What a figure hidden to protect a smaller group next to it says. */
export function protectsText(): string {
  return msg('hidden to protect a smaller group', { id: 'qr.protects', desc: 'A figure hidden because, shown, it would let a reader work out the figure of a smaller group.' });
}

/**
 * A colon or semicolon that joins parts the code puts together, as the language on
 * screen writes it: French puts a no-break space before it ("Familles : 38 réponses").
 */
export function mark(sign: ':' | ';'): string {
  return textLocale() === 'fr' ? `\u00A0${sign}` : sign;
}

/** What one file gave, for the list of files and the announcement. */
export function fileOutcomeText(found: number, added: number, rejected: number): string {
  const parts = [
    plural(found, {
      one: () => msg(str`${found} response read`, { id: 'qr.file.found.one' }),
      other: () => msg(str`${found} responses read`, { id: 'qr.file.found' }),
    }),
  ];
  const duplicates = found - added;
  if (found > 0 && added < found) {
    // Counted like every other count: French "dont 1 déjà chargée", not "chargées".
    parts.push(plural(duplicates, {
      one: () => msg(str`${duplicates} of them already loaded`, { id: 'qr.file.duplicates.one', desc: 'Singular form of qr.file.duplicates (French: also for 0).' }),
      other: () => msg(str`${duplicates} of them already loaded`, { id: 'qr.file.duplicates' }),
    }));
  }
  if (rejected > 0) {
    parts.push(plural(rejected, {
      one: () => msg(str`${rejected} part could not be read`, { id: 'qr.file.rejected.one' }),
      other: () => msg(str`${rejected} parts could not be read`, { id: 'qr.file.rejected' }),
    }));
  }
  return parts.join(`${mark(';')} `);
}

/** The announcement after a load. */
export function loadedText(added: number, total: number, rejected: number): string {
  const newOnes = plural(added, {
    one: () => msg(str`${added} new response loaded`, { id: 'qr.announce.added.one' }),
    other: () => msg(str`${added} new responses loaded`, { id: 'qr.announce.added' }),
  });
  const all = msg(str`${total} in all`, { id: 'qr.announce.total' });
  const bad = rejected ? ` ${plural(rejected, {
    one: () => msg(str`${rejected} part could not be read.`, { id: 'qr.announce.rejected.one' }),
    other: () => msg(str`${rejected} parts could not be read.`, { id: 'qr.announce.rejected' }),
  })}` : '';
  return `${newOnes}, ${all}.${bad}`;
}

/** "Row 4", for a rejected row. */
export function rowText(row: number): string {
  return msg(str`row ${row}`, { id: 'qr.row', desc: 'A row of a spreadsheet or a line of a file; the header is row 1.' });
}
