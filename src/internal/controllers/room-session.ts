/**
 * The channel between a presenter's window and its room screen (see room-screen.ts):
 * hello, state, command and bye over a `BroadcastChannel`. Only a presenter who opens a
 * room screen, or the room screen's own page, needs it, so it is loaded then, not with
 * every widget: the window itself opens in the user's click (room-screen.ts), and this
 * arrives long before the second window has loaded its page.
 *
 * Whichever side connects first, the state gets through: the presenter sends it as soon
 * as it connects, and again when the room screen says hello.
 */
import type { RemoteCommand, RoomScreenOptions } from './room-screen.js';

/** The messages the two windows exchange. */
type Message = { type: 'hello' | 'bye' } | { type: 'state'; state: unknown } | { type: 'command'; command: string };

const REMOTE_COMMANDS: readonly string[] = ['next', 'previous', 'blank'];

/** What the session needs of its controller (RoomScreenController). */
export interface RoomLink {
  /** `presenter` or `room`: the part this window plays. */
  readonly role: string;
  /** The room screen's window, in the presenter's window. */
  readonly popup: Window | null;
  readonly options: RoomScreenOptions;
  /** Re-renders the element. */
  changed(): void;
  /** The room screen has gone: the presenter's window goes on alone. */
  closed(): void;
}

/** One connection to a room screen (or, on the room screen, to its presenter). */
export class RoomSession {
  private readonly channel: BroadcastChannel;
  private sent = '';
  private watch: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly link: RoomLink, id: string) {
    this.channel = new BroadcastChannel(id);
    this.channel.onmessage = (event: MessageEvent<Message>) => this.receive(event.data);
    if (link.role === 'room') {
      this.post({ type: 'hello' });
      globalThis.addEventListener('pagehide', () => this.post({ type: 'bye' }));
    } else {
      // The room screen may have said hello before this window was listening.
      this.publish(true);
      // A closed window sends "bye" on pagehide; the watch covers a browser that does not.
      this.watch = setInterval(() => { if (this.link.popup?.closed) this.link.closed(); }, 1000);
    }
  }

  /** On the room screen: asks the presenter's window to run a command. */
  command(command: string): void {
    this.post({ type: 'command', command });
  }

  /** Sends the presenter's state, unless it is the one sent last (`always`: also then). */
  publish(always: boolean): void {
    const state = this.link.options.getState();
    const text = JSON.stringify(state);
    if (!always && text === this.sent) return;
    this.sent = text;
    this.post({ type: 'state', state });
  }

  /** Ends the connection (the presenter closed the room screen, or it went). */
  end(): void {
    clearInterval(this.watch);
    this.channel.close();
  }

  private receive(message: Message): void {
    const { role, options } = this.link;
    if (role === 'room' && message.type === 'state') {
      options.applyState(message.state);
      this.link.changed();
    } else if (role === 'presenter' && message.type === 'hello') this.publish(true);
    else if (role === 'presenter' && message.type === 'command') {
      if (options.onCommand) options.onCommand(message.command);
      else if (REMOTE_COMMANDS.includes(message.command)) options.keys?.run(message.command as RemoteCommand);
    } else if (role === 'presenter' && message.type === 'bye') {
      // A reload of the room screen says bye, then hello: check after a moment.
      setTimeout(() => { if (this.link.popup?.closed) this.link.closed(); }, 300);
    }
  }

  private post(message: Message): void {
    try {
      this.channel.postMessage(message);
    } catch {
      // A state that cannot be cloned is a widget's bug; the room screen keeps the last one.
    }
  }
}
