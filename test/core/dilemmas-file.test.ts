/**
 * Opening a saved file: a group's work is replaced only by a file the explorer saved,
 * of a version it knows; anything else is refused with the reason the explorer tells the
 * user (too large, not readable, another tool's, a newer version), and nothing changes.
 * Written for surviving mutants of src/core/dilemmas/state.ts (readDilemmaFile and
 * isEmptyDilemmaWorkshop were tested only through the browser).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DILEMMA_FILE_MAX, DILEMMA_STATE_FORMAT, DILEMMA_STATE_VERSION, dilemmaWorkshopDocument, dilemmaWorkshopToJson,
  emptyDilemmaWorkshop, isEmptyDilemmaWorkshop, readDilemmaFile, type DilemmaWorkshopState,
} from '../../src/core/index.js';

const work: DilemmaWorkshopState = {
  mode: 'workshop', step: 'power', positions: { power: 0.5 }, priorities: ['loyalty'], splits: { power: [0, 2, 0, 1, 0] },
};

/** The refusal reason of a file text, or 'ok' when it loads. */
const reasonOf = (text: string): string => {
  const read = readDilemmaFile(text);
  return read.ok ? 'ok' : read.reason;
};

describe('dilemmas: opening a saved file', () => {
  it('a file the explorer saved loads back as the same work, without issues', () => {
    const read = readDilemmaFile(dilemmaWorkshopToJson(work));
    assert.deepEqual(read, { ok: true, value: work, issues: [] });
  });

  it('the saved document says it is the explorer\'s, of version 1, and holds the work', () => {
    const doc = dilemmaWorkshopDocument(work);
    assert.equal(DILEMMA_STATE_FORMAT, 'samen-dilemma-explorer');
    assert.equal(DILEMMA_STATE_VERSION, 1);
    assert.deepEqual(doc, { format: 'samen-dilemma-explorer', version: 1, ...work });
  });

  it('a file of our format and version with a damaged field loads the rest and lists the damage', () => {
    const read = readDilemmaFile(JSON.stringify({ format: DILEMMA_STATE_FORMAT, version: 1, positions: { power: 3 }, priorities: ['nope'] }));
    assert.ok(read.ok, 'a damaged field does not refuse the whole file');
    if (read.ok) {
      assert.deepEqual(read.value.positions, { power: 1 });
      assert.deepEqual(read.issues.map((i) => [i.path, i.problem]), [
        ['state.positions.power', 'out-of-range'], ['state.priorities[0]', 'unknown-id'],
      ]);
    }
  });

  it('refuses text that is not JSON, saying so', () => {
    for (const text of ['', 'not json', '{"format":', '\u0000']) assert.deepEqual(readDilemmaFile(text), { ok: false, reason: 'not-json' }, JSON.stringify(text));
  });

  it('refuses JSON that is not an object, naming what it was', () => {
    assert.deepEqual(readDilemmaFile('null'), { ok: false, reason: 'not-an-object', received: null });
    assert.deepEqual(readDilemmaFile('42'), { ok: false, reason: 'not-an-object', received: 'number' });
    assert.deepEqual(readDilemmaFile('"samen-dilemma-explorer"'), { ok: false, reason: 'not-an-object', received: 'string' });
    assert.deepEqual(readDilemmaFile('[]'), { ok: false, reason: 'not-an-object', received: 'object' });
  });

  it('refuses an object that does not say it is a dilemma file ({} included)', () => {
    assert.deepEqual(readDilemmaFile('{}'), { ok: false, reason: 'no-format' });
    assert.deepEqual(readDilemmaFile(JSON.stringify({ version: 1, positions: { power: 1 } })), { ok: false, reason: 'no-format' });
  });

  it('refuses another tool\'s file, naming its format', () => {
    assert.deepEqual(readDilemmaFile(JSON.stringify({ format: 'samen-quality-check', version: 1 })), { ok: false, reason: 'other-format', received: 'samen-quality-check' });
    assert.deepEqual(readDilemmaFile(JSON.stringify({ format: null, version: 1 })), { ok: false, reason: 'other-format', received: null });
  });

  it('refuses a version it cannot read: missing, not a whole number, below 1', () => {
    for (const version of [undefined, '1', 1.5, 0, -1, null, true]) {
      const read = readDilemmaFile(JSON.stringify({ format: DILEMMA_STATE_FORMAT, version }));
      assert.deepEqual(read, { ok: false, reason: 'unknown-version', received: version }, `version ${String(version)}`);
    }
  });

  it('refuses a file saved by a newer version, and reads version 1', () => {
    assert.deepEqual(readDilemmaFile(JSON.stringify({ format: DILEMMA_STATE_FORMAT, version: 2 })), { ok: false, reason: 'newer-version', received: 2 });
    assert.equal(reasonOf(JSON.stringify({ format: DILEMMA_STATE_FORMAT, version: 1 })), 'ok');
  });

  it('refuses a file larger than the limit before reading it, and reads one at the limit', () => {
    assert.equal(DILEMMA_FILE_MAX, 256 * 1024);
    const json = dilemmaWorkshopToJson(work);
    const atLimit = json.slice(0, -1) + ' '.repeat(DILEMMA_FILE_MAX - json.length) + '}';
    assert.equal(atLimit.length, DILEMMA_FILE_MAX);
    assert.equal(reasonOf(atLimit), 'ok', 'a file of exactly the limit is read');
    const over = atLimit + ' ';
    assert.deepEqual(readDilemmaFile(over), { ok: false, reason: 'too-large', received: DILEMMA_FILE_MAX + 1 });
  });
});

describe('dilemmas: is there work a file would replace?', () => {
  it('a fresh state holds no work', () => {
    assert.equal(isEmptyDilemmaWorkshop(emptyDilemmaWorkshop()), true);
  });

  it('a mode or step alone is not work, so loading asks nothing', () => {
    assert.equal(isEmptyDilemmaWorkshop({ ...emptyDilemmaWorkshop(), mode: 'workshop', step: 'power' }), true);
  });

  it('one position, one priority or one count is work worth asking about', () => {
    const empty = emptyDilemmaWorkshop();
    assert.equal(isEmptyDilemmaWorkshop({ ...empty, positions: { power: 0 } }), false, 'a position at the centre is work');
    assert.equal(isEmptyDilemmaWorkshop({ ...empty, priorities: ['power'] }), false, 'a priority is work');
    assert.equal(isEmptyDilemmaWorkshop({ ...empty, splits: { power: [0, 0, 1, 0, 0] } }), false, 'a count is work');
  });
});
