/**
 * What the facilitator does in the workshop, and the profile's reordering: count the
 * room, move between steps, black out the screen; and what the room screen shows of
 * the presenter's window. Part of the later part (later.ts): all of it acts on views
 * that only show once the later part is in, so none of it waits (actions.ts `run()`).
 */
import { msg, str } from '@lit/localize';
import {
  DILEMMA_ROOM_STOPS, changeDilemmaRoomSplit, cleanDilemmaRoomSplit, cleanDilemmaWorkshop, dilemmaWorkshopSteps,
  moveDilemmaPriority, moveDilemmaWorkshopStep, summariseDilemmaRoom, type DilemmaWorkshopMove,
} from '../../core/dilemmas/index.js';
import { isRecord } from '../../core/shared.js';
import type { ExplorerActions } from './actions.js';
import { countTexts, dilemmaTexts } from './dilemma-explorer.texts.js';
import { stepTitle } from './views/workshop.js';

/** How long typing in a count must pause before the new total is announced. */
export const COUNT_ANNOUNCE_DELAY = 800;

/** On the room screen: shows what the presenter's window sent. */
export function applyRoom(a: ExplorerActions, input: unknown): void {
  if (!isRecord(input)) return;
  const el = a.el;
  a.apply(cleanDilemmaWorkshop({ mode: input.mode, step: input.step, positions: input.positions, priorities: input.priorities, splits: input.splits }).value);
  el.kinds = Array.isArray(input.kinds) ? input.kinds.join(' ') : null;
  el.blank = input.blank === true;
  el.qrLink = typeof input.qr === 'string' ? input.qr : '';
  el.presentation = true;
}

/** Moves a pressing dilemma up or down the profile's list, focus on the same control of it. */
export function movePriority(a: ExplorerActions, id: string, delta: number, button: HTMLElement): void {
  const el = a.el;
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
export function count(a: ExplorerActions, id: string, stop: number, input: HTMLInputElement): void {
  const el = a.el;
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
  setSplit(a, id, cleaned);
  clearTimeout(a.countTimer);
  a.countTimer = setTimeout(() => { el.announcement = countText(a, id); }, COUNT_ANNOUNCE_DELAY);
}

/** One person more or less at a place (the large − / + buttons). */
export function bump(a: ExplorerActions, id: string, stop: number, delta: number): void {
  const el = a.el;
  el.corrected = null;
  setSplit(a, id, changeDilemmaRoomSplit(el._splits[id] ?? DILEMMA_ROOM_STOPS.map(() => 0), stop, delta));
  el.announcement = countText(a, id);
  // "−" disables itself at 0: focus goes to the count field beside it.
  a.refocus([`#dx-room-${stop}`]);
}

/** Clears a dilemma's count. */
export function clearCount(a: ExplorerActions, id: string): void {
  const el = a.el;
  el.corrected = null;
  setSplit(a, id, DILEMMA_ROOM_STOPS.map(() => 0));
  el.announcement = msg('Count cleared.', { id: 'dx.announce.countCleared' });
  // The button removes itself with the count: focus goes to the first count field.
  a.refocus(['#dx-room-0']);
}

function setSplit(a: ExplorerActions, id: string, split: number[]): void {
  const el = a.el;
  const next = { ...el._splits };
  if (split.some((n) => n > 0)) next[id] = split;
  else delete next[id];
  el._splits = next;
  el.requestUpdate();
  el.changed();
}

function countText(a: ExplorerActions, id: string): string {
  const s = summariseDilemmaRoom(a.el._splits[id] ?? []);
  return countTexts().counted(s.total) +
    (s.divided ? ` ${msg('The room is divided.', { id: 'dx.room.divided.short' })}` : '');
}

/**
 * Moves through the workshop. A screen reader hears the new step once: focus stays on
 * the control that was used and the status region says the step, unless that control
 * goes away (the stage's content is replaced, a button disables itself at either
 * end); then the step's heading takes focus (no ring: the room sees it) and is read.
 */
export function go(a: ExplorerActions, move: DilemmaWorkshopMove): void {
  const el = a.el;
  const steps = dilemmaWorkshopSteps(el._kinds);
  const next = moveDilemmaWorkshopStep(el._step, move, el._kinds);
  el.blank = false;
  if (next === el._step && steps.includes(next)) return;
  el._step = next;
  const active = el.shadowRoot?.activeElement as HTMLElement | null;
  const at = steps.indexOf(next);
  const disabling = (active?.dataset.go === 'next' && at === steps.length - 1) || (active?.dataset.go === 'previous' && at === 0);
  const toTitle = !active || !!active.closest('.stage') || disabling || el.room.role === 'room';
  el.announcement = toTitle ? '' : msg(str`Step ${at + 1} of ${steps.length}: ${stepTitle({ texts: dilemmaTexts() }, next)}`, { id: 'dx.announce.step' });
  el.corrected = null;
  el.requestUpdate();
  if (toTitle) void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#dx-step-title')?.focus({ preventScroll: false }));
}

/** B or full stop: the screen goes black, or comes back. */
export function toggleBlank(a: ExplorerActions): void {
  const el = a.el;
  el.blank = !el.blank;
  el.announcement = el.blank
    ? msg('The screen is black. Press B or full stop to show it again.', { id: 'dx.announce.blank' })
    : msg('The screen shows the step again.', { id: 'dx.announce.unblank' });
}
