/**
 * "Compare views" of the quality checker (staff): saved results the user loads from
 * files, each kept under a stable key so a reused "Remove" button never acts on another
 * one, with the reason for every file that is refused.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { parseQualityDocument, type QualityAudience, type QualityRefusal, type QualityResult } from '../../core/quality/index.js';
import { readFiles } from '../../internal/files.js';
import { flowTexts } from './quality-check.texts.js';
import { compareView, type LoadedResult } from './views/compare.js';
import type { Heading } from './views/head.js';

/** At most this many saved results are compared at once; a wider table is unreadable. */
export const MAX_COMPARED = 8;
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

  /** Why a file was refused, in words. */
  #refusal(name: string, refusal: QualityRefusal | undefined): string {
    const texts = flowTexts();
    if (refusal === 'not-json') return texts.fileNotJson(name);
    if (refusal === 'newer-version') return texts.fileNewer(name);
    if (refusal === 'empty') return texts.fileEmpty(name);
    return msg(str`${name} is not a saved result of this checker and was skipped.`, { id: 'qc.compare.skipped' });
  }

  /** Reads the files the user picked; refuses each unreadable one with its reason. */
  async load(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const picked = [...(input.files ?? [])];
    input.value = ''; // so the same file can be loaded again after a removal
    const notices: string[] = [];
    const loaded: LoadedResult[] = [];
    for (const { name, text, tooLarge } of await readFiles(picked, MAX_FILE_BYTES)) {
      if (tooLarge) {
        notices.push(flowTexts().fileTooBig(name, MAX_FILE_BYTES / (1024 * 1024)));
        continue;
      }
      const parsed = text === null ? null : parseQualityDocument(text, name);
      if (!parsed?.usable) {
        notices.push(this.#refusal(name, parsed?.refusal ?? 'not-json'));
        continue;
      }
      if (this.compared.length + loaded.length >= MAX_COMPARED) {
        notices.push(msg(str`${name} was not added: at most ${MAX_COMPARED} results can be compared.`, { id: 'qc.compare.tooMany' }));
        continue;
      }
      if (parsed.issues.length) notices.push(msg(str`${name}: some entries could not be read and were left out.`, { id: 'qc.compare.partly' }));
      const { label, service, audience, scores } = parsed.value;
      loaded.push({ key: this.#nextKey++, label: label ?? service ?? name.replace(/\.json$/i, ''), audience, scores });
    }
    this.compared = [...this.compared, ...loaded];
    this.notices = notices;
    this.#host.requestUpdate();
    const summary = msg(str`Results loaded: ${loaded.length}.`, { id: 'qc.compare.loaded' });
    this.#say([summary, ...notices].join(' '), notices.length > 0);
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
