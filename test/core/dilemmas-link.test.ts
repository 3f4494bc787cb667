/**
 * The workshop link: a code made by the explorer opens the same work on another
 * device; a damaged, foreign or far too long code is refused with the reason the
 * explorer shows ("could not be read" / "far too long"), and the explorer starts empty.
 * Also the base64url reader every link reader starts from (workshop, roles, slider,
 * quality check). Written for surviving mutants of src/core/dilemmas/state.ts and
 * base64url.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DILEMMA_LINK_MAX, decodeDilemmaWorkshop, emptyDilemmaWorkshop, encodeDilemmaWorkshop, type DilemmaWorkshopState,
} from '../../src/core/index.js';
import { fromBase64Url, jsonFromBase64Url, toBase64Url } from '../../src/core/dilemmas/base64url.js';

const work: DilemmaWorkshopState = {
  mode: 'workshop', step: 'culture', positions: { culture: -0.5 }, priorities: ['culture'], splits: { culture: [1, 0, 0, 0, 3] },
};

/** The link issue the explorer turns into its message, or null when the link was read. */
const linkProblem = (code: unknown): string | null =>
  decodeDilemmaWorkshop(code).issues.find((i) => i.path === 'link')?.problem ?? null;

describe('dilemmas: base64url', () => {
  it('encodes the RFC 4648 test vectors, unpadded', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [text, code] of vectors) {
      assert.equal(toBase64Url(text), code, text);
      assert.equal(fromBase64Url(code), text, code);
    }
  });

  it('uses the URL-safe letters for the last two digits, and reads them back', () => {
    // 0xfb 0xff 0xbf: the six-bit groups 62 and 63 appear, "-" and "_" in base64url.
    assert.equal(toBase64Url('\u00ff\u00fe'), 'w7_Dvg');
    assert.equal(fromBase64Url('w7_Dvg'), '\u00ff\u00fe');
    assert.equal(toBase64Url('>>>???'), 'Pj4-Pz8_');
    assert.equal(fromBase64Url('Pj4-Pz8_'), '>>>???');
  });

  it('keeps text in any script through the round trip (UTF-8)', () => {
    for (const text of ['Éénheid', 'Ça va ?', 'Straße', '家庭', '👨‍👩‍👧 samen']) assert.equal(fromBase64Url(toBase64Url(text)), text, text);
  });

  it('reads codes a mail client rewrote: plain base64 letters and padding', () => {
    assert.equal(fromBase64Url('Pj4+Pz8/'), '>>>???');
    assert.equal(fromBase64Url('Zg=='), 'f');
    assert.equal(fromBase64Url('Zm8='), 'fo');
  });

  it('refuses what is not base64url of UTF-8 text', () => {
    assert.equal(fromBase64Url('Zm9v!'), null, 'a character outside the alphabet');
    assert.equal(fromBase64Url('Z'), null, 'one character left over cannot hold a byte');
    assert.equal(fromBase64Url('Zm9vY'), null, 'five characters: one left over');
    assert.equal(fromBase64Url('_w'), null, 'the byte 0xff is not UTF-8');
    assert.equal(fromBase64Url('wA'), null, 'an over-long encoding (0xc0) is not UTF-8');
    assert.equal(fromBase64Url('Zm 9v'), null, 'a space inside');
  });

  it('keeps no bits of earlier characters in later bytes, even for long codes', () => {
    const text = 'x'.repeat(50) + 'é'.repeat(50);
    assert.equal(fromBase64Url(toBase64Url(text)), text);
  });

  it('gives the JSON a code holds, or nothing for a damaged code or text that is not JSON', () => {
    assert.deepEqual(jsonFromBase64Url(toBase64Url('{"a":[1,2]}')), { a: [1, 2] });
    assert.deepEqual(jsonFromBase64Url(`  ${toBase64Url('[true]')}\n`), [true], 'spaces around the code are ignored');
    assert.equal(jsonFromBase64Url(toBase64Url('null')), null);
    assert.equal(jsonFromBase64Url(toBase64Url('not json')), undefined);
    assert.equal(jsonFromBase64Url('%%%'), undefined);
    assert.equal(jsonFromBase64Url(''), undefined);
  });
});

describe('dilemmas: the workshop link', () => {
  it('a link the explorer made opens the same work', () => {
    assert.deepEqual(decodeDilemmaWorkshop(encodeDilemmaWorkshop(work)), { value: work, issues: [] });
  });

  it('holds the version but not the file marker (the link\'s name says what it is)', () => {
    const inside = JSON.parse(fromBase64Url(encodeDilemmaWorkshop(work)) as string);
    assert.equal(inside.version, 1);
    assert.equal(inside.format, undefined);
    assert.deepEqual(inside.positions, work.positions);
  });

  it('a link copied with spaces or a line break around it still opens', () => {
    assert.deepEqual(decodeDilemmaWorkshop(` ${encodeDilemmaWorkshop(work)}\n`).value, work);
  });

  it('a link of text that is not JSON is "could not be read", with the link as received', () => {
    const code = toBase64Url('hello');
    assert.deepEqual(decodeDilemmaWorkshop(code), { value: emptyDilemmaWorkshop(), issues: [{ path: 'link', problem: 'not-json', received: code }] });
  });

  it('a readable link with a damaged field opens the rest and is not called unreadable', () => {
    const read = decodeDilemmaWorkshop(toBase64Url(JSON.stringify({ positions: { culture: 'left' }, priorities: ['culture'] })));
    assert.equal(linkProblem(toBase64Url(JSON.stringify({ positions: { culture: 'left' } }))), null);
    assert.deepEqual(read.value.priorities, ['culture']);
    assert.deepEqual(read.issues.map((i) => [i.path, i.problem]), [['state.positions.culture', 'invalid-value']]);
  });

  it('a link of another tool\'s state opens nothing and says why, without calling it unreadable', () => {
    const read = decodeDilemmaWorkshop(toBase64Url(JSON.stringify({ format: 'samen-roles', positions: { culture: 1 } })));
    assert.deepEqual(read.value, emptyDilemmaWorkshop());
    // Refused as a link that is no workshop link (invalid-value), not as unreadable (not-json); the second issue says why.
    assert.deepEqual(read.issues.map((i) => [i.path, i.problem]), [['link', 'invalid-value'], ['state.format', 'invalid-value']]);
  });

  it('a code that is not text is "could not be read"', () => {
    for (const code of [undefined, null, 42, {}, ['a']]) assert.equal(linkProblem(code), 'not-json', String(code));
  });

  it('a code far longer than any workshop is "far too long", its length given, without being read', () => {
    assert.equal(DILEMMA_LINK_MAX, 20_000);
    const padded = encodeDilemmaWorkshop(work).padEnd(DILEMMA_LINK_MAX + 1, 'A');
    assert.deepEqual(decodeDilemmaWorkshop(padded), {
      value: emptyDilemmaWorkshop(), issues: [{ path: 'link', problem: 'out-of-range', received: DILEMMA_LINK_MAX + 1 }],
    });
  });

  it('a code of exactly the limit is read, not called too long', () => {
    // JSON with trailing spaces, encoded: readable, and exactly DILEMMA_LINK_MAX long.
    const json = JSON.stringify({ version: 1, ...work });
    const code = toBase64Url(json + ' '.repeat(DILEMMA_LINK_MAX * 0.75 - json.length));
    assert.equal(code.length, DILEMMA_LINK_MAX);
    assert.deepEqual(decodeDilemmaWorkshop(code), { value: work, issues: [] });
  });
});
