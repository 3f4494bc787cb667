/**
 * Presenter and room screens in two windows of one browser: the test page is the
 * presenter's window, "Room screen" opens the second with window.open, and the room
 * screen must follow step by step (counts, marks, black screen, QR code), keep working
 * when the presenter's window goes, and the presenter must keep working when it closes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until, windowOpenedBy } from './helpers.js';
import { ready } from '../../src/components/dilemma-explorer/dilemma-explorer.js';
import type { SamenDilemmaExplorer } from '../../src/components/dilemma-explorer/dilemma-explorer.component.js';

const ROOM_PAGE = '/test/components/room-screen.page.html';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const settle = async (el: SamenDilemmaExplorer) => { await el.updateComplete; await el.updateComplete; };


describe('room screen: two windows', () => {
  let original = '';
  let popup: Window | null = null;
  let el: SamenDilemmaExplorer;

  beforeEach(async () => {
    original = location.href;
    // The room screen opens "this page": make this page one that holds the explorer.
    history.replaceState(null, '', ROOM_PAGE);
    await ready;
    el = await fixture<SamenDilemmaExplorer>(html`<samen-dilemma-explorer mode="workshop" presentation
      splits='{"loyalty":[2,0,0,0,1]}'></samen-dilemma-explorer>`);
    await el.updateComplete;
  });

  afterEach(() => {
    popup?.close();
    popup = null;
    history.replaceState(null, '', original);
  });

  const roomEl = () => popup!.document.querySelector('samen-dilemma-explorer') as SamenDilemmaExplorer;
  const roomText = () => (roomEl().shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  const openRoom = async (ctx: Mocha.Context, first = 'Before we start') => {
    popup = windowOpenedBy(() => el.shadowRoot!.querySelector<HTMLButtonElement>('#dx-room')!.click());
    // WebKit's WebDriver (MiniBrowser) blocks every pop-up: there, only the "blocked" path can be tested.
    if (!popup && /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent)) ctx.skip();
    expect(popup, 'a second window').to.not.equal(null);
    await until(() => roomEl()?.hasAttribute('data-room-screen') && roomText().includes(first), `the room screen shows ${first}`);
  };

  it('shows only what the room sees, and follows the presenter step by step, counts included', async function () {
    await openRoom(this);
    const root = roomEl().shadowRoot!;
    expect(root.querySelector('button'), 'no controls on the room screen').to.equal(null);
    expect(root.querySelector('input'), 'no fields').to.equal(null);
    expect(roomText()).to.not.contain('Keys:');
    expect(roomText()).to.not.contain('We go through the dilemmas one at a time');

    el.shadowRoot!.querySelector<HTMLElement>('#dx-step-title')!.focus();
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    await until(() => roomText().includes('Loyalty') && roomText().includes('3 people'), 'the room screen follows to loyalty');

    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-count="plus-2"]')!.click();
    await settle(el);
    await until(() => roomText().includes('4 people'), 'the room screen follows the count');
    const counts = [...roomEl().shadowRoot!.querySelectorAll('.room-row .count')].map((n) => n.textContent);
    expect(counts).to.deep.equal(['2', '0', '1', '0', '1']);

    el.shadowRoot!.querySelector<HTMLElement>('#dx-step-title')!.focus();
    await sendKeys({ press: 'b' });
    await settle(el);
    await until(() => !!roomEl().shadowRoot!.querySelector('.blank'), 'the room screen goes black');
    expect(el.shadowRoot!.querySelector('.blank'), 'the presenter keeps its controls').to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('The room screen is black');
    await sendKeys({ press: 'b' });
    await until(() => !roomEl().shadowRoot!.querySelector('.blank'), 'the room screen comes back');
  });

  it('a remote\'s key pressed in the room screen\'s window drives the presenter', async function () {
    await openRoom(this);
    roomEl().shadowRoot!.querySelector<HTMLElement>('#dx-step-title')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
    await until(() => el.step === 'loyalty', 'the presenter moves');
    await until(() => roomText().includes('Loyalty'), 'and the room screen follows');
  });

  it('shows the link as a QR code on the room screen, drawn as SVG', async function () {
    await openRoom(this);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#dx-qr')!.click();
    await settle(el);
    await until(() => !!roomEl().shadowRoot!.querySelector('svg.qr path'), 'a QR code on the room screen');
    const path = roomEl().shadowRoot!.querySelector('svg.qr path')!.getAttribute('d')!;
    expect(path.length).to.be.greaterThan(100);
    // Each window draws its code once the QR chunk has loaded in it: wait for both.
    await until(() => !!el.shadowRoot!.querySelector('svg.qr'), 'and a QR code in the presenter\'s window');
  });

  it('closing the room screen leaves the presenter working; closing the presenter leaves the room screen', async function () {
    await openRoom(this);
    popup!.close();
    await until(() => el.shadowRoot!.querySelector('#dx-room')!.getAttribute('aria-pressed') === 'false', 'the presenter sees it closed', 4000);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-go="next"]')!.click();
    await settle(el);
    expect(el.step).to.equal('loyalty');

    await openRoom(this, 'Loyalty');
    el.remove(); // the presenter's element goes, as when its window closes
    await wait(300);
    expect(roomText()).to.contain('Loyalty');
  });

  it('says so when the browser blocks the second window; full screen still works', async () => {
    const realOpen = window.open;
    window.open = () => null;
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('#dx-room')!.click();
      await settle(el);
    } finally {
      window.open = realOpen;
    }
    expect(el.shadowRoot!.querySelector('.warning')!.textContent).to.contain('did not open a second window');
    expect(el.shadowRoot!.querySelector('.fullscreen'), 'the full-screen button stays').to.not.equal(null);
  });

  it('a state too large for a phone\'s QR code says so and offers the file', async () => {
    const splits: Record<string, number[]> = {};
    for (const d of el.dilemmas) splits[d.id] = [101, 202, 303, 404, 505];
    el.splits = splits;
    el.positions = Object.fromEntries(el.dilemmas.map((d) => [d.id, -0.5]));
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#dx-qr')!.click();
    await until(() => !!el.shadowRoot!.querySelector('.qr-too-large'), 'the too-large note');
    const note = el.shadowRoot!.querySelector('.qr-too-large')!;
    expect(note.textContent).to.contain('too much for a QR code');
    expect(note.querySelector('button')!.textContent).to.contain('Save as a file');
  });
});
