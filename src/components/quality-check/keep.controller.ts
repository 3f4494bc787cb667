/**
 * "Keep my answers on this device" of the quality checker: what is kept, read back,
 * replaced or deleted, and what the box and its notice say. Storage itself (the
 * `samen:` entry, one per element, other windows) is the shared device-storage
 * controller's; this one decides what that means for the answers.
 *
 * Nothing is deleted that the user did not ask to delete: kept data that cannot be read
 * (damaged, or written by a newer version) stays as it is, with a notice.
 *
 * What it says is the later chunk's (views/store-notice.ts): the controller keeps the
 * kind of notice, and says a message once the group is in (at once when it is). So is
 * the reader of saved results (core/quality/read.ts): a first visit with nothing kept
 * does not download it; kept answers are read once the later part is in, and until then
 * the element shows the loading line in place of the questions (`reading`), so nothing
 * the user types there can be overwritten by the answers read back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QUALITY_FORMAT, type QualityDocument } from '../../core/quality/saved.js';
import { DeviceStorage } from '../../internal/controllers/device-storage.js';
import { laterFailedText, laterTexts, type LaterHost } from '../../internal/controllers/lazy-texts.js';
import { qcLater } from './views/later.js';

/** True for text this checker wrote (any version): its `format` marker. Only such text is ever moved. */
export function isQualityText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === QUALITY_FORMAT;
  } catch {
    return false;
  }
}

/** A notice under the box ('' for none): kept answers unreadable, from a newer version, partly read; storage refused; deleted here or in another window. */
export type StoreNotice = '' | 'unreadable' | 'newer' | 'partly' | 'unavailable' | 'deleted' | 'elsewhereDeleted';
/** Everything the device storage says: its notices, and that answers are kept now or were changed in another window. */
export type StoreMessage = Exclude<StoreNotice, ''> | 'saved' | 'elsewhere';

/** What the controller needs from the element. */
export interface KeptAnswersOptions {
  /** The document to keep now: every answer (both audiences), skip marks, label, service. */
  document(): QualityDocument;
  /** Shows a kept document in the element. */
  adopt(doc: QualityDocument): void;
  /** Puts a text in the element's live region (`error` for a failure). */
  say(text: string, error: boolean): void;
}

/** Keeps the checker's answers on the device once the user opts in. */
export class KeptAnswers implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: KeptAnswersOptions;
  readonly #storage: DeviceStorage;
  /** True while the user has chosen to keep answers on this device. */
  keep = false;
  /** A visible notice about the device storage (kept, deleted, unreadable), or ''. */
  notice: StoreNotice = '';
  /** The kept text waiting for the reader (the later part), or null. */
  #kept: string | null = null;

  /** True while kept answers wait for the later part to be read: the questions are not shown. */
  get reading(): boolean {
    return this.#kept !== null;
  }

  /**
   * @param host the element.
   * @param key the first storage key (`storage-key`).
   */
  constructor(host: ReactiveControllerHost & HTMLElement, key: string, options: KeptAnswersOptions) {
    this.#host = host;
    this.#options = options;
    this.#storage = new DeviceStorage(host, { isOurs: isQualityText, onExternalChange: (text) => this.#external(text) });
    this.#storage.key = key;
    host.addController(this);
  }

  /** Nothing to set up: the device storage controller claims its entry. */
  hostConnected(): void {}

  /**
   * Uses another key. Kept answers follow it (they leave the old entry); when nothing is
   * kept and kept answers were already looked for, the new key's are read.
   * @param restored whether `restore()` already ran for this element.
   */
  setKey(key: string, restored: boolean): void {
    if (this.keep) this.#storage.remove();
    this.#storage.key = key;
    if (!restored) return;
    if (this.keep) this.save();
    else this.restore();
  }

  /**
   * Reads answers kept earlier: at once when the later part is in, else once it is
   * (`resume()`, from the element's next update). Nothing is deleted: what cannot be
   * read stays as it is.
   */
  restore(): void {
    const { text } = this.#storage.read();
    this.#kept = text;
    if (text === null) return; // nothing kept, or storage blocked: nothing can have been kept
    const texts = this.#later();
    if (texts.ready) return this.resume();
    // Its failure shows where the questions go, with Try again (the loading line's place).
    texts.want(true);
  }

  /** Reads the kept answers once the later part is in; nothing to do otherwise. */
  resume(): void {
    const text = this.#kept;
    // Nothing kept: not even the later part's controller (it would prefetch on the first focus).
    if (text === null) return;
    const views = this.#later().module;
    if (!views || !this.#later().ready) return;
    this.#kept = null;
    const parsed = views.parseQualityDocument(text, 'storage');
    if (!parsed.usable) {
      this.notice = parsed.refusal === 'newer-version' ? 'newer' : 'unreadable';
      this.#host.requestUpdate();
      return;
    }
    this.#options.adopt(parsed.value);
    this.keep = true;
    // The unreadable entries stay in storage until the user's next change rewrites it.
    if (parsed.issues.length) this.notice = 'partly';
    this.#host.requestUpdate();
  }

  /** Keeps the current answers; when the browser refuses, the box unticks and says so. */
  save(): void {
    if (!this.#storage.write(JSON.stringify(this.#options.document()))) return;
    this.keep = false;
    this.notice = 'unavailable';
    this.#tell(this.notice, true);
    this.#host.requestUpdate();
  }

  /** The box was ticked or unticked. */
  toggle(on: boolean): void {
    if (!on) return this.forget();
    this.keep = true;
    this.notice = '';
    this.save();
    if (this.keep) this.#tell('saved', false);
    this.#host.requestUpdate();
  }

  /** Deletes the kept answers (the answers on screen stay). */
  forget(): void {
    const failure = this.#storage.remove();
    this.keep = false;
    this.notice = failure ? 'unavailable' : 'deleted';
    this.#tell(this.notice, !!failure);
    this.#host.requestUpdate();
  }

  /** Another window changed the kept answers: show them rather than overwrite them later. */
  #external(text: string | null): void {
    if (!this.keep) return;
    const texts = this.#later();
    if (text !== null && !texts.ready) {
      // The reader is the later part's: read what the other window wrote once it is in.
      // If it cannot be loaded, stop keeping here, so that nothing there is overwritten.
      texts.request(true).then(() => this.#external(this.#storage.read().text), () => {
        this.keep = false;
        this.#options.say(laterFailedText(), true);
        this.#host.requestUpdate();
      });
      return;
    }
    const parsed = text === null ? null : texts.module!.parseQualityDocument(text, 'storage');
    if (parsed?.usable) {
      this.#options.adopt(parsed.value);
      this.#tell('elsewhere', false);
    } else {
      // Deleted there, or written by a newer samen: stop keeping here, so nothing is overwritten.
      this.keep = false;
      this.notice = !parsed ? 'elsewhereDeleted' : parsed.refusal === 'newer-version' ? 'newer' : 'unreadable';
      this.#tell(this.notice, false);
    }
    this.#host.requestUpdate();
  }

  /**
   * Says a message in the element's live region, once: at once when the later group is
   * in (it usually is: it is fetched when the user starts using the widget), else when
   * it arrives; when it cannot be loaded, that is said instead.
   */
  #tell(message: StoreMessage, error: boolean): void {
    const texts = this.#later();
    const say = (): void => {
      const views = texts.ready ? texts.module : undefined;
      this.#options.say(views ? views.storeText(message) : laterFailedText(), error || !views);
    };
    if (texts.ready) return say();
    texts.request(true).then(say, say);
  }

  /** The host's later part (texts, views and the reader of saved results). */
  #later() {
    return laterTexts(this.#host as unknown as LaterHost, qcLater);
  }
}
