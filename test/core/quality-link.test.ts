/**
 * The staff link code of the quality check, beyond the round trip of quality.test.ts:
 * what exactly goes into a link (nothing but valid staff answers, the extension only
 * when it is on, the service only when there is one), and how a code that is ours but
 * partly wrong is read: every damaged part marks the link as `partly` read, and only
 * that part is lost.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { qualityQuestions } from '../../src/core/index.js';
import { QUALITY_LINK_MAX, decodeQualityLink, encodeQualityLink } from '../../src/core/quality/link.js';
import { fromBase64Url, toBase64Url } from '../../src/core/dilemmas/base64url.js';

const staff = qualityQuestions('staff', true).map((q) => q.id);
/** A code holding this JSON, as another tool or a hand-edited link might. */
const code = (value: unknown) => toBase64Url(JSON.stringify(value));
/** The JSON a code holds. */
const contents = (link: string) => JSON.parse(fromBase64Url(link) ?? 'null') as Record<string, unknown>;
/** No answer at all: one "0" per staff question. */
const none = '0'.repeat(staff.length);

describe('staff link: what goes in', () => {
  it('writes one digit per staff question, 0 for an answer that is missing or not 1..5', () => {
    const link = encodeQualityLink({
      answers: { [staff[0]]: 1, [staff[1]]: 5, [staff[2]]: 0, [staff[3]]: 6, [staff[4]]: -1, [staff[5]]: 2.5, [staff[6]]: '3' as never, [staff[7]]: 3 },
      extended: false, service: '',
    });
    assert.equal(contents(link).a, `15000003${'0'.repeat(staff.length - 8)}`, 'only the whole answers 1..5 are written');
    assert.deepEqual(decodeQualityLink(link), {
      ok: true, value: { answers: { [staff[0]]: 1, [staff[1]]: 5, [staff[7]]: 3 }, extended: false, service: '' }, partly: false,
    });
  });
  it('adds nothing for an empty service or the extension switched off, so the link stays short', () => {
    const link = encodeQualityLink({ answers: {}, extended: false, service: '' });
    assert.deepEqual(contents(link), { f: 'quality', v: 1, a: none });
    assert.equal(link, code({ f: 'quality', v: 1, a: none }));
  });
  it('marks the extension only when it is really on', () => {
    assert.equal(contents(encodeQualityLink({ answers: {}, extended: true, service: '' })).x, 1);
    assert.equal('x' in contents(encodeQualityLink({ answers: {}, extended: 'yes' as never, service: '' })), false,
      'a truthy non-boolean is not "on"');
  });
  it('round-trips a link without the extension and without a service', () => {
    const state = { answers: { [staff[3]]: 4, [staff[20]]: 2 }, extended: false, service: '' };
    assert.deepEqual(decodeQualityLink(encodeQualityLink(state)), { ok: true, value: state, partly: false });
  });
  it('round-trips a service name with spaces and accents as the user typed it', () => {
    const state = { answers: {}, extended: true, service: 'Huis van het Kind Sint-Gillis — Élan' };
    assert.deepEqual(decodeQualityLink(encodeQualityLink(state)), { ok: true, value: state, partly: false });
  });
});

describe('staff link: reading a code', () => {
  it('refuses a missing code as damaged instead of throwing', () => {
    for (const value of [undefined, null, 42, {}, ['x']])
      assert.deepEqual(decodeQualityLink(value), { ok: false, reason: 'damaged' }, `code ${String(value)}`);
  });
  it('still reads a code of exactly the longest length it accepts', () => {
    // A code of ours padded with an unknown field to exactly QUALITY_LINK_MAX characters.
    let pad = 'x'.repeat(1400);
    let link = code({ f: 'quality', v: 1, a: none, pad });
    while (link.length < QUALITY_LINK_MAX) link = code({ f: 'quality', v: 1, a: none, pad: (pad += 'x') });
    assert.equal(link.length, QUALITY_LINK_MAX, 'the test code has the limit\'s length');
    assert.equal(decodeQualityLink(link).ok, true, 'a code at the limit is read');
    assert.deepEqual(decodeQualityLink(`${link}A`), { ok: false, reason: 'too-large' }, 'one more character is too large');
  });
  it('calls a code of ours without an answer string damaged', () => {
    for (const a of [undefined, 123, ['1', '2'], null])
      assert.deepEqual(decodeQualityLink(code({ f: 'quality', v: 1, a })), { ok: false, reason: 'damaged' }, `answers ${JSON.stringify(a)}`);
  });
  it('refuses a code of another format or version as not ours', () => {
    assert.deepEqual(decodeQualityLink(code({ f: 'roles', v: 1, a: none })), { ok: false, reason: 'not-ours' });
    assert.deepEqual(decodeQualityLink(code({ v: 1, a: none })), { ok: false, reason: 'not-ours' });
    assert.deepEqual(decodeQualityLink(code({ f: 'quality', a: none })), { ok: false, reason: 'not-ours' });
    assert.deepEqual(decodeQualityLink(code({ f: 'quality', v: '1', a: none })), { ok: false, reason: 'not-ours' });
    assert.deepEqual(decodeQualityLink(code(5)), { ok: false, reason: 'not-ours' });
  });
  it('refuses answers made for another number of questions, one more or one fewer', () => {
    assert.deepEqual(decodeQualityLink(code({ f: 'quality', v: 1, a: `${none}0` })), { ok: false, reason: 'other-questions' });
    assert.deepEqual(decodeQualityLink(code({ f: 'quality', v: 1, a: none.slice(1) })), { ok: false, reason: 'other-questions' });
  });
  it('keeps the answers and says "partly" when only the service name is wrong', () => {
    const read = decodeQualityLink(code({ f: 'quality', v: 1, a: `3${none.slice(1)}`, s: 42 }));
    assert.deepEqual(read, { ok: true, value: { answers: { [staff[0]]: 3 }, extended: false, service: '' }, partly: true });
  });
  it('says "partly" when the extension mark is not 1, and leaves the extension off', () => {
    for (const x of [2, true, '1', 0]) {
      const read = decodeQualityLink(code({ f: 'quality', v: 1, a: none, x }));
      assert.deepEqual(read, { ok: true, value: { answers: {}, extended: false, service: '' }, partly: true }, `x ${JSON.stringify(x)}`);
    }
  });
  it('reads each impossible digit as no answer, keeping the digits around it', () => {
    const read = decodeQualityLink(code({ f: 'quality', v: 1, a: `4x6${none.slice(3)}` }));
    assert.deepEqual(read, { ok: true, value: { answers: { [staff[0]]: 4 }, extended: false, service: '' }, partly: true });
    for (const digit of ['1', '2', '3', '4', '5']) {
      const one = decodeQualityLink(code({ f: 'quality', v: 1, a: `${none.slice(1)}${digit}` }));
      assert.deepEqual(one, { ok: true, value: { answers: { [staff[20]]: Number(digit) }, extended: false, service: '' }, partly: false }, `digit ${digit}`);
    }
  });
  it('folds the spaces of a service name read from a link, and cuts a long one', () => {
    const read = decodeQualityLink(code({ f: 'quality', v: 1, a: none, s: '  De   Linde ' }));
    assert.deepEqual(read, { ok: true, value: { answers: {}, extended: false, service: 'De Linde' }, partly: false });
    const long = decodeQualityLink(code({ f: 'quality', v: 1, a: none, s: 'y'.repeat(300) }));
    assert.ok(long.ok && long.value.service === 'y'.repeat(120) && long.partly, 'a name longer than 120 characters is cut, partly read');
  });
});
