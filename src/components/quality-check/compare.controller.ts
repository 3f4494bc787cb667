/**
 * "Compare views" of the quality checker (staff): saved results the user loads from
 * files, each kept under a stable key so a reused "Remove" button never acts on another
 * one, with the reason for every file that is refused (views/compare-table.ts, in the
 * later chunk, reads them).
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { QualityAudience, QualityResult } from '../../core/quality/index.js';
import { readFiles } from '../../internal/files.js';
import { laterFailedText, laterTexts, type LaterHost } from '../../internal/controllers/lazy-texts.js';
import { compareView, type LoadedResult } from './views/compare.js';
import type { Heading } from './views/head.js';
import { qcLater } from './views/later.js';

/**
 * Largest file read, in bytes. A saved result is a few kB; a bigger file is not one,
 * and reading a 50 MB file would freeze the page for seconds.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Holds the loaded results and renders the comparison. */
export class CompareController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #say: (text: string, error: boolean) => void;
  /** The loaded results, each with its own key. */
  compared: LoadedResult[] = [];
  /** Visible notices about files that could not be (fully) read. */
  notices: string[] = [];
  #nextKey = 1;

  /**
   * @param host the element.
   * @param say puts a text in the host's live region (`error` for a failure).
   */
  constructor(host: ReactiveControllerHost & HTMLElement, say: (text: string, error: boolean) => void) {
    this.#host = host;
    this.#say = say;
    host.addController(this);
  }

  /** Nothing to set up: the state lives as long as the element. */
  hostConnected(): void {}

  /**
   * Reads the files the user picked; refuses each unreadable one with its reason. The
   * reading and the refusals are the later chunk's (views/compare-table.ts): it is
   * asked for while the files are read, so a user who started with the widget has it.
   */
  async load(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const picked = [...(input.files ?? [])];
    input.value = ''; // so the same file can be loaded again after a removal
    const texts = laterTexts(this.#host as LaterHost, qcLater);
    const [files] = await Promise.all([readFiles(picked, MAX_FILE_BYTES), texts.request(true).catch(() => undefined)]);
    const views = texts.module;
    if (!texts.ready || !views) {
      // Nothing was read: the same files can be picked again.
      this.notices = [laterFailedText()];
      this.#host.requestUpdate();
      return this.#say(this.notices[0], true);
    }
    const { loaded, notices, summary } = views.readCompared(files, this.compared.length, MAX_FILE_BYTES / (1024 * 1024), () => this.#nextKey++);
    this.compared = [...this.compared, ...loaded];
    this.notices = notices;
    this.#host.requestUpdate();
    this.#say(summary, notices.length > 0);
  }

  /** Removes one loaded result; focus goes to the next "Remove", the previous, or the file picker. */
  remove(key: number): void {
    const index = this.compared.findIndex((c) => c.key === key);
    if (index < 0) return;
    const next = this.compared[index + 1] ?? this.compared[index - 1];
    this.compared = this.compared.filter((c) => c.key !== key);
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const root = this.#host.shadowRoot;
      const target = next ? root?.querySelector<HTMLElement>(`.loaded button[data-key="${next.key}"]`) : root?.querySelector<HTMLElement>('.compare input[type="file"]');
      target?.focus();
    });
  }

  /** The comparison section for the current answers, with the element's headings. */
  render(audience: QualityAudience, own: QualityResult, heading: Heading): TemplateResult {
    return compareView({
      audience, own, compared: this.compared, notices: this.notices, heading,
      onLoad: (e) => void this.load(e), onRemove: (key) => this.remove(key),
    });
  }
}
