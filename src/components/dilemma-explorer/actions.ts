/**
 * What the user does in the explorer: place, mark, count, move between steps, black
 * out the screen, and switch modes. Each action updates the element's state, says what
 * happened (once: in the status region, or by moving focus where a screen reader reads
 * it), keeps focus on a control that still exists, and fires `samen-change` for
 * changes (not for navigation). The tools (files, link, room screen) are in tools.ts.
 */
import { msg, str } from '@lit/localize';
import {
  DILEMMA_ROOM_STOPS, changeDilemmaRoomSplit, cleanDilemmaRoomSplit, cleanDilemmaWorkshop, decodeDilemmaWorkshop,
  dilemmaRoomStopOf, dilemmaWorkshopSteps, moveDilemmaPriority, moveDilemmaWorkshopStep, summariseDilemmaRoom,
  toggleDilemmaPriority, type DilemmaMode, type DilemmaWorkshopMove, type DilemmaWorkshopState,
} from '../../core/dilemmas/index.js';
import { isRecord } from '../../core/shared.js';
import type { SamenDilemmaExplorer } from './dilemma-explorer.component.js';
import { countTexts, dilemmaTexts, stopTexts } from './dilemma-explorer.texts.js';
import { ExplorerTools } from './tools.js';

/** How long typing in a count must pause before the new total is announced. */
export const COUNT_ANNOUNCE_DELAY = 800;

/** The explorer's actions; one instance per element. */
export class ExplorerActions extends ExplorerTools {
  private countTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(el: SamenDilemmaExplorer) {
    super(el);
  }

  /** Replaces the whole state (a file, a link, `state` set by the page, start again). */
  apply(s: DilemmaWorkshopState): void {
    const el = this.el;
    el._mode = s.mode;
    el._step = s.step;
    el._positions = s.positions;
    el._priorities = s.priorities;
    el._splits = s.splits;
    el.requestUpdate();
  }

  /** Applies a workshop link (once per element: the share controller sees to that). */
  applyLink(code: string): void {
    const read = decodeDilemmaWorkshop(code);
    this.el.warn(read.issues);
    const bad = read.issues.find((i) => i.path === 'link');
    if (bad) {
      this.el.notice = bad.problem === 'out-of-range'
        ? msg('The workshop link is far too long to be one made by this tool, so it was not read; the explorer starts empty.', { id: 'dx.link.tooLong' })
        : msg('The workshop link could not be read; the explorer starts empty.', { id: 'dx.link.corrupt' });
      return;
    }
    this.apply(read.value);
  }

  /** On the room screen: shows what the presenter's window sent. */
  applyRoom(input: unknown): void {
    if (!isRecord(input)) return;
    const el = this.el;
    this.apply(cleanDilemmaWorkshop({ mode: input.mode, step: input.step, positions: input.positions, priorities: input.priorities, splits: input.splits }).value);
    el.kinds = Array.isArray(input.kinds) ? input.kinds.join(' ') : null;
    el.blank = input.blank === true;
    el.qrLink = typeof input.qr === 'string' ? input.qr : '';
    el.presentation = true;
  }

  /** Places the network on a dilemma (null: not placed). */
  place(id: string, position: number | null): void {
    const el = this.el;
    const next = { ...el._positions };
    if (position === null) delete next[id];
    else next[id] = position;
    el._positions = next;
    const t = dilemmaTexts()[id];
    el.announcement = position === null
      ? msg(str`${t.name}: not placed.`, { id: 'dx.announce.cleared' })
      : `${t.name}: ${stopTexts(t.poles)[dilemmaRoomStopOf(position)].full}.`;
    el.requestUpdate();
    el.changed();
    // "Clear position" removes itself: focus goes to the card's "Most pressing" button.
    if (position === null) this.refocus([`[data-pressing="${id}"]`]);
  }

  togglePriority(id: string): void {
    const el = this.el;
    const marked = !el._priorities.includes(id);
    const at = el._priorities.indexOf(id);
    el._priorities = toggleDilemmaPriority(el._priorities, id);
    const name = dilemmaTexts()[id].name;
    el.announcement = marked
      ? msg(str`Marked as most pressing: ${name}.`, { id: 'dx.announce.marked' })
      : msg(str`No longer marked as most pressing: ${name}.`, { id: 'dx.announce.unmarked' });
    el.requestUpdate();
    el.changed();
    // Unmarking in the profile removes the row: focus the neighbour's unmark button.
    const neighbour = el._priorities[Math.min(at, el._priorities.length - 1)];
    this.refocus([neighbour ? `[data-focus="unmark-${neighbour}"]` : '', '#dx-profile-title', `[data-pressing="${id}"]`]);
  }

  movePriority(id: string, delta: number, button: HTMLElement): void {
    const el = this.el;
    el._priorities = moveDilemmaPriority(el._priorities, id, delta);
    const rank = el._priorities.indexOf(id) + 1;
    el.announcement = msg(str`${dilemmaTexts()[id].name} is now number ${rank}.`, { id: 'dx.announce.moved' });
    el.requestUpdate();
    el.changed();
    // Keep focus on the same control of the moved item, wherever it went.
    const key = button.dataset.focus;
    void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(`[data-focus="${key}"]:not([disabled])`)?.focus());
  }

  /** A count typed in a field: kept as cleaned, announced once typing settles. */
  count(id: string, stop: number, input: HTMLInputElement): void {
    const el = this.el;
    // A letter typed in a number field (Firefox lets one in) leaves the count as it was.
    if (input.validity?.badInput) return;
    const split = [...(el._splits[id] ?? DILEMMA_ROOM_STOPS.map(() => 0))];
    const raw = input.value;
    split[stop] = raw === '' ? 0 : Number(raw);
    const cleaned = cleanDilemmaRoomSplit(split, `splits.${id}`).value;
    // Show the count as it was kept (no negatives, fractions or typing slips above 999),
    // and say so visibly; an emptied field is left alone while the next number is typed.
    if (raw !== '' && raw !== String(cleaned[stop])) {
      input.value = String(cleaned[stop]);
      const kept = cleaned[stop];
      el.corrected = { id, text: msg(str`Counts are whole numbers from 0 to 999: ${raw} was changed to ${kept}.`, { id: 'dx.room.corrected' }) };
    } else el.corrected = null;
    this.setSplit(id, cleaned);
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => { el.announcement = this.countText(id); }, COUNT_ANNOUNCE_DELAY);
  }

  /** One person more or less at a place (the large − / + buttons). */
  bump(id: string, stop: number, delta: number): void {
    const el = this.el;
    el.corrected = null;
    this.setSplit(id, changeDilemmaRoomSplit(el._splits[id] ?? DILEMMA_ROOM_STOPS.map(() => 0), stop, delta));
    el.announcement = this.countText(id);
    // "−" disables itself at 0: focus goes to the count field beside it.
    this.refocus([`#dx-room-${stop}`]);
  }

  clearCount(id: string): void {
    const el = this.el;
    el.corrected = null;
    this.setSplit(id, DILEMMA_ROOM_STOPS.map(() => 0));
    el.announcement = msg('Count cleared.', { id: 'dx.announce.countCleared' });
    // The button removes itself with the count: focus goes to the first count field.
    this.refocus(['#dx-room-0']);
  }

  private setSplit(id: string, split: number[]): void {
    const el = this.el;
    const next = { ...el._splits };
    if (split.some((n) => n > 0)) next[id] = split;
    else delete next[id];
    el._splits = next;
    el.requestUpdate();
    el.changed();
  }

  private countText(id: string): string {
    const s = summariseDilemmaRoom(this.el._splits[id] ?? []);
    return countTexts().counted(s.total) +
      (s.divided ? ` ${msg('The room is divided.', { id: 'dx.room.divided.short' })}` : '');
  }

  /**
   * Moves through the workshop. A screen reader hears the new step once: focus stays on
   * the control that was used and the status region says the step, unless that control
   * goes away (the stage's content is replaced, a button disables itself at either
   * end); then the step's heading takes focus (no ring: the room sees it) and is read.
   */
  go(move: DilemmaWorkshopMove): void {
    const el = this.el;
    const steps = dilemmaWorkshopSteps(el._kinds);
    const next = moveDilemmaWorkshopStep(el._step, move, el._kinds);
    el.blank = false;
    if (next === el._step && steps.includes(next)) return;
    el._step = next;
    const active = el.shadowRoot?.activeElement as HTMLElement | null;
    const at = steps.indexOf(next);
    const disabling = (active?.dataset.go === 'next' && at === steps.length - 1) || (active?.dataset.go === 'previous' && at === 0);
    const toTitle = !active || !!active.closest('.stage') || disabling || this.el.room.role === 'room';
    el.announcement = toTitle ? '' : msg(str`Step ${at + 1} of ${steps.length}: ${el.details.later?.stepTitle({ texts: dilemmaTexts() }, next) ?? ''}`, { id: 'dx.announce.step' });
    el.corrected = null;
    el.requestUpdate();
    if (toTitle) void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#dx-step-title')?.focus({ preventScroll: false }));
  }

  /** B or full stop: the screen goes black, or comes back. */
  toggleBlank(): void {
    const el = this.el;
    el.blank = !el.blank;
    el.announcement = el.blank
      ? msg('The screen is black. Press B or full stop to show it again.', { id: 'dx.announce.blank' })
      : msg('The screen shows the step again.', { id: 'dx.announce.unblank' });
  }

  selectMode(mode: DilemmaMode): void {
    this.el._mode = mode;
    this.el.blank = false;
    this.el.requestUpdate('mode');
  }
}
