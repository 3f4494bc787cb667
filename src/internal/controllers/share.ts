/**
 * Hands a widget's state on as a link: the state rides in the URL fragment
 * (`#<param>=<code>`), which browsers never send to a server, so nothing leaves the
 * browser until the user shares the link. The controller applies a link once per
 * element (not on every reconnect), keeps the page's query string (`?id=12` on CMS
 * pages), and, once the user works from a link, keeps the fragment up to date so a
 * reload does not drop later changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonFromBase64Url } from '../../core/dilemmas/base64url.js';
import { isRecord, type InputIssue } from '../../core/shared.js';

/** What a widget gives the share controller. */
export interface ShareOptions {
  /** The fragment parameter, e.g. `samen-dilemmas`. */
  param: string;
  /** The current state as a URL-safe code. */
  encode(): string;
  /** Applies a code found in the page's link; called at most once per element. */
  decode(code: string): void;
}

/** Reads one parameter of the current URL fragment; null when absent. */
export function fragmentParam(param: string): string | null {
  const hash = globalThis.location?.hash ?? '';
  if (!hash.includes(`${param}=`)) return null;
  return new URLSearchParams(hash.slice(1)).get(param);
}

/** The state link controller; see the module comment. */
export class ShareController implements ReactiveController {
  /** True once the state came from the page's link: from then on the fragment follows the state. */
  fromLink = false;
  private checked = false;

  constructor(host: ReactiveControllerHost, private readonly options: ShareOptions) {
    host.addController(this);
  }

  /** Applies the page's link once: moving the element in the page must not undo what the user did since. */
  hostConnected(): void {
    if (this.checked) return;
    this.checked = true;
    const code = fragmentParam(this.options.param);
    if (code === null) return;
    this.fromLink = true;
    this.options.decode(code);
  }

  /** The link to hand on: this page, its query string included, with the state in the fragment. */
  link(): string {
    const here = globalThis.location;
    return `${here.origin}${here.pathname}${here.search}#${this.options.param}=${this.options.encode()}`;
  }

  /**
   * Call after every user change. When the page was opened from a link, the fragment is
   * rewritten in place (no navigation, no history entry), so a reload keeps the work.
   */
  changed(): void {
    if (!this.fromLink) return;
    const here = globalThis.location;
    const params = new URLSearchParams(here.hash.slice(1));
    params.set(this.options.param, this.options.encode());
    try {
      history.replaceState(history.state, '', `${here.pathname}${here.search}#${params.toString()}`);
    } catch {
      // A sandboxed frame may refuse; the copied link still holds the state.
    }
  }
}

/** A copied link and what became of the copy, shown under a widget's tools. */
export interface ShownLink {
  /** The link itself. */
  link: string;
  /** False when the browser did not allow copying: then the field is the way. */
  copied: boolean;
}

/**
 * Reads a link code of one of samen's small formats (base64url JSON marked `{ f, v: 1 }`).
 * Never throws: a code longer than `max` is not decoded at all, and a broken or foreign
 * code gives the one issue to warn about instead of the data.
 */
export function readLinkCode(code: string, format: string, max: number): { data: Record<string, unknown> } | { data: null; issues: InputIssue[] } {
  const refuse = (problem: InputIssue['problem']) => ({ data: null, issues: [{ path: 'link', problem, received: code }] });
  if (code.length > max) return refuse('too-large');
  const data = jsonFromBase64Url(code);
  if (!isRecord(data) || data.f !== format || data.v !== 1) return refuse(data === undefined ? 'not-json' : 'invalid-value');
  return { data };
}
