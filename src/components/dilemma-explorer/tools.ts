/**
 * The explorer's tools that may wait for the later part (later.ts): print, copy as
 * text, open a saved file (refusing what is not a dilemma file, asking before a file
 * replaces work, with undo), the QR code, and start again. Saving, copying the link and
 * the room screen need the click itself, so they are in actions.ts. Each says what it
 * did visibly and in the status region, and never leaves focus on the page's body.
 */
import { msg, str } from '@lit/localize';
import {
  DILEMMA_FILE_MAX, isEmptyDilemmaWorkshop, readDilemmaFile, type DilemmaFileRefusal,
} from '../../core/dilemmas/index.js';
import { copyText } from '../../internal/files.js';
import { makeQrCode } from '../../internal/controllers/qr.js';
import type { ExplorerActions } from './actions.js';
import type { SamenDilemmaExplorer } from './dilemma-explorer.component.js';
import { plainText } from './plain-text.js';

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

/** Prints the profile, or the workshop's summary. */
export async function print(a: ExplorerActions): Promise<void> {
  const el = a.el;
  if (el._mode === 'workshop') el._step = 'summary';
  else el._view = 'profile';
  el.requestUpdate();
  await el.updateComplete;
  globalThis.print?.();
}

/** Copies the profile, or the workshop's summary, as plain text. */
export async function copyAsText(a: ExplorerActions): Promise<void> {
  const ok = await copyText(plainText(a.el.context, a.el._mode === 'workshop'));
  a.done(ok
    ? msg('Copied as text.', { id: 'dx.announce.copied' })
    : msg('Your browser did not allow copying. Select the text and copy it yourself.', { id: 'dx.announce.copyFailed' }));
}

/** Reads the file chosen in `input`; asks first when it would replace work. */
export async function load(a: ExplorerActions, input: HTMLInputElement): Promise<void> {
  const el = a.el;
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
  a.pending = { name: file.name, value: read.value, partly: read.issues.length > 0 };
  el.notice = '';
  if (isEmptyDilemmaWorkshop(el.state)) return confirmLoad(a, true);
  // Work would be replaced: ask first.
  el.announcement = msg(str`“${file.name}” replaces the positions, marks and counts you have now. Open it?`, { id: 'dx.load.ask' });
  el.requestUpdate();
  void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#dx-load-yes')?.focus());
}

/** The user's answer to "Open it?". */
export function confirmLoad(a: ExplorerActions, yes: boolean): void {
  const el = a.el;
  const file = a.pending;
  a.pending = null;
  if (!file) return;
  if (!yes) {
    a.done(msg(str`“${file.name}” was not opened; nothing was changed.`, { id: 'dx.load.kept' }));
  } else {
    const before = el.state;
    a.apply(file.value);
    el.changed();
    a.done(file.partly
      ? msg(str`“${file.name}” was loaded, but some of it could not be read and was left out.`, { id: 'dx.load.partly' })
      : msg(str`“${file.name}” was loaded.`, { id: 'dx.announce.loaded' }), true);
    a.before = isEmptyDilemmaWorkshop(before) ? null : before;
  }
  el.requestUpdate();
  a.refocus(['#dx-undo', '.file input']);
}

/** Puts back the work a loaded file replaced. */
export function undoLoad(a: ExplorerActions): void {
  const el = a.el;
  if (!a.before) return;
  a.apply(a.before);
  el.changed();
  a.done(msg('Undone: your work is back as it was before the file was opened.', { id: 'dx.load.undone' }));
  a.refocus(['.file input']);
}

/** Shows or hides the QR code of the link (drawn in the element's willUpdate, see drawQr). */
export function toggleQr(a: ExplorerActions): void {
  const el = a.el;
  el.qrLink = el.qrLink ? '' : el.share.link();
  el.announcement = el.qrLink
    ? msg('The QR code of the link is shown.', { id: 'dx.qr.shown' })
    : msg('The QR code is hidden.', { id: 'dx.qr.hidden' });
}

/** Draws the QR code of the element's `qrLink` (the library loads only then), on both screens. */
export function drawQr(el: SamenDilemmaExplorer): void {
  const link = el.qrLink;
  if (!link) el.qr = null;
  else void makeQrCode(link).then((qr) => { if (el.qrLink === link) el.qr = qr; });
}

/** "Start again": asks first (or cancels the question), focus on the answer to give. */
export function askReset(a: ExplorerActions, ask: boolean): void {
  const el = a.el;
  a.confirmingReset = ask;
  el.requestUpdate();
  void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(ask ? '#dx-reset-yes' : '#dx-reset')?.focus());
}

/** Clears everything once the user said yes. */
export function reset(a: ExplorerActions): void {
  const el = a.el;
  a.apply({ mode: el._mode, step: 'opening', positions: {}, priorities: [], splits: {} });
  a.confirmingReset = false;
  el.link = '';
  el.qrLink = '';
  el.notice = '';
  a.done(msg('Everything was cleared.', { id: 'dx.announce.reset' }));
  el.changed();
  void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#dx-reset')?.focus());
}
