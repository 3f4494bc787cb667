/**
 * Presenter and room screens for any widget. "Open room screen" opens a second window
 * of the same page with a marker in its fragment (`#samen-room=<channel>~<tag>~<n>`);
 * there the marked element shows only what the room should see, covering the page, and
 * follows the presenter's window over a `BroadcastChannel` (same origin, in the
 * browser: no network, works offline). Closing either window leaves the other working:
 * the room screen keeps the last state it got; the presenter's window goes on alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
}

type Message = { type: 'hello' | 'bye' } | { type: 'state'; state: unknown } | { type: 'command'; command: string };

/** Which element of a page is meant: its tag and its place among elements of that tag. */
function elementKey(host: HTMLElement): string {
  const same = [...document.querySelectorAll(host.localName)];
  return `${host.localName}~${Math.max(0, same.indexOf(host))}`;
}

/** The room-screen controller; see the module comment. */
export class RoomScreenController implements ReactiveController {
  /** This element's part in a two-screen session. */
  role: RoomRole = 'alone';
  /** Whether the presenter's room screen is open, was blocked, or cannot open here. */
  status: RoomStatus = 'closed';
  private channel: BroadcastChannel | null = null;
  private window: Window | null = null;
  private sent = '';
  private watch: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: RoomScreenOptions) {
    host.addController(this);
  }

  /** On the room screen's page, the marked element becomes the room screen and asks for the state. */
  hostConnected(): void {
    if (this.role !== 'alone') return;
    const marker = new URLSearchParams((globalThis.location?.hash ?? '').slice(1)).get(ROOM_PARAM);
    if (!marker || typeof BroadcastChannel === 'undefined') return;
    const [id, ...key] = marker.split('~');
    if (key.join('~') !== elementKey(this.host)) return;
    this.role = 'room';
    this.host.toggleAttribute('data-room-screen', true);
    this.connect(id);
    this.post({ type: 'hello' });
    globalThis.addEventListener('pagehide', () => this.post({ type: 'bye' }));
    this.host.requestUpdate();
  }

  /** After each render of the presenter's window, the room screen gets the new state (once per change). */
  hostUpdated(): void {
    if (this.role === 'presenter') this.publish(false);
  }

  /**
   * Opens the room screen. Must run in a user's click (browsers block pop-ups
   * otherwise). Returns the new status; `blocked` when the browser refused the window.
   */
  open(): RoomStatus {
    if (typeof BroadcastChannel === 'undefined') return (this.status = 'unsupported');
    if (this.window && !this.window.closed) {
      this.window.focus();
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
    this.channel?.close();
    this.connect(id);
    this.window = opened;
    this.role = 'presenter';
    this.status = 'open';
    this.sent = '';
    // A closed window sends "bye" on pagehide; the watch covers a browser that does not.
    clearInterval(this.watch);
    this.watch = setInterval(() => { if (this.window?.closed) this.closed(); }, 1000);
    this.host.requestUpdate();
    return this.status;
  }

  /** On the room screen: asks the presenter's window to run a command (a remote's key). */
  command(command: string): void {
    if (this.role === 'room') this.post({ type: 'command', command });
  }

  /** Closes the room screen from the presenter's window. */
  close(): void {
    this.window?.close();
    this.closed();
  }

  hostDisconnected(): void {
    // The channel stays open: an element moved in the page keeps its room screen.
  }

  private connect(id: string): void {
    this.channel = new BroadcastChannel(id);
    this.channel.onmessage = (event: MessageEvent<Message>) => this.receive(event.data);
  }

  private receive(message: Message): void {
    if (this.role === 'room' && message.type === 'state') {
      this.options.applyState(message.state);
      this.host.requestUpdate();
    } else if (this.role === 'presenter' && message.type === 'hello') this.publish(true);
    else if (this.role === 'presenter' && message.type === 'command') this.options.onCommand?.(message.command);
    else if (this.role === 'presenter' && message.type === 'bye') {
      // A reload of the room screen says bye, then hello: check after a moment.
      setTimeout(() => { if (this.window?.closed) this.closed(); }, 300);
    }
  }

  private publish(always: boolean): void {
    const state = this.options.getState();
    const text = JSON.stringify(state);
    if (!always && text === this.sent) return;
    this.sent = text;
    this.post({ type: 'state', state });
  }

  private post(message: Message): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // A state that cannot be cloned is a widget's bug; the room screen keeps the last one.
    }
  }

  private closed(): void {
    clearInterval(this.watch);
    this.watch = undefined;
    this.channel?.close();
    this.channel = null;
    this.window = null;
    this.role = 'alone';
    this.status = 'closed';
    this.host.requestUpdate();
  }
}
