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
 *
 * What it says (the notices, the QR code and its messages) is the later chunk's
 * (views/link-notice.ts): the state stays here, as a kind of notice, and the clipboard
 * write starts in the click itself (it needs the user's activation).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeQualityLink, encodeQualityLink, type QualityLinkRefusal, type QualityLinkState } from '../../core/quality/link.js';
import type { QualityAnswers } from '../../core/quality/index.js';
import { ShareController, type ShownLink } from '../../internal/controllers/share.js';
import type { QrCode } from '../../internal/controllers/qr.js';
import { copyText } from '../../internal/files.js';
import { laterFailedText, laterTexts, type LaterHost, type LazyTexts } from '../../internal/controllers/lazy-texts.js';
import { qcLater, type QcLaterViews } from './views/later.js';

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

/** What happened to the link the page was opened with, or to the user's answer ('' for nothing); in words: views/link-notice.ts. */
export type LinkNotice = '' | 'opened' | 'openedPartly' | 'kept' | 'undone' | QualityLinkRefusal;

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
  notice: LinkNotice = '';

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
      this.notice = read.reason;
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
      this.notice = 'kept';
      this.#sayNotice();
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
    this.notice = 'undone';
    this.#sayNotice();
    this.#o.changed();
    this.#o.focus('.questions input[type="radio"]');
    this.#host.requestUpdate();
  }

  /** The host's later group (views/later.ts): the notices, the link panel, the QR code. */
  #texts(): LazyTexts<QcLaterViews> {
    return laterTexts(this.#host as LaterHost, qcLater);
  }

  /**
   * Says the notice after the user's answer. The buttons that answer are the later
   * chunk's, so it is in; should it not be, the failure is said instead of nothing.
   */
  #sayNotice(): void {
    const views = this.#texts().module;
    this.#o.say(views ? views.linkNoticeText(this.notice) : laterFailedText(), !views);
  }

  /** Copies the link; the outcome is shown and said once. */
  async copy(): Promise<void> {
    const link = this.share.link();
    // copyText gives up after a moment on a clipboard that never answers: the link is shown.
    // The panel's texts are the later group's: asked for at once, while the clipboard works.
    const texts = this.#texts();
    const [copied] = await Promise.all([copyText(link), texts.request(true).catch(() => undefined)]);
    this.shown = { link, copied };
    const views = texts.ready ? texts.module : undefined;
    this.#o.say(views ? views.copyOutcomeText(copied) : laterFailedText(), !views);
    this.#host.requestUpdate();
  }

  /** Shows or hides the QR code of the link; the QR code maker (later chunk) and its library load only now. */
  toggleQr(): void {
    this.qrShown = !this.qrShown;
    this.qr = null;
    this.#host.requestUpdate();
    const texts = this.#texts();
    if (!this.qrShown) {
      const views = texts.module;
      return this.#o.say(views && texts.ready ? views.qrSaid(false, true) : laterFailedText(), !views);
    }
    const link = this.share.link();
    void texts.request(true).then(
      () => texts.module!.makeQrCode(link).then((qr) => {
        if (!this.qrShown || this.share.link() !== link) return;
        this.qr = qr;
        this.#o.say(texts.module!.qrSaid(true, qr.ok));
        this.#host.requestUpdate();
      }),
      // The panel shows the failure with Try again; it is said once here.
      () => this.qrShown && this.share.link() === link && this.#o.say(laterFailedText(), true),
    );
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
    this.notice = pending.partly ? 'openedPartly' : 'opened';
    if (ask) this.#sayNotice();
  }
}
