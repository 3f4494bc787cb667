/**
 * The facilitator's keys while a workshop runs, wherever focus is inside the widget
 * (full screen included): Page Up/Down and the arrows move between steps (what a
 * presenter remote sends), Home/End go to the opening and the summary, B or full stop
 * blacks out the screen, as presentation software does. Keys typed in a field stay in
 * the field; only Page Up/Down, which a count field has no use for, still move the
 * step, so the remote keeps working after a count was typed. On the mode tabs the
 * arrows move focus only (manual activation): Enter or Space changes the mode.
 */
import type { DilemmaWorkshopMove } from '../../core/dilemmas/index.js';

const MOVES: Record<string, DilemmaWorkshopMove> = {
  ArrowRight: 'next', PageDown: 'next', ArrowDown: 'next', ArrowLeft: 'previous', PageUp: 'previous', ArrowUp: 'previous',
  Home: 'first', End: 'last',
};
const BLANK_KEYS = ['b', 'B', '.'];
const TAB_KEYS = ['ArrowRight', 'ArrowLeft', 'Home', 'End'];

/** What the element gives the key handler. */
export interface WorkshopKeysOptions {
  /** Moves between the workshop's steps. */
  go(move: DilemmaWorkshopMove): void;
  /** Blacks out the screen, or shows it again. */
  toggleBlank(): void;
}

/**
 * Handles a key pressed inside the widget while the workshop runs (the element's
 * keydown listener, on its shadow root in the capture phase, calls it then: before the
 * tab list's own handler (automatic activation) could switch the mode, and for keys
 * from every control inside). Part of the later part: the workshop only shows once it
 * is in, so a remote's first press finds it.
 */
export function workshopKey(event: KeyboardEvent, options: WorkshopKeysOptions): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.composedPath()[0] as HTMLElement;
  const inField = !!target.matches?.('input, textarea, select, [contenteditable]');
  const page = event.key === 'PageUp' || event.key === 'PageDown';
  if (inField && !page) return;
  if (target.getAttribute?.('role') === 'tab' && TAB_KEYS.includes(event.key)) return moveTabFocus(target, event);
  // Arrows on a radio belong to its group; a details summary keeps Enter/Space only, so arrows may go on.
  if (target.matches?.('[role="radio"]') && !page) return;
  const move = MOVES[event.key];
  if (move) {
    event.preventDefault();
    options.go(move);
  } else if (BLANK_KEYS.includes(event.key)) {
    event.preventDefault();
    options.toggleBlank();
  }
}

/** Manual activation: the arrow moves focus to the neighbouring tab; Enter or Space will select it. */
function moveTabFocus(tab: HTMLElement, event: KeyboardEvent): void {
  event.preventDefault();
  event.stopImmediatePropagation();
  const tabs = [...(tab.parentElement?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
  const at = tabs.indexOf(tab);
  const to = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : at + (event.key === 'ArrowRight' ? 1 : -1);
  tabs[(to + tabs.length) % tabs.length]?.focus();
}
