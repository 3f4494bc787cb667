/**
 * The bytes of an export file: a UTF-16 byte order mark in either order, and files whose
 * first byte only looks like one (Windows-1252 "ÿ" or "þ"). Written for the mutants of
 * src/core/report/decode.ts that report-decode.test.ts leaves.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeReportBytes } from '../../src/core/index.js';

describe('byte order marks', () => {
  it('UTF-16 big-endian with its mark is read as such', () => {
    assert.deepEqual(decodeReportBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x63, 0x00, 0xe9])), { text: 'cé', encoding: 'utf-16be' });
  });

  it('a first byte ÿ or þ without the second byte of a mark is Windows-1252 text, not UTF-16', () => {
    assert.deepEqual(decodeReportBytes(new Uint8Array([0xff, 0x41, 0x42])), { text: 'ÿAB', encoding: 'windows-1252' });
    assert.deepEqual(decodeReportBytes(new Uint8Array([0xfe, 0x41, 0x42])), { text: 'þAB', encoding: 'windows-1252' });
    assert.deepEqual(decodeReportBytes(new Uint8Array([0x41, 0xfe, 0x42])), { text: 'AþB', encoding: 'windows-1252' });
    assert.deepEqual(decodeReportBytes(new Uint8Array([0x41, 0xff, 0x42])), { text: 'AÿB', encoding: 'windows-1252' });
  });

  it('an empty file is empty text', () => {
    assert.deepEqual(decodeReportBytes(new Uint8Array([])), { text: '', encoding: 'utf-8' });
  });
});
