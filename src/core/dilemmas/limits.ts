/**
 * Limits on what the explorer reads, so a huge link, file or attribute can neither
 * overflow the stack nor freeze the page: past these sizes input is refused or cut
 * short, and the element says so.
 */
import type { InputIssue } from '../shared.js';

/**
 * The longest workshop link code read (characters after `samen-dilemmas=`). A full
 * workshop of twenty dilemmas with counts, positions and priorities takes about
 * 2,000; anything far above is not a link this tool made.
 */
export const DILEMMA_LINK_MAX = 20_000;

/**
 * The largest saved file read, in bytes. A saved workshop is a few kilobytes; a file
 * above this is refused before it is read, so a 50 MB file cannot freeze the page.
 */
export const DILEMMA_FILE_MAX = 256 * 1024;

/** At most this many issues are kept per input; the rest are counted in one last issue. */
export const DILEMMA_ISSUES_MAX = 20;

/**
 * Appends issues to a list, keeping at most {@link DILEMMA_ISSUES_MAX}: a loop rather
 * than `push(...more)`, whose argument spread overflows the stack at about 100,000
 * items (an object with 130,000 unknown keys). The last kept issue says how many were
 * left out.
 */
export function capIssues(target: InputIssue[], more: readonly InputIssue[]): InputIssue[] {
  for (const issue of more) {
    if (target.length < DILEMMA_ISSUES_MAX) target.push(issue);
    else {
      const last = target[DILEMMA_ISSUES_MAX];
      if (last) last.received = (last.received as number) + 1;
      else target.push({ path: '…', problem: 'invalid-value', received: 1 });
    }
  }
  return target;
}
