/**
 * The staff quality check as a link (issue 10, "Hand the state on"): staff only, round
 * trip in a fresh element, the page's query string kept, asking before a link replaces
 * answers (with undo), and links that are not ours refused with a reason.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ready } from '../../src/components/quality-check/quality-check.js';
import type { SamenQualityCheck } from '../../src/components/quality-check/quality-check.component.js';
import { LOCALES, captureWarnings, setPageLanguage, shadowText } from './helpers.js';

const STAFF = { 'staff-availability-waiting-list': 2, 'staff-affordability-price': 5, 'staff-trust-no-fear': 4 };
const FAMILY = { 'family-affordability-could-pay': 1, 'family-usability-helped': 4 };

async function make(attrs: { audience?: string; answers?: object; service?: string; extended?: boolean } = {}) {
  await ready;
  const el = await fixture<SamenQualityCheck>(html`<samen-quality-check storage-key="qc-link-test" audience=${attrs.audience ?? 'staff'}
    service=${attrs.service ?? ''} ?extended=${attrs.extended ?? false} answers=${attrs.answers ? JSON.stringify(attrs.answers) : ''}></samen-quality-check>`);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: SamenQualityCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const status = (el: SamenQualityCheck) => $(el, '[role="status"]')!.textContent!.trim();
const focused = (el: SamenQualityCheck) => el.shadowRoot!.activeElement?.id ?? el.shadowRoot!.activeElement?.getAttribute('name') ?? '(none)';
const settle = async (el: SamenQualityCheck) => {
  await new Promise((r) => setTimeout(r, 60));
  await el.updateComplete;
};

describe('<samen-quality-check>: a link to the staff answers (issue 10)', () => {
  const here = location.pathname;
  afterEach(async () => {
    history.replaceState(null, '', here);
    localStorage.removeItem('samen:qc-link-test');
    await setPageLanguage('en');
  });

  async function copiedLink(el: SamenQualityCheck): Promise<string> {
    $<HTMLButtonElement>(el, 'button.copy-link')!.click();
    // The clipboard answers when it likes (slower under load): wait for the shown link.
    for (let i = 0; i < 60 && !$(el, '#qc-link'); i++) await settle(el);
    return $<HTMLInputElement>(el, '#qc-link')!.value;
  }
  const openWith = (link: string) => history.replaceState(null, '', `${here}${link.slice(link.indexOf('#'))}`);

  it('is never offered to families, in any language, and a family checker never reads one', async () => {
    for (const lang of LOCALES) {
      await setPageLanguage(lang);
      const el = await make({ audience: 'family', answers: FAMILY });
      expect($(el, 'button.copy-link') === null, lang).to.equal(true);
      expect($(el, 'button.qr-toggle') === null, lang).to.equal(true);
      expect($(el, '.tools')!.textContent, lang).to.not.match(/link|lien|QR/i);
      el.remove();
    }
    await setPageLanguage('en');
    const staff = await make({ answers: STAFF });
    const link = await copiedLink(staff);
    staff.remove();
    openWith(link);
    const warnings = captureWarnings();
    let family: SamenQualityCheck;
    try {
      family = await make({ audience: 'family' });
    } finally {
      warnings.restore();
    }
    expect(family.answers, 'a family checker ignores a link').to.deep.equal({});
    expect(warnings.messages).to.have.length(1);
    expect(shadowText(family)).to.not.contain('link');
  });

  it('restores the answers, the service and extended in a fresh element; the copy is confirmed visibly and once', async () => {
    const el = await make({ answers: { ...STAFF, ...FAMILY }, service: 'Consultatiebureau De Linde', extended: true });
    const link = await copiedLink(el);
    expect($(el, '.link-done')!.textContent).to.match(/Link copied|did not allow copying/);
    expect(status(el)).to.equal($(el, '.link-done')!.textContent!.trim());
    expect(link).to.match(/#samen-quality=[A-Za-z0-9_-]+$/);
    expect(atob(link.split('=')[1].replace(/-/g, '+').replace(/_/g, '/')), 'no family answer in the link').to.not.contain('family');
    el.remove();
    openWith(link);
    const fresh = await make();
    expect(fresh.answers).to.deep.equal(STAFF);
    expect(fresh.extended).to.equal(true);
    expect(fresh.service).to.equal('Consultatiebureau De Linde');
    expect($(fresh, '.title')!.textContent).to.contain('Consultatiebureau De Linde');
    expect($<HTMLInputElement>(fresh, 'input[name="qc-staff-affordability-price"][value="5"]')!.checked).to.equal(true);
    expect($(fresh, '.link-notice')!.textContent).to.contain('The answers from the link are shown.');
    expect($(fresh, '#qc-link-undo') === null, 'nothing was replaced: no undo').to.equal(true);
  });

  it('keeps the page\'s query string, and the shown link goes when an answer changes', async () => {
    history.replaceState(null, '', `${here}?id=12`);
    const el = await make({ answers: STAFF });
    expect(await copiedLink(el)).to.contain('?id=12#samen-quality=');
    $<HTMLInputElement>(el, 'input[name="qc-staff-affordability-price"][value="2"]')!.click();
    await el.updateComplete;
    expect($(el, '#qc-link') === null, 'a stale link is not left on screen').to.equal(true);
  });

  it('asks before it replaces answers already there; yes shows them with undo, undo brings the old ones back', async () => {
    const source = await make({ answers: STAFF });
    const link = await copiedLink(source);
    source.remove();
    openWith(link);
    const mine = { 'staff-availability-waiting-list': 5, ...FAMILY };
    const el = await make({ answers: mine });
    expect(el.answers, 'nothing replaced before the user says so').to.deep.equal(mine);
    expect($(el, '.link-ask')!.textContent).to.contain('This link holds other answers');
    $<HTMLButtonElement>(el, '#qc-link-yes')!.click();
    await settle(el);
    expect(el.answers, 'the staff answers replaced, a family\'s kept').to.deep.equal({ ...FAMILY, ...STAFF });
    expect(focused(el)).to.equal('qc-link-undo');
    expect(status(el)).to.contain('The answers from the link are shown.');
    $<HTMLButtonElement>(el, '#qc-link-undo')!.click();
    await settle(el);
    expect(el.answers).to.deep.equal(mine);
    expect($(el, '.link-notice')!.textContent).to.contain('Undone');
    expect(focused(el), 'focus never falls to the page').to.not.equal('(none)');
  });

  it('"No" keeps the answers there, says so, and stops following the link', async () => {
    const source = await make({ answers: STAFF });
    const link = await copiedLink(source);
    source.remove();
    openWith(link);
    const mine = { 'staff-availability-waiting-list': 5 };
    const el = await make({ answers: mine });
    $<HTMLButtonElement>(el, '#qc-link-no')!.click();
    await settle(el);
    expect(el.answers).to.deep.equal(mine);
    expect($(el, '.link-ask') === null).to.equal(true);
    expect($(el, '.link-notice')!.textContent).to.contain('The link was not opened');
    expect(focused(el)).to.not.equal('(none)');
  });

  for (const [name, code, reason] of [
    ['broken', '%%%not-a-code', 'could not be read'],
    ['foreign', btoa(JSON.stringify({ f: 'roles', v: 1, a: { trust: 'low' } })).replace(/=+$/, ''), 'not made by this checker'],
    ['far too long', 'A'.repeat(100_000), 'far too long'],
  ]) {
    it(`a ${name} link is refused with its reason, visibly, with one warning, and changes nothing`, async () => {
      history.replaceState(null, '', `${here}#samen-quality=${code}`);
      const warnings = captureWarnings();
      let el: SamenQualityCheck;
      try {
        el = await make({ answers: STAFF });
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('link');
      expect(el.answers).to.deep.equal(STAFF);
      expect($(el, '.link-notice')!.textContent).to.contain(reason);
    });
  }

  it('draws the link as a QR code on request, dark on white, as SVG', async () => {
    const el = await make({ answers: STAFF });
    const toggle = $<HTMLButtonElement>(el, 'button.qr-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    for (let i = 0; i < 60 && !$(el, 'svg.qr'); i++) await settle(el);
    expect($(el, 'svg.qr')!.getAttribute('role')).to.equal('img');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(status(el)).to.contain('QR code');
  });
});
