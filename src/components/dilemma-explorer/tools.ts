/**
 * The explorer's tools: print, copy as text, save and open a file (refusing what is
 * not a dilemma file, asking before a file replaces work, with undo), the link, the
 * room screen with its QR code, and start again. Each says what it did visibly and in
 * the status region, and never leaves focus on the page's body.
 */
import { msg, str } from '@lit/localize';
import {
  DILEMMA_FILE_MAX, dilemmaWorkshopDocument, isEmptyDilemmaWorkshop, readDilemmaFile,
  type DilemmaFileRefusal, type DilemmaWorkshopState,
} from '../../core/dilemmas/index.js';
import { copyText, downloadJson } from '../../internal/files.js';
import { laterFailedText } from '../../internal/controllers/lazy-texts.js';
import type { SamenDilemmaExplorer } from './dilemma-explorer.component.js';
import type { ToolsContext } from './views/tools.js';

/** Why a file was refused, in words. */
function refusalText(name: string, reason: DilemmaFileRefusal): string {
  switch (reason) {
    case 'too-large': return msg(str`“${name}” is far larger than a file saved by the dilemma explorer, so it was not read. Nothing was changed.`, { id: 'dx.load.tooLarge' });
    case 'newer-version': return msg(str`“${name}” was saved by a newer version of the dilemma explorer. Nothing was changed.`, { id: 'dx.load.newer' });
    case 'unknown-version': return msg(str`“${name}” does not say which version of the dilemma explorer saved it. Nothing was changed.`, { id: 'dx.load.noVersion' });
    case 'not-json': return msg(str`“${name}” could not be read: it is not a saved file of the dilemma explorer. Nothing was changed.`, { id: 'dx.load.notJson' });
    default: return msg(str`“${name}” is not a file saved by the dilemma explorer. Nothing was changed.`, { id: 'dx.load.wrong' });
  }
}

/** The tools; the actions extend them. */
export abstract class ExplorerTools {
  /** @internal A valid file waiting for the user's yes. */
  protected pending: { name: string; value: DilemmaWorkshopState; partly: boolean } | null = null;
  /** @internal The state before the last load, for undo. */
  protected before: DilemmaWorkshopState | null = null;
  /** @internal True while "Start again" waits for confirmation. */
  protected confirmingReset = false;

  constructor(protected readonly el: SamenDilemmaExplorer) {}

  /** Replaces the whole state; defined by the actions. */
  abstract apply(s: DilemmaWorkshopState): void;

  /**
   * After the next render, focuses the first of `selectors` that exists and is enabled,
   * but only when focus was lost (the focused control removed or disabled itself).
   */
  protected refocus(selectors: readonly string[]): void {
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
  protected done(text: string, undo = false): void {
    this.el.confirmation = text;
    this.el.announcement = text;
    if (!undo) this.before = null;
  }

  /** The tools' view context. */
  tools(): ToolsContext {
    const el = this.el;
    return {
      mode: el._mode, link: el.link, confirmation: el.confirmation, confirmingReset: this.confirmingReset,
      pendingFile: this.pending?.name ?? null, canUndo: this.before !== null, room: el.room.status, qr: el.qr,
      print: () => void this.print(), copyAsText: () => void this.copyAsText(), save: () => this.save(),
      load: (e) => void this.load(e), confirmLoad: (yes) => this.confirmLoad(yes), undoLoad: () => this.undoLoad(),
      copyLink: () => void this.copyLink(), toggleRoom: () => this.toggleRoom(), toggleQr: () => this.toggleQr(),
      askReset: (ask) => this.askReset(ask), reset: () => this.reset(),
    };
  }

  private async print(): Promise<void> {
    const el = this.el;
    if (el._mode === 'workshop') el._step = 'summary';
    else el._view = 'profile';
    el.requestUpdate();
    await el.updateComplete;
    globalThis.print?.();
  }

  private async copyAsText(): Promise<void> {
    // The text holds the questions: the later texts must be in first.
    const loaded = await this.el.details.request(true).then(() => true, () => false);
    if (!loaded) return this.done(laterFailedText());
    const ok = await copyText(this.el.details.later!.plainText(this.el.context, this.el._mode === 'workshop'));
    this.done(ok
      ? msg('Copied as text.', { id: 'dx.announce.copied' })
      : msg('Your browser did not allow copying. Select the text and copy it yourself.', { id: 'dx.announce.copyFailed' }));
  }

  private save(): void {
    downloadJson('samen-dilemmas.json', dilemmaWorkshopDocument(this.el.state));
    this.done(msg('Saved as a file: samen-dilemmas.json, in your downloads.', { id: 'dx.announce.savedFile' }));
  }

  private async load(event: Event): Promise<void> {
    const el = this.el;
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A huge file is refused before it is read, so the page never freezes on it.
    const text = file.size > DILEMMA_FILE_MAX ? null : await file.text().catch(() => null);
    const read = text === null
      ? { ok: false as const, reason: file.size > DILEMMA_FILE_MAX ? 'too-large' as const : 'not-json' as const }
      : readDilemmaFile(text);
    if (!read.ok) {
      el.notice = refusalText(file.name, read.reason);
      el.announcement = el.notice;
      el.confirmation = '';
      return;
    }
    el.warn(read.issues);
    this.pending = { name: file.name, value: read.value, partly: read.issues.length > 0 };
    el.notice = '';
    if (isEmptyDilemmaWorkshop(el.state)) return this.confirmLoad(true);
    // Work would be replaced: ask first.
    el.announcement = msg(str`“${file.name}” replaces the positions, marks and counts you have now. Open it?`, { id: 'dx.load.ask' });
    el.requestUpdate();
    void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#dx-load-yes')?.focus());
  }

  private confirmLoad(yes: boolean): void {
    const el = this.el;
    const file = this.pending;
    this.pending = null;
    if (!file) return;
    if (!yes) {
      this.done(msg(str`“${file.name}” was not opened; nothing was changed.`, { id: 'dx.load.kept' }));
    } else {
      const before = el.state;
      this.apply(file.value);
      el.changed();
      this.done(file.partly
        ? msg(str`“${file.name}” was loaded, but some of it could not be read and was left out.`, { id: 'dx.load.partly' })
        : msg(str`“${file.name}” was loaded.`, { id: 'dx.announce.loaded' }), true);
      this.before = isEmptyDilemmaWorkshop(before) ? null : before;
    }
    el.requestUpdate();
    this.refocus(['#dx-undo', '.file input']);
  }

  private undoLoad(): void {
    const el = this.el;
    if (!this.before) return;
    this.apply(this.before);
    el.changed();
    this.done(msg('Undone: your work is back as it was before the file was opened.', { id: 'dx.load.undone' }));
    this.refocus(['.file input']);
  }

  private async copyLink(): Promise<void> {
    const el = this.el;
    el.link = el.share.link();
    const ok = await copyText(el.link);
    this.done(ok
      ? msg('Link copied.', { id: 'dx.announce.linkCopied' })
      : msg('Your browser did not allow copying. Copy the link from the field.', { id: 'dx.announce.linkShown' }));
  }

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

  private toggleQr(): void {
    const el = this.el;
    el.qrLink = el.qrLink ? '' : el.share.link();
    el.announcement = el.qrLink
      ? msg('The QR code of the link is shown.', { id: 'dx.qr.shown' })
      : msg('The QR code is hidden.', { id: 'dx.qr.hidden' });
  }

  private askReset(ask: boolean): void {
    const el = this.el;
    this.confirmingReset = ask;
    el.requestUpdate();
    void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(ask ? '#dx-reset-yes' : '#dx-reset')?.focus());
  }

  private reset(): void {
    const el = this.el;
    this.apply({ mode: el._mode, step: 'opening', positions: {}, priorities: [], splits: {} });
    this.confirmingReset = false;
    el.link = '';
    el.qrLink = '';
    el.notice = '';
    this.done(msg('Everything was cleared.', { id: 'dx.announce.reset' }));
    el.changed();
    void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#dx-reset')?.focus());
  }
}
