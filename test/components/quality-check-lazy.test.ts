/**
 * The quality check's later texts (a result once something is answered: scores, bands,
 * the weakest B's, the dialogue note; the comparison once a file is loaded; the link's
 * notices and its QR code) come in a module of their own (`qc-later`), with their code. The
 * first screen (questions and an empty result) must not wait for them, for families or
 * staff; while they load a translated line shows; a failed load says so with Try again.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ready } from '../../src/components/quality-check/quality-check.js';
import { qcLater } from '../../src/components/quality-check/views/later.js';
import { templates as nlLater } from '../../src/generated/locales/nl/qc-later.js';
import { templates as deLater } from '../../src/generated/locales/de/qc-later.js';
import { encodeQualityLink } from '../../src/core/quality/link.js';
import { checkFailedLoad, freshGroup, freshLoader, markup, offline, watchTexts } from './lazy-helpers.js';
import { captureErrors, setPageLanguage, shadowText } from './helpers.js';

const text = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();
const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const SAVED = JSON.stringify({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false, answers: { 'family-affordability-could-pay': 1 }, scores: {}, label: 'Ouders' });

/** Picks files in the comparison as a user would, and waits for what is said. */
async function pick(el: HTMLElement & { updateComplete: Promise<boolean> }, files: Array<[string, string]>) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('.compare input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const [name, body] of files) transfer.items.add(new File([body], name, { type: 'application/json' }));
  const before = status(el);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => status(el) !== before && status(el) !== '', 'something is said', { timeout: 4000 });
  await el.updateComplete;
}
const firstRadio = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('.questions input[type="radio"]')!;

/** A quality check whose later texts are not in yet (nothing kept on the device). */
async function fresh(attrs: Record<string, string> = {}) {
  await ready;
  const el = document.createElement('samen-quality-check');
  el.setAttribute('storage-key', `samen-lazy-test-${Math.random()}`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return { el, texts: freshGroup(el, qcLater) };
}

describe('<samen-quality-check> later texts', () => {
  after(() => setPageLanguage('en'));

  for (const audience of ['family', 'staff']) {
    it(`${audience}: the first screen needs none of them; the result shows in Dutch once they are in`, async () => {
      await setPageLanguage('nl');
      const { el, texts } = await fresh({ audience });
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      const before = markup(el);
      expect(texts.ready, 'not loaded by the first screen').to.equal(false);
      expect(texts.pending, 'not even asked for').to.equal(null);
      firstRadio(el).click();
      await waitUntil(() => texts.ready, 'the result texts arrive once something is answered', { timeout: 5000 });
      await el.updateComplete;
      expect(shadowText(el)).to.contain(text(nlLater['qc.table.caption']));
      expect(shadowText(el)).to.not.contain('Bezig met laden');
      el.answers = {};
      await el.updateComplete;
      // The radio keeps its checked state in the DOM property, not in the markup: same first screen.
      expect(markup(el), 'a text of the first screen is in the later group').to.equal(before);
    });
  }

  it('a page that starts with answers shows a Dutch loading line, then the result; never English', async () => {
    await setPageLanguage('nl');
    const { el } = await fresh({ audience: 'family', answers: '{"family-affordability-could-pay":1}' });
    try {
      const seen = await watchTexts(el, () => el.updateComplete);
      expect(shadowText(el)).to.contain(text(nlLater['qc.table.caption']));
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      for (const shown of seen) expect(shown, 'never English').to.not.contain('Score per topic');
    } finally {
      el.remove();
    }
  });

  it('a failed load says so in French with Réessayer, and keeps focus in the widget', async () => {
    await setPageLanguage('fr-BE');
    const { el, texts } = await fresh({ audience: 'family' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    await checkFailedLoad(el, texts, () => firstRadio(el).click(), () => !!el.shadowRoot!.querySelector('table.scores'),
      'Cette partie n’a pas pu être chargée');
  });

  it('staff: a picked file asks for them and shows the comparison in Dutch; the first screen stays the same', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh({ audience: 'staff' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.compare input[type="file"]'), 'the file button is on the first screen').to.exist;
    expect(texts.pending, 'not asked for by the comparison\'s button').to.equal(null);
    await pick(el, [['ouders.json', SAVED], ['notities.json', '{"hello": "world"}']]);
    expect(texts.ready).to.equal(true);
    const table = el.shadowRoot!.querySelector('.compare-table');
    expect(table, 'the comparison').to.exist;
    expect(text(table!.textContent)).to.contain(text(nlLater['qc.compare.caption'])).and.contain('Ouders');
    expect(el.shadowRoot!.querySelector('.compare .warning')!.textContent).to.contain('notities.json');
    expect(status(el)).to.contain('notities.json');
  });

  it('staff: when the comparison cannot be loaded, it says so in French, and the same files can be picked again', async () => {
    await setPageLanguage('fr-BE');
    const { el, texts } = await fresh({ audience: 'staff' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    const { messages: errors, restore: restoreErrors } = captureErrors();
    const working = texts.loader;
    texts.loader = offline;
    try {
      await pick(el, [['parents.json', SAVED]]);
      expect(el.shadowRoot!.querySelector('.compare .warning')!.textContent).to.contain('Cette partie n’a pas pu être chargée');
      expect(status(el)).to.contain('Cette partie n’a pas pu être chargée');
      expect(el.shadowRoot!.querySelector('.compare-table')).to.equal(null);
      expect(errors.length, 'one console error').to.equal(1);
    } finally {
      restoreErrors();
      texts.loader = working;
    }
    await pick(el, [['parents.json', SAVED]]);
    expect(el.shadowRoot!.querySelector('.compare-table'), 'picked again, it loads').to.exist;
    expect(el.shadowRoot!.querySelector('.compare .warning')).to.equal(null);
  });

  it('a page that starts with answers kept on the device shows them: a Dutch loading line, then the result', async () => {
    await setPageLanguage('nl');
    const key = `samen-lazy-kept-${Math.random()}`;
    localStorage.setItem(`samen:${key}`, SAVED);
    const { el } = await fresh({ audience: 'family' });
    el.setAttribute('storage-key', key);
    try {
      const seen = await watchTexts(el, () => el.updateComplete);
      expect(el.answers, 'the kept answers are restored').to.deep.equal({ 'family-affordability-could-pay': 1 });
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('.storage input[type="checkbox"]')!.checked).to.equal(true);
      expect(shadowText(el)).to.contain(text(nlLater['qc.table.caption']));
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
    } finally {
      el.remove();
      localStorage.removeItem(`samen:${key}`);
    }
  });

  it('staff: a page opened with a link shows the answers at once, a Dutch loading line, then what the link did', async () => {
    await setPageLanguage('nl');
    const answers = { 'staff-affordability-price': 5 };
    const here = location.pathname;
    history.replaceState(null, '', `${here}#samen-quality=${encodeQualityLink({ answers, extended: false, service: '' })}`);
    const { el } = await fresh({ audience: 'staff' });
    try {
      const seen = await watchTexts(el, () => el.updateComplete);
      expect(el.answers).to.deep.equal(answers);
      expect(el.shadowRoot!.querySelector('.link-notice')!.textContent).to.contain(text(nlLater['qc.link.opened']));
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      for (const shown of seen) expect(shown, 'never English').to.not.contain('The answers from the link');
    } finally {
      el.remove();
      history.replaceState(null, '', here);
    }
  });

  it('staff: "Copy a link" writes the clipboard in the click itself, before the later group is in', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh({ audience: 'staff', answers: '{"staff-affordability-price":5}' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    const written: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: (t: string) => (written.push(t), Promise.resolve()) });
    try {
      texts.loader = freshLoader(qcLater);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy-link')!.click();
      expect(texts.ready, 'the group is not in yet').to.equal(false);
      expect(written, 'written in the click, not after an import').to.have.length(1);
      expect(written[0]).to.contain('#samen-quality=');
      await waitUntil(() => el.shadowRoot!.querySelector('#qc-link'), 'the link is shown', { timeout: 4000 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.link-done')!.textContent).to.contain(text(nlLater['qc.link.copied']));
      expect(status(el)).to.contain(text(nlLater['qc.link.copied']));
    } finally {
      delete (navigator.clipboard as { writeText?: unknown }).writeText;
    }
  });

  it('a page that starts with unreadable kept answers: a Dutch loading line, then why; nothing is deleted', async () => {
    await setPageLanguage('nl');
    const key = `samen-lazy-corrupt-${Math.random()}`;
    localStorage.setItem(`samen:${key}`, '{not json');
    const { el } = await fresh({ audience: 'family' });
    el.setAttribute('storage-key', key);
    try {
      const seen = await watchTexts(el, () => el.updateComplete);
      expect(el.shadowRoot!.querySelector('.storage .warning')!.textContent).to.contain(text(nlLater['qc.store.unreadable']));
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      expect(localStorage.getItem(`samen:${key}`), 'nothing deleted').to.equal('{not json');
      expect(el.answers).to.deep.equal({});
    } finally {
      el.remove();
      localStorage.removeItem(`samen:${key}`);
    }
  });

  it('ticking "keep my answers" before the group is in says it in Dutch once it arrives, once', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh({ audience: 'family' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    texts.loader = freshLoader(qcLater);
    try {
      el.shadowRoot!.querySelector<HTMLInputElement>('.storage input[type="checkbox"]')!.click();
      await waitUntil(() => status(el) !== '', 'something is said', { timeout: 4000 });
      expect(status(el)).to.equal(text(nlLater['qc.store.saved']));
    } finally {
      localStorage.removeItem(`samen:${el.getAttribute('storage-key')}`);
    }
  });

  it('staff: a live switch nl -> de shows the comparison and the link notice in German at once, never a loading line', async () => {
    await setPageLanguage('nl');
    const here = location.pathname;
    history.replaceState(null, '', `${here}#samen-quality=not~a~code`);
    const warn = console.warn;
    console.warn = () => undefined;
    const { el } = await fresh({ audience: 'staff' });
    try {
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      await pick(el, [['ouders.json', SAVED]]);
      expect(el.shadowRoot!.querySelector('.link-notice')!.textContent).to.contain(text(nlLater['qc.link.damaged']));
      const seen = await watchTexts(el, async () => {
        await setPageLanguage('de');
        await el.updateComplete;
      });
      expect(text(el.shadowRoot!.querySelector('.compare-table caption')!.textContent)).to.equal(text(deLater['qc.compare.caption']));
      expect(el.shadowRoot!.querySelector('.link-notice')!.textContent).to.contain(text(deLater['qc.link.damaged']));
      for (const shown of seen) expect(shown, 'no loading line').to.not.match(/Bezig met laden…|Wird geladen…/);
    } finally {
      console.warn = warn;
      el.remove();
      history.replaceState(null, '', here);
    }
  });
});
