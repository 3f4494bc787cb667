/**
 * The reader of saved results (core/quality/read.ts) comes with the quality check's later
 * part, and only when the device holds kept answers: a first visit with nothing kept
 * does not download it. While kept answers are read, the loading line stands where the
 * questions go, so nothing answered there is overwritten by the kept answers.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ready } from '../../src/components/quality-check/quality-check.js';
import { qcLater } from '../../src/components/quality-check/views/later.js';
import { templates as nlLater } from '../../src/generated/locales/nl/qc-later.js';
import { freshGroup, freshLoader, offline } from './lazy-helpers.js';
import { captureErrors, setPageLanguage, shadowText } from './helpers.js';

const text = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();
const SAVED = JSON.stringify({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false, answers: { 'family-affordability-could-pay': 1 }, scores: {}, label: 'Ouders' });
/** Whether the page has fetched the reader of saved results. */
const readerFetched = () => performance.getEntriesByType('resource').some((e) => /\/core\/quality\/read\.[jt]s/.test(e.name));
const radios = (el: Element) => el.shadowRoot!.querySelectorAll<HTMLInputElement>('.questions input[type="radio"]');

/** A family checker on `key`, its later part held back until `open()` is called. */
async function gated(key: string) {
  await ready;
  const el = document.createElement('samen-quality-check');
  el.setAttribute('audience', 'family');
  el.setAttribute('storage-key', key);
  const texts = freshGroup(el, qcLater);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const load = texts.loader;
  texts.loader = (locale) => gate.then(() => load(locale));
  return { el, texts, open };
}

describe('<samen-quality-check> kept answers and the reader', () => {
  after(() => setPageLanguage('en'));

  // First in this file: nothing else has loaded the later part yet.
  it('a first visit with nothing kept does not fetch the reader; a page with kept answers does', async () => {
    await setPageLanguage('nl');
    await ready;
    const el = document.createElement('samen-quality-check');
    el.setAttribute('storage-key', `samen-saved-none-${Math.random()}`);
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(radios(el).length, 'the questions show').to.be.greaterThan(0);
    expect(readerFetched(), 'read.ts not fetched with nothing kept').to.equal(false);
    const key = `samen-saved-some-${Math.random()}`;
    localStorage.setItem(`samen:${key}`, SAVED);
    try {
      const other = document.createElement('samen-quality-check');
      other.setAttribute('storage-key', key);
      el.after(other);
      await other.updateComplete;
      expect(readerFetched(), 'read.ts fetched once something is kept').to.equal(true);
    } finally {
      localStorage.removeItem(`samen:${key}`);
    }
  });

  it('kept answers: the Dutch loading line stands where the questions go, then the kept answers show', async () => {
    await setPageLanguage('nl');
    const key = `samen-saved-kept-${Math.random()}`;
    localStorage.setItem(`samen:${key}`, SAVED);
    const { el, open } = await gated(key);
    try {
      (await fixture(html`<div></div>`)).append(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(shadowText(el)).to.contain('Bezig met laden');
      expect(radios(el).length, 'no question to answer while reading').to.equal(0);
      expect(el.shadowRoot!.querySelector('.storage input[type="checkbox"]'), 'no box to overwrite them with').to.equal(null);
      open();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ 'family-affordability-could-pay': 1 });
      const chosen = [...radios(el)].filter((r) => r.checked);
      expect(chosen.length, 'the kept answer is chosen').to.equal(1);
      expect(shadowText(el)).to.not.contain('Bezig met laden');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('.storage input[type="checkbox"]')!.checked).to.equal(true);
      expect(localStorage.getItem(`samen:${key}`), 'kept as it was').to.equal(SAVED);
    } finally {
      el.remove();
      localStorage.removeItem(`samen:${key}`);
    }
  });

  for (const [what, kept] of [['damaged', '{not json'], ['not samen\'s', '{"format":"another-tool","answers":{}}']]) {
    it(`kept text that is ${what}: the loading line, then why in Dutch, the questions; nothing is deleted`, async () => {
      await setPageLanguage('nl');
      const key = `samen-saved-bad-${Math.random()}`;
      localStorage.setItem(`samen:${key}`, kept);
      const { el, open } = await gated(key);
      try {
        (await fixture(html`<div></div>`)).append(el);
        await new Promise((r) => setTimeout(r, 50));
        expect(radios(el).length).to.equal(0);
        open();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.storage .warning')!.textContent).to.contain(text(nlLater['qc.store.unreadable']));
        expect(radios(el).length, 'the questions are back').to.be.greaterThan(0);
        expect(el.answers).to.deep.equal({});
        expect(localStorage.getItem(`samen:${key}`), 'nothing deleted').to.equal(kept);
      } finally {
        el.remove();
        localStorage.removeItem(`samen:${key}`);
      }
    });
  }

  it('when the later part cannot be loaded, it says so in place of the questions; Try again shows the kept answers', async () => {
    await setPageLanguage('nl');
    const key = `samen-saved-offline-${Math.random()}`;
    localStorage.setItem(`samen:${key}`, SAVED);
    const { el, texts } = await gated(key);
    texts.loader = offline;
    const { restore: restoreErrors } = captureErrors();
    try {
      (await fixture(html`<div></div>`)).append(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.later-failed button'), 'the failure, with Try again', { timeout: 4000 });
      expect(radios(el).length).to.equal(0);
      texts.loader = freshLoader(qcLater);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.later-failed button')!.click();
      await waitUntil(() => radios(el).length > 0, 'the questions after Try again', { timeout: 4000 });
      expect(el.answers).to.deep.equal({ 'family-affordability-could-pay': 1 });
      expect(localStorage.getItem(`samen:${key}`)).to.equal(SAVED);
    } finally {
      restoreErrors();
      el.remove();
      localStorage.removeItem(`samen:${key}`);
    }
  });
});
