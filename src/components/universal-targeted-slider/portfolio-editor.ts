/**
 * Adding and removing the network's services in the portfolio view: the new service's
 * draft (name, stop, why it could not be added), and where focus goes after a removal
 * (the remove button that takes its place, else the name field, never the page's body).
 */
import type { LitElement } from 'lit';
import { msg, str } from '@lit/localize';
import { SLIDER_STOPS, cleanServices, type SliderPortfolio, type SliderService, type SliderStopId } from '../../core/proportionate/index.js';
import { stopTexts } from './universal-targeted-slider.texts.js';
import { serviceKey } from './views/portfolio.js';

/**
 * After a removal, focus moves to the next remove button; a press that reaches it within
 * this many milliseconds is the same key pressed twice in a hurry, not a second request.
 */
const REMOVE_BOUNCE_MS = 400;

/** What the editor needs of the element besides the element itself. */
export interface PortfolioHost {
  /** The services (the element's own list, not a copy) and the portfolio they make. */
  list(): SliderService[];
  setList(services: SliderService[]): void;
  portfolio(): SliderPortfolio;
  /** Says something once in the live region. */
  say(message: string): void;
  /** Tells the page (and the link) that the portfolio changed. */
  changed(): void;
}

/** See the module comment. */
export class PortfolioEditor {
  /** The name typed for a new service. */
  draftName = '';
  /** The stop chosen for a new service. */
  draftStop: SliderStopId = 'universal';
  /** Why the last service could not be added; empty when it could. */
  draftError = '';
  /** The remove button focus was last moved to after a removal, and when. */
  #focusMovedTo: { button: HTMLElement | null; at: number } = { button: null, at: 0 };

  constructor(private readonly el: LitElement, private readonly host: PortfolioHost) {}

  /** Keeps the draft's name as typed. */
  setName(name: string): void {
    this.draftName = name;
    this.el.requestUpdate();
  }

  /** Keeps the draft's stop. */
  setStop(stop: SliderStopId): void {
    this.draftStop = stop;
    this.el.requestUpdate();
  }

  /** Adds the draft as a service at its stop's centre, or says why not. */
  add(event: Event): void {
    event.preventDefault();
    const name = this.draftName.trim();
    const stop = SLIDER_STOPS.find((s) => s.id === this.draftStop)!;
    this.el.requestUpdate();
    if (!name) {
      this.draftError = msg('Give the service a name.', { id: 'ut.add.noName' });
      return;
    }
    const next = cleanServices([...this.host.list(), { name, value: stop.center }]);
    if (next.value.length === this.host.list().length) {
      this.draftError = msg(str`There is already a service called ${name}.`, { id: 'ut.add.duplicate' });
      return;
    }
    this.host.setList(next.value);
    this.draftName = '';
    this.draftError = '';
    this.host.say(`${msg(str`${name} added at ${stopTexts()[stop.id].name}.`, { id: 'ut.announce.added' })} ${this.gapSummary()}`);
    this.host.changed();
  }

  /**
   * Removes a service; focus goes to the remove button that takes its place in the list
   * (the next one, else the one before), or to the name field when the list is empty,
   * never to the page's body.
   */
  async remove(service: SliderService, event: Event): Promise<void> {
    const moved = this.#focusMovedTo;
    if (event.currentTarget === moved.button && performance.now() - moved.at < REMOVE_BOUNCE_MS) return;
    const key = serviceKey(service);
    const order = this.host.portfolio().byStop.flatMap((g) => g.services).map(serviceKey);
    const place = order.indexOf(key);
    if (place === -1) return;
    this.host.setList(this.host.list().filter((s) => serviceKey(s) !== key));
    this.host.say(`${msg(str`${service.name} removed.`, { id: 'ut.announce.removed' })} ${this.gapSummary()}`);
    this.el.requestUpdate();
    this.host.changed();
    await this.el.updateComplete;
    const root = this.el.renderRoot;
    const buttons = [...root.querySelectorAll<HTMLElement>('button.remove')];
    const next = buttons[Math.min(place, buttons.length - 1)] ?? root.querySelector<HTMLElement>('form.add input[type="text"]');
    next?.focus();
    this.#focusMovedTo = { button: next ?? null, at: performance.now() };
  }

  /** How many gaps the line has, for the live region. */
  private gapSummary(): string {
    const count = this.host.portfolio().gaps.length;
    return count === 0 ? msg('No gaps on the line.', { id: 'ut.announce.noGaps' })
      : count === 1 ? msg('1 gap on the line.', { id: 'ut.announce.oneGap' })
      : msg(str`${count} gaps on the line.`, { id: 'ut.announce.gaps' });
  }
}
