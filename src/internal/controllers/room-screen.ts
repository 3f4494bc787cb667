/**
 * Presenter and room screens for any widget. "Open room screen" opens a second window
 * of the same page with a marker in its fragment (`#samen-room=<channel>~<tag>~<n>`);
 * there the marked element shows only what the room should see, covering the page, and
 * follows the presenter's window over a `BroadcastChannel` (same origin, in the
 * browser: no network, works offline). Closing either window leaves the other working:
 * the room screen keeps the last state it got; the presenter's window goes on alone.
 *
 * What every widget needs on its first render stays here: the fragment check, the
 * remote's keys (they work on the first press), and opening the window in the user's
 * click. The channel itself (room-session.ts) is loaded when a room screen is opened,
 * when the button to open one is shown, or on the room screen's page.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { RoomLink, RoomSession } from './room-session.js';

/** The fragment parameter that marks a room screen. */
export const ROOM_PARAM = 'samen-room';

/** `alone`: an ordinary widget; `presenter`: it has a room screen open; `room`: it is the room screen. */
export type RoomRole = 'alone' | 'presenter' | 'room';

/** Whether a room screen could be opened. */
export type RoomStatus = 'closed' | 'open' | 'blocked' | 'unsupported';

/** What a widget gives the controller. */
export interface RoomScreenOptions {
  /** What the room screen needs to show; must survive structured cloning (plain data). */
  getState(): unknown;
  /** Shows a state received from the presenter (on the room screen only). */
  applyState(state: unknown): void;
  /**
   * Runs a command sent from the room screen (e.g. `next` from a remote whose keys go
   * to the room screen's window), in the presenter's window.
   */
  onCommand?(command: string): void;
  /**
   * A presenter remote's keys (Page Up/Down, B or full stop), handled here so that every
   * widget answers them alike: while `active()` (e.g. in presentation mode) they run in
   * the presenter's window wherever focus is in the widget, and on the room screen a key
   * pressed anywhere in its window is sent to the presenter's window, which the room
   * screen follows. Keys typed in a field stay in the field. Without this option (the
   * dilemma explorer has its own key controller) the controller listens to no key.
   */
  keys?: RoomKeysOptions;
}

/** What a presenter remote's key asks for. */
export type RemoteCommand = 'next' | 'previous' | 'blank';

/** The remote's keys: see `RoomScreenOptions.keys`. */
export interface RoomKeysOptions {
  /** True while the keys apply in the presenter's (or the only) window. */
  active(): boolean;
  /** Runs a command, in the presenter's window (or the only one). */
  run(command: RemoteCommand): void;
}

/** Page Down and Page Up are what presenter remotes send; B and full stop black out, as in presentation software. */
const REMOTE_KEYS: Record<string, RemoteCommand> = { PageDown: 'next', PageUp: 'previous', b: 'blank', B: 'blank', '.': 'blank' };
/** Fields that take typed text, where B, a full stop and Page Up/Down are the user's. */
const TEXT_FIELDS = 'textarea, select, [contenteditable]:not([contenteditable="false"]), input:not([type="radio"], [type="checkbox"], [type="range"], [type="button"], [type="submit"], [type="reset"], [type="file"], [type="color"])';

/** The channel's code, once asked for: shared by every element of the page. */
let sessionCode: Promise<typeof import('./room-session.js')> | undefined;
/** Loads the channel's code (once; a failed load is tried again next time). */
function loadSession(): Promise<typeof import('./room-session.js')> {
  if (!sessionCode) {
    sessionCode = import('./room-session.js');
    sessionCode.catch(() => (sessionCode = undefined));
  }
  return sessionCode;
}

/** Which element of a page is meant: its tag and its place among elements of that tag. */
function elementKey(host: HTMLElement): string {
  const same = [...document.querySelectorAll(host.localName)];
  return `${host.localName}~${Math.max(0, same.indexOf(host))}`;
}

/** The room-screen controller; see the module comment. */
export class RoomScreenController implements ReactiveController, RoomLink {
  /** This element's part in a two-screen session. */
  role: RoomRole = 'alone';
  /** Whether the presenter's room screen is open, was blocked, or cannot open here. */
  status: RoomStatus = 'closed';
  /** @internal The room screen's window, in the presenter's window. */
  popup: Window | null = null;
  /** The connection, once its code is in (see room-session.ts). */
  private session: RoomSession | null = null;
  /** The connection being made: a command waits for it; a newer one replaces it. */
  private connecting: Promise<RoomSession | null> | null = null;
  private listening: EventTarget | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot?: HTMLElement | DocumentFragment }, /** @internal */ readonly options: RoomScreenOptions) {
    host.addController(this);
  }

  /** @internal Re-renders the element (a state arrived). */
  changed(): void {
    this.host.requestUpdate();
  }

  /** @internal Loads the channel's code ahead, so opening a room screen connects at once. */
  prepare(): void {
    if (typeof BroadcastChannel !== 'undefined') loadSession().catch(() => undefined);
  }

  /** On the room screen's page, the marked element becomes the room screen and asks for the state. */
  hostConnected(): void {
    this.becomeRoom();
    this.listen();
  }

  private becomeRoom(): void {
    if (this.role !== 'alone') return;
    const marker = new URLSearchParams((globalThis.location?.hash ?? '').slice(1)).get(ROOM_PARAM);
    if (!marker || typeof BroadcastChannel === 'undefined') return;
    const [id, ...key] = marker.split('~');
    if (key.join('~') !== elementKey(this.host)) return;
    this.role = 'room';
    this.host.toggleAttribute('data-room-screen', true);
    this.connect(id);
    this.host.requestUpdate();
  }

  /** After each render of the presenter's window, the room screen gets the new state (once per change). */
  hostUpdated(): void {
    if (this.role === 'presenter') this.session?.publish(false);
  }

  /**
   * Opens the room screen. Must run in a user's click (browsers block pop-ups
   * otherwise). Returns the new status; `blocked` when the browser refused the window.
   */
  open(): RoomStatus {
    if (typeof BroadcastChannel === 'undefined') return (this.status = 'unsupported');
    if (this.popup && !this.popup.closed) {
      this.popup.focus();
      return this.status;
    }
    const id = `samen-${Math.random().toString(36).slice(2, 10)}`;
    const here = globalThis.location;
    const url = `${here.origin}${here.pathname}${here.search}#${ROOM_PARAM}=${id}~${elementKey(this.host)}`;
    const opened = globalThis.open(url, `${id}`, 'popup');
    if (!opened) {
      this.host.requestUpdate();
      return (this.status = 'blocked');
    }
    this.session?.end();
    this.session = null;
    this.popup = opened;
    this.role = 'presenter';
    this.status = 'open';
    // The second window takes far longer to load its page than this the channel's code.
    this.connect(id);
    this.host.requestUpdate();
    return this.status;
  }

  /** On the room screen: asks the presenter's window to run a command (a remote's key). */
  command(command: string): void {
    // On the room screen's page the channel is being made from the start: a key pressed
    // before it is ready is sent as soon as it is.
    if (this.role === 'room') void this.connecting?.then((session) => session?.command(command));
  }

  /** Closes the room screen from the presenter's window. */
  close(): void {
    this.popup?.close();
    this.closed();
  }

  /**
   * Opens the room screen, or closes it when it is open. Must run in a user's click.
   * Returns what happened, for the widget to say: `open`, `closed`, `blocked` or `unsupported`.
   */
  toggle(): RoomStatus {
    if (this.status === 'open') {
      this.close();
      return 'closed';
    }
    return this.open();
  }

  hostDisconnected(): void {
    // The channel stays open: an element moved in the page keeps its room screen.
    this.listening?.removeEventListener('keydown', this.onKey as EventListener, { capture: true });
    this.listening = null;
  }

  /**
   * The remote's keys: on the room screen the whole window listens (the room screen
   * covers the page and has nothing to focus); elsewhere the widget's own shadow root,
   * in the capture phase, so keys from every control inside arrive.
   */
  private listen(): void {
    if (!this.options.keys || this.listening) return;
    this.listening = this.role === 'room' ? globalThis : (this.host.renderRoot ?? this.host);
    this.listening.addEventListener('keydown', this.onKey as EventListener, { capture: true });
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const keys = this.options.keys;
    if (!keys || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (this.role !== 'room' && !keys.active()) return;
    const target = event.composedPath()[0] as HTMLElement;
    const command = REMOTE_KEYS[event.key];
    if (!command || !target?.matches) return;
    // A name typed in a field may hold a "b" or a full stop: keys typed there stay there.
    // A range slider keeps its own Page keys; a radio or a button has no use for these keys.
    if (target.matches(TEXT_FIELDS)) return;
    if (command !== 'blank' && target.matches('input[type="range"]')) return;
    event.preventDefault();
    if (this.role === 'room') this.command(command);
    else keys.run(command);
  };

  /**
   * Connects to channel `id` once its code is in. A connection asked for later (the
   * presenter closed and opened again meanwhile) replaces this one. If the code cannot be
   * loaded, the presenter's window goes on alone and says so in the console.
   */
  private connect(id: string): void {
    const connecting: Promise<RoomSession | null> = loadSession().then(
      ({ RoomSession }) => {
        if (this.connecting !== connecting) return null;
        return (this.session = new RoomSession(this, id));
      },
      (error: unknown) => {
        console.error(`<${this.host.localName}>: the room screen could not be connected.`, error);
        if (this.connecting === connecting && this.role === 'presenter') this.close();
        return null;
      },
    );
    this.connecting = connecting;
  }

  /** @internal The room screen has gone (or was closed): the presenter's window goes on alone. */
  closed(): void {
    this.session?.end();
    this.session = null;
    this.connecting = null;
    this.popup = null;
    this.role = 'alone';
    this.status = 'closed';
    this.host.requestUpdate();
  }
}

/**
 * The presenter's "Room screen" toggle, for a widget's toolbar: its pressed state
 * follows whether the room screen is open. `label` is the widget's own text.
 */
export function roomScreenButton(room: RoomScreenController, id: string, label: string, toggle: () => void): TemplateResult {
  // Shown, it may be pressed soon: the channel's code comes now.
  room.prepare();
  return html`<button type="button" id=${id} class="room-toggle no-print" aria-pressed=${room.status === 'open' ? 'true' : 'false'} @click=${toggle}>${label}</button>`;
}

/** The black (pause) screen: nothing to read; `text` (the widget's own words) is for screen readers. */
export function blankScreen(text: string): TemplateResult {
  return html`<div class="blank" part="blank"><span class="sr-only">${text}</span></div>`;
}

/** What a room screen needs of a widget's styles: it covers the page, and the black screen covers the viewport. */
export const roomScreenStyles = css`
  :host([data-room-screen]) {
    position: fixed; inset: 0; z-index: 2147483646; overflow: auto; border: 0; border-radius: 0; margin: 0;
  }
  /* Full screen and Room screen, one above the other beside the title. */
  .head-tools { display: flex; flex-direction: column; align-items: stretch; gap: 0.5em; margin-bottom: 0.75em; max-width: 100%; }
  .head-tools > button { margin: 0; }
  .blank { position: fixed; inset: 0; z-index: 2147483647; background: #000000; }
  @media (forced-colors: active) { .blank { forced-color-adjust: none; } }
  @media print { .blank { display: none; } }
`;
