/**
 * Keeping a widget's data on the user's own device (localStorage), only after they opt
 * in, without ever touching data samen did not write.
 *
 * - samen's entries are recognisable: the key is `samen:<storage-key>`, so a host
 *   page's own `settings` entry is never read, replaced or deleted; an entry an older
 *   samen kept under the bare key is moved to the prefixed key when it carries the
 *   widget's own marker (`isOurs`), and left alone otherwise.
 * - Two elements on one page never share an entry: the second one asking for a key
 *   gets `samen:<key>#2` (and a console warning), as it would otherwise silently
 *   overwrite the first one's answers on every change.
 * - Another window or tab writing the same entry is reported (`onExternalChange`), so
 *   the element shows what is kept instead of overwriting it with older answers.
 * - Failures (storage blocked, storage full) are returned, never thrown, so the element
 *   can show the truth: nothing was kept.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The prefix of every key samen writes. */
export const STORAGE_PREFIX = 'samen:';

/** Why the browser did not keep or read something: storage blocked (SecurityError) or full. */
export type StorageFailure = 'blocked' | 'full';

/** What reading the kept entry gave. */
export interface StoredText {
  /** The kept text, or null when nothing is kept (or storage cannot be read). */
  text: string | null;
  /** Set when the browser refused to read. */
  failure?: StorageFailure;
}

/** How an element uses the device storage. */
export interface DeviceStorageOptions {
  /** True when a text was written by this widget (its format marker): only such text is migrated. */
  isOurs(text: string): boolean;
  /** Another window changed the entry (null: deleted). Not called for this element's own writes. */
  onExternalChange?(text: string | null): void;
}

/** Entries claimed by the elements connected in this page, so no two share one. */
const claimed = new Map<string, DeviceStorage>();

/** The kind of failure a storage call threw. */
function failureOf(error: unknown): StorageFailure {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'blocked';
}

/** localStorage, or null where merely touching it throws (sandboxed frames, some privacy modes). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * A reactive controller that owns one entry of the device storage for its host. Set
 * `key` (the element's `storage-key`) whenever it changes; the controller claims the
 * entry while the host is connected and releases it when the host leaves the page.
 */
export class DeviceStorage implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DeviceStorageOptions;
  #key = '';
  #entry = '';
  #connected = false;

  /**
   * @param host the element; the controller adds itself to it.
   * @param options how to recognise the widget's own entries and hear about other windows.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, options: DeviceStorageOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The key the page gave (`storage-key`); the entry actually used is `entry`. */
  get key(): string {
    return this.#key;
  }
  set key(value: string) {
    if (value === this.#key) return;
    this.#key = value;
    if (this.#connected) {
      this.#release();
      this.#claim();
    }
  }

  /** The localStorage key used: `samen:<key>`, or `samen:<key>#2`… when another element has the first. */
  get entry(): string {
    return this.#entry || this.#candidate(1);
  }

  /** Claims the entry and listens to other windows. */
  hostConnected(): void {
    this.#connected = true;
    this.#claim();
    window.addEventListener('storage', this.#onStorage);
  }

  /** Frees the entry for another element, stops listening. */
  hostDisconnected(): void {
    this.#connected = false;
    this.#release();
    window.removeEventListener('storage', this.#onStorage);
  }

  /**
   * Reads the kept text. When the prefixed entry is empty and the bare key holds text
   * this widget wrote earlier (before the prefix), it is moved to the prefixed entry
   * first; anything else under the bare key is the page's and stays untouched.
   */
  read(): StoredText {
    const store = storage();
    if (!store) return { text: null, failure: 'blocked' };
    try {
      const text = store.getItem(this.entry);
      if (text !== null || this.entry !== this.#candidate(1) || this.#key.startsWith(STORAGE_PREFIX)) return { text };
      const legacy = store.getItem(this.#key);
      if (legacy === null || !this.#options.isOurs(legacy)) return { text: null };
      try {
        store.setItem(this.entry, legacy);
        store.removeItem(this.#key);
      } catch {
        // Could not move it: read it where it is; it stays there untouched.
      }
      return { text: legacy };
    } catch (error) {
      return { text: null, failure: failureOf(error) };
    }
  }

  /** Keeps a text; returns why the browser refused, or null when it was kept. */
  write(text: string): StorageFailure | null {
    const store = storage();
    if (!store) return 'blocked';
    try {
      store.setItem(this.entry, text);
      return null;
    } catch (error) {
      return failureOf(error);
    }
  }

  /** Deletes the kept entry (only samen's own, prefixed one); returns a failure or null. */
  remove(): StorageFailure | null {
    const store = storage();
    if (!store) return 'blocked';
    try {
      store.removeItem(this.entry);
      return null;
    } catch (error) {
      return failureOf(error);
    }
  }

  /** The n-th entry name for the current key. */
  #candidate(n: number): string {
    const base = this.#key.startsWith(STORAGE_PREFIX) ? this.#key : `${STORAGE_PREFIX}${this.#key}`;
    return n === 1 ? base : `${base}#${n}`;
  }

  #claim(): void {
    // No key yet (the page sets it later): nothing to claim, so no false warning.
    if (!this.#key) return;
    let n = 1;
    while (claimed.has(this.#candidate(n)) && claimed.get(this.#candidate(n)) !== this) n++;
    this.#entry = this.#candidate(n);
    claimed.set(this.#entry, this);
    if (n > 1) {
      console.warn(`<${this.#host.localName}>: another element on this page already keeps answers under storage-key "${this.#key}"; ` +
        `this one uses "${this.#entry}". Give each element its own storage-key.`);
    }
  }

  #release(): void {
    if (claimed.get(this.#entry) === this) claimed.delete(this.#entry);
  }

  /** Storage events come only from other windows: this page's own writes never echo here. */
  #onStorage = (event: StorageEvent): void => {
    if (event.storageArea !== storage()) return;
    if (event.key === this.entry || event.key === null) this.#options.onExternalChange?.(event.key === null ? null : event.newValue);
  };
}
