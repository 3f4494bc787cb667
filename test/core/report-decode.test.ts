import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeReportBytes, readQualityFile } from '../../src/core/index.js';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/exports/${name}`, import.meta.url)));

describe('decoding an export file', () => {
  it('Excel "CSV (puntkomma gescheiden)" in Windows-1252: café stays café, and the file reads as its UTF-8 twin', () => {
    const decoded = decodeReportBytes(bytes('drupal-webform-nl-excel-1252.csv'));
    assert.equal(decoded.encoding, 'windows-1252');
    assert.ok(decoded.text.includes('De Linde, café'));
    assert.ok(!decoded.text.includes('\uFFFD'));
    const read = readQualityFile('1252.csv', decoded.text);
    const twin = readQualityFile('utf8.csv', decodeReportBytes(bytes('drupal-webform-nl-excel.csv')).text);
    assert.equal(read.responses[2].service, 'Consultatiebureau De Linde, café');
    assert.deepEqual(read.responses.map((r) => [r.audience, r.date, r.answers]), twin.responses.map((r) => [r.audience, r.date, r.answers]));
    assert.deepEqual(read.rejected.map((r) => [r.row, r.reason]), twin.rejected.map((r) => [r.row, r.reason]));
  });

  it('UTF-8 (with or without a byte order mark) stays UTF-8; UTF-16 with a byte order mark is read as such', () => {
    const text = 'naam;kwaliteit\r\nLinde, café;{}';
    assert.deepEqual(decodeReportBytes(new TextEncoder().encode(text)), { text, encoding: 'utf-8' });
    assert.deepEqual(decodeReportBytes(new TextEncoder().encode(`\uFEFF${text}`)), { text, encoding: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    assert.deepEqual(decodeReportBytes(utf16), { text, encoding: 'utf-16le' });
    // One byte that cannot be UTF-8 (é in Windows-1252) is enough to read it all as Windows-1252.
    assert.deepEqual(decodeReportBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])), { text: 'café', encoding: 'windows-1252' });
    assert.deepEqual(decodeReportBytes(new Uint8Array([0x80])), { text: '€', encoding: 'windows-1252' });
  });
});

describe('Windows-1252 bytes 0x80..0x9F', () => {
  it('decode to the characters Windows-1252 gives them (€, quotes, dashes, Š, Ÿ), the five undefined ones to their own code point', () => {
    const all = new Uint8Array(Array.from({ length: 32 }, (_, i) => 0x80 + i));
    const expected = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
    assert.equal(decodeReportBytes(all).text, expected);
  });
});
