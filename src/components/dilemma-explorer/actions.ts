/**
 * What the user does in the explorer. Each action updates the element's state, says
 * what happened (once: in the status region, or by moving focus where a screen reader
 * reads it), keeps focus on a control that still exists, and fires `samen-change` for
 * changes (not for navigation).
 *
 * This module holds what the first screen needs at once: placing, marking, the mode
 * tabs, a link the page was opened from, and the three tools that need the click
 * itself (saving a file, copying the link, opening the room screen: a browser lets a
 * download, the clipboard and a second window only happen in the click, not after an
 * import it started). Everything else (the workshop's counts and steps, the facilitator's
 * keys, the other tools, the room screen's state) is in the later part (later.ts:
 * workshop-actions.ts, tools.ts, workshop-keys.ts), run through `run()`.
 */
import { msg, str } from '@lit/localize';
import {
  decodeDilemmaWorkshop, dilemmaRoomStopOf, dilemmaWorkshopDocument, toggleDilemmaPriority,
  type DilemmaMode, type DilemmaWorkshopState,
} from '../../core/dilemmas/index.js';
import { copyText, downloadJson } from '../../internal/files.js';
import { laterFailedText } from '../../internal/controllers/lazy-texts.js';
import type { SamenDilemmaExplorer } from './dilemma-explorer.component.js';
import { cardTexts, stopTexts } from './card-texts.js';
import type { Later } from './details.js';
import type { ToolsContext } from './views/tools.js';

/** The explorer's actions and the state they keep between clicks; one instance per element. */
export class ExplorerActions {
  /** @internal A valid file waiting for the user's yes. */
  pending: { name: string; value: DilemmaWorkshopState; partly: boolean } | null = null;
  /** @internal The state before the last load, for undo. */
  before: DilemmaWorkshopState | null = null;
  /** @internal True while "Start again" waits for confirmation. */
  confirmingReset = false;
  /** @internal The timer that announces a typed count once typing settles. */
  countTimer: ReturnType<typeof setTimeout> | undefined;
  /** @internal What the presenter's window last sent (room screen), until the later part shows it. */
  roomState: unknown = undefined;

  constructor(readonly el: SamenDilemmaExplorer) {}

  /**
   * Runs an action of the later part: at once when it is in (the usual case: it is
   * fetched as soon as the user focuses or presses anything in the widget), else once it
   * has come; the element's `updateComplete` waits for that. If it cannot be loaded,
   * the tools' confirmation says so.
   */
  run(action: (later: Later) => unknown): void {
    const el = this.el;
    const now = el.details.later;
    if (now) return void action(now);
    const done = el.details.request(true).then(
      () => action(el.details.later!),
      () => this.done(laterFailedText()),
    );
    el.holdUpdateComplete(done);
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
        : bad.problem === 'invalid-value'
          // Readable, but what it holds is no workshop of this tool (another tool's, or no state at all).
          ? msg('This link holds no workshop of the dilemma explorer; the explorer starts empty.', { id: 'dx.link.foreign' })
          : msg('The workshop link could not be read; the explorer starts empty.', { id: 'dx.link.corrupt' });
      return;
    }
    this.apply(read.value);
  }

  /** Places the network on a dilemma (null: not placed). */
  place(id: string, position: number | null): void {
    const el = this.el;
    const next = { ...el._positions };
    if (position === null) delete next[id];
    else next[id] = position;
    el._positions = next;
    const t = cardTexts()[id];
    el.announcement = position === null
      ? msg(str`${t.name}: not placed.`, { id: 'dx.announce.cleared' })
      : `${t.name}: ${stopTexts(t.poles)[dilemmaRoomStopOf(position)].full}.`;
    el.requestUpdate();
    el.changed();
    // "Clear position" removes itself: focus goes to the card's "Most pressing" button.
    if (position === null) this.refocus([`[data-pressing="${id}"]`]);
  }

  /** Marks a dilemma as most pressing, or unmarks it. */
  togglePriority(id: string): void {
    const el = this.el;
    const marked = !el._priorities.includes(id);
    const at = el._priorities.indexOf(id);
    el._priorities = toggleDilemmaPriority(el._priorities, id);
    const name = cardTexts()[id].name;
    el.announcement = marked
      ? msg(str`Marked as most pressing: ${name}.`, { id: 'dx.announce.marked' })
      : msg(str`No longer marked as most pressing: ${name}.`, { id: 'dx.announce.unmarked' });
    el.requestUpdate();
    el.changed();
    // Unmarking in the profile removes the row: focus the neighbour's unmark button.
    const neighbour = el._priorities[Math.min(at, el._priorities.length - 1)];
    this.refocus([neighbour ? `[data-focus="unmark-${neighbour}"]` : '', '#dx-profile-title', `[data-pressing="${id}"]`]);
  }

  /** Switches between reflection and workshop (the mode tabs). */
  selectMode(mode: DilemmaMode): void {
    this.el._mode = mode;
    this.el.blank = false;
    this.el.requestUpdate('mode');
  }

  /**
   * After the next render, focuses the first of `selectors` that exists and is enabled,
   * but only when focus was lost (the focused control removed or disabled itself).
   */
  refocus(selectors: readonly string[]): void {
    const el = this.el;
    void el.updateComplete.then(() => {
      const root = el.shadowRoot;
      if (!root || (root.activeElement && !(root.activeElement as HTMLButtonElement).disabled)) return;
      for (const selector of selectors) {
        const target = selector ? root.querySelector<HTMLElement>(`${selector}:not([disabled])`) : null;
        if (target) return target.focus();
      }
      root.querySelector<HTMLElement>('#dx-step-title, h3')?.focus();
    });
  }

  /** Says what a tool did, visibly and to screen readers. */
  done(text: string, undo = false): void {
    this.el.confirmation = text;
    this.el.announcement = text;
    if (!undo) this.before = null;
  }

  /** The tools' view context. */
  tools(): ToolsContext {
    const el = this.el;
    return {
      mode: el._mode, link: el.link, confirmation: el.confirmation, confirmingReset: this.confirmingReset,
      pendingFile: this.pending?.name ?? null, canUndo: this.before !== null, room: el.room.status,
      qr: el.qr ? el.details.later?.renderQr(el.qr, () => this.save()) ?? null : null,
      save: () => this.save(), copyLink: () => void this.copyLink(), toggleRoom: () => this.toggleRoom(),
      print: () => this.run((l) => l.print(this)), copyAsText: () => this.run((l) => l.copyAsText(this)),
      // The input, not the event: once the event has been dispatched, its target is gone.
      load: (e) => { const input = e.target as HTMLInputElement; this.run((l) => l.load(this, input)); },
      confirmLoad: (yes) => this.run((l) => l.confirmLoad(this, yes)), undoLoad: () => this.run((l) => l.undoLoad(this)),
      toggleQr: () => this.run((l) => l.toggleQr(this)),
      askReset: (ask) => this.run((l) => l.askReset(this, ask)), reset: () => this.run((l) => l.reset(this)),
    };
  }

  /** Downloads the state as a file: in the click itself, which a browser requires. */
  private save(): void {
    downloadJson('samen-dilemmas.json', dilemmaWorkshopDocument(this.el.state));
    this.done(msg('Saved as a file: samen-dilemmas.json, in your downloads.', { id: 'dx.announce.savedFile' }));
  }

  private async copyLink(): Promise<void> {
    const el = this.el;
    el.link = el.share.link();
    const ok = await copyText(el.link);
    this.done(ok
      ? msg('Link copied.', { id: 'dx.announce.linkCopied' })
      : msg('Your browser did not allow copying. Copy the link from the field.', { id: 'dx.announce.linkShown' }));
  }

  /** Opens or closes the room screen: window.open must run in the click itself. */
  private toggleRoom(): void {
    const el = this.el;
    if (el.room.status === 'open') {
      el.room.close();
      this.done(msg('The room screen was closed.', { id: 'dx.room.closed' }));
      return;
    }
    const status = el.room.open();
    if (status === 'open') this.done(msg('The room screen is open in a second window: move it to the projector and make it full screen there (F11).', { id: 'dx.room.opened' }));
    else el.announcement = msg('Your browser did not open a second window. Allow pop-ups for this page and try again, or use Full screen on one screen.', { id: 'dx.room.blocked' });
    el.requestUpdate();
  }
}
