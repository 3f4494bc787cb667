/**
 * The staff quality check as a link (issue 10, "Hand the state on"): "Copy a link"
 * puts the staff answers, `extended` and the service in the `#samen-quality=` fragment
 * (nothing is sent), and opening such a link shows them again.
 *
 * Staff only. A family checker never offers a link and never reads one: a link is easily
 * forwarded, synced or left in a shared browser's history, and a parent cannot see what
 * it holds; families keep their answers with "Save my answers" or on the device instead.
 * It also means nobody can send a parent a link with answers filled in for them.
 *
 * Opening a link follows the rules of opening a file: when answers are already there
 * (kept on the device, or given by the page), it asks first, and offers undo; a broken,
 * foreign, over-long link or one made for other questions is refused with its reason,
 * visibly, and changes nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { decodeQualityLink, encodeQualityLink, type QualityLinkRefusal, type QualityLinkState } from '../../core/quality/link.js';
import type { QualityAnswers } from '../../core/quality/index.js';
import { ShareController, type ShownLink } from '../../internal/controllers/share.js';
import { makeQrCode, type QrCode } from '../../internal/controllers/qr.js';
import { copyText } from '../../internal/files.js';
import { laterFailedText, laterTexts, type LaterHost, type LazyTexts } from '../../internal/controllers/lazy-texts.js';
import { qcLater } from './views/later.js';

/** The fragment parameter of a quality check link. */
export const QUALITY_LINK_PARAM = 'samen-quality';

/** What the element's state looks like to the link: enough to undo an opened link. */
export interface LinkSnapshot {
  /** Every answer held, both audiences. */
  answers: QualityAnswers;
  /** The `extended` flag. */
  extended: boolean;
  /** The service named. */
  service: string;
  /** The questions marked as skipped. */
  skipped: string[];
}

/** What the controller needs from the element. */
export interface QualityLinkOptions {
  /** True for the staff audience: only staff get or read a link. */
  staff(): boolean;
  /** The current state. */
  snapshot(): LinkSnapshot;
  /** Shows a state (a link's, or the one before it, for undo). */
  apply(state: LinkSnapshot): void;
  /** After a user's yes or undo: save, fire `samen-change`. */
  changed(): void;
  /** Says a text in the live region. */
  say(text: string, error?: boolean): void;
  /** Focuses a control after the next render. */
  focus(selector: string): void;
  /** Warns the page's developer once. */
  warn(problem: 'too-large' | 'not-json' | 'invalid-value', received: string): void;
}

/** Why a link was refused, in words. */
function refusalText(reason: QualityLinkRefusal): string {
  switch (reason) {
    case 'too-large': return msg('The link is far too long to be one made by this checker, so it was not read. Nothing was changed.', { id: 'qc.link.tooLarge' });
    case 'other-questions': return msg('The link was made for another list of questions, so it was not read. Nothing was changed.', { id: 'qc.link.otherQuestions' });
    case 'not-ours': return msg('The link was not made by this checker, so it was not read. Nothing was changed.', { id: 'qc.link.notOurs' });
    default: return msg('The link could not be read: part of it may be missing. Nothing was changed.', { id: 'qc.link.damaged' });
  }
}

/** What became of "Copy a link", in words (shown and said). */
export function copyOutcomeText(copied: boolean): string {
  return copied
    ? msg('Link copied. Whoever opens it sees these answers.', { id: 'qc.link.copied' })
    : msg('Your browser did not allow copying. Copy the link from the field.', { id: 'qc.link.copyFailed' });
}

/** The link, its QR code, and opening a link; see the module comment. */
export class QualityLink implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #o: QualityLinkOptions;
  /** @internal The fragment's state and the page's query string, through the shared controller. */
  readonly share: ShareController;
  /** A code found in the page's link, read at the first update (after kept answers). */
  #found: string | null = null;
  /** The link last copied, until the next change makes it stale. */
  shown: ShownLink | null = null;
  /** The QR code asked for (null while it is made or not asked for). */
  qr: QrCode | null = null;
  /** True while the QR code is asked for. */
  qrShown = false;
  /** A link's answers waiting for the user's yes. */
  pending: { state: QualityLinkState; partly: boolean } | null = null;
  /** The state before the link was opened, for undo. */
  before: LinkSnapshot | null = null;
  /** What happened to the link, shown where the questions start ('' for nothing). */
  notice = '';

  constructor(host: ReactiveControllerHost, options: QualityLinkOptions) {
    this.#host = host;
    this.#o = options;
    this.share = new ShareController(host, {
      param: QUALITY_LINK_PARAM,
      encode: () => {
        const s = this.#o.snapshot();
        return encodeQualityLink({ answers: s.answers, extended: s.extended, service: s.service });
      },
      decode: (code) => (this.#found = code),
    });
    host.addController(this);
  }

  /** Nothing to set up: the share controller reads the fragment. */
  hostConnected(): void {}

  /**
   * Reads the link the page was opened with, once, after kept answers were restored (so
   * it can ask before replacing them). A family checker ignores it, with a warning.
   */
  settle(): void {
    const code = this.#found;
    this.#found = null;
    if (code === null) return;
    if (!this.#o.staff()) {
      this.share.fromLink = false;
      this.#o.warn('invalid-value', 'a family checker never reads answers from a link');
      return;
    }
    const read = decodeQualityLink(code);
    if (!read.ok) {
      this.share.fromLink = false;
      this.notice = refusalText(read.reason);
      this.#o.warn(read.reason === 'too-large' ? 'too-large' : read.reason === 'damaged' ? 'not-json' : 'invalid-value', code);
      return;
    }
    if (read.partly) this.#o.warn('invalid-value', code);
    const now = this.#o.snapshot();
    const work = Object.keys(now.answers).some((id) => id.startsWith('staff-'));
    this.pending = { state: read.value, partly: read.partly };
    // Nothing to lose: open it at once, without a question (and without an event: the page opened it).
    if (!work) this.#open(false);
  }

  /** The user answered the question "open the link instead?". */
  confirm(yes: boolean): void {
    if (!this.pending) return;
    if (!yes) {
      this.pending = null;
      this.share.fromLink = false;
      this.notice = msg('The link was not opened. Your answers stay as they were.', { id: 'qc.link.kept' });
      this.#o.say(this.notice);
      this.#o.focus('.questions input[type="radio"]');
    } else {
      this.#open(true);
      this.#o.changed();
      this.#o.focus('#qc-link-undo');
    }
    this.#host.requestUpdate();
  }

  /** Back to the answers before the link was opened. */
  undo(): void {
    if (!this.before) return;
    this.#o.apply(this.before);
    this.before = null;
    this.notice = msg('Undone: your answers are back as they were before the link was opened.', { id: 'qc.link.undone' });
    this.#o.say(this.notice);
    this.#o.changed();
    this.#o.focus('.questions input[type="radio"]');
    this.#host.requestUpdate();
  }

  /** The host's later texts (views/later.ts): the link panel's and the QR code's. */
  #texts(): LazyTexts {
    return laterTexts(this.#host as LaterHost, qcLater);
  }

  /** Copies the link; the outcome is shown and said once. */
  async copy(): Promise<void> {
    const link = this.share.link();
    // copyText gives up after a moment on a clipboard that never answers: the link is shown.
    // The panel's texts are the later group's: asked for at once, while the clipboard works.
    const texts = this.#texts();
    const [copied] = await Promise.all([copyText(link), texts.request(true).catch(() => undefined)]);
    this.shown = { link, copied };
    this.#o.say(texts.ready ? copyOutcomeText(copied) : laterFailedText(), !texts.ready);
    this.#host.requestUpdate();
  }

  /** Shows or hides the QR code of the link; the QR library loads only now. */
  toggleQr(): void {
    this.qrShown = !this.qrShown;
    this.qr = null;
    this.#host.requestUpdate();
    if (!this.qrShown) return this.#o.say(msg('The QR code is hidden.', { id: 'qc.link.qrHidden' }));
    const link = this.share.link();
    const texts = this.#texts();
    void Promise.all([makeQrCode(link), texts.request(true).catch(() => undefined)]).then(([qr]) => {
      if (!this.qrShown || this.share.link() !== link) return;
      this.qr = qr;
      this.#o.say(!texts.ready ? laterFailedText() : qr.ok
        ? msg('The QR code of the link is shown.', { id: 'qc.link.qrShown' })
        : msg('There is no QR code: see the note under the buttons.', { id: 'qc.link.qrNone' }), !texts.ready);
      this.#host.requestUpdate();
    });
  }

  /** After every user change: a shown link or code is stale, undo is over, the fragment follows. */
  changed(): void {
    this.shown = null;
    this.before = null;
    if (this.qrShown) {
      this.qrShown = false;
      this.qr = null;
    }
    this.share.changed();
  }

  /** Shows the pending link's answers; the staff answers held are replaced, a family's kept. */
  #open(ask: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const now = this.#o.snapshot();
    const family = Object.fromEntries(Object.entries(now.answers).filter(([id]) => !id.startsWith('staff-')));
    this.before = ask ? now : null;
    this.#o.apply({
      answers: { ...family, ...pending.state.answers },
      extended: pending.state.extended,
      service: pending.state.service || now.service,
      skipped: now.skipped.filter((id) => !id.startsWith('staff-')),
    });
    this.notice = pending.partly
      ? msg('The answers from the link are shown, but part of the link could not be read and was left out.', { id: 'qc.link.openedPartly' })
      : msg('The answers from the link are shown.', { id: 'qc.link.opened' });
    if (ask) this.#o.say(this.notice);
  }
}
