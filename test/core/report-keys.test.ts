/**
 * When two responses are one submission: the report counts a submission once (the same
 * export loaded twice), but never takes two parents' answers for one. Written for the
 * survivors of the value.ts mutation run in the key that recognises a submission.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeQualityFiles, readQualityReportFile } from '../../src/core/index.js';

const A = 'family-availability-quick-help';
const B = 'family-reachability-suitable-times';
const response = (answers: Record<string, number>, extra: Record<string, unknown> = {}) => ({ audience: 'family', answers, ...extra });
/** How many responses the report counts for these files (name -> responses). */
const counted = (...files: Array<[string, unknown[]]>) =>
  mergeQualityFiles(files.map(([name, items]) => readQualityReportFile(name, JSON.stringify(items)))).data.responses.length;

describe('two responses made at the same moment', () => {
  const at = '2026-03-02T10:15:00Z';
  it('with other answers are two, also when they answered as many questions', () => {
    assert.equal(counted(['a.json', [response({ [A]: 2, [B]: 4 }, { savedAt: at }), response({ [A]: 4, [B]: 2 }, { savedAt: at })]]), 2);
    assert.equal(counted(['a.json', [response({ [A]: 2 }, { savedAt: at }), response({ [A]: 3 }, { savedAt: at })]]), 2);
    assert.equal(counted(['a.json', [response({ [A]: 2 }, { savedAt: at }), response({ [B]: 2 }, { savedAt: at })]]), 2);
  });

  it('about two services are two', () => {
    assert.equal(counted(['a.json', [response({ [A]: 3 }, { savedAt: at, service: 'De Linde' }), response({ [A]: 3 }, { savedAt: at, service: 'Noord' })]]), 2);
    assert.equal(counted(['a.json', [response({ [A]: 3 }, { savedAt: at, service: 'De Linde' }), response({ [A]: 3 }, { savedAt: at })]]), 2);
  });

  it('with the same answers about the same service are one submission, in one file or in two', () => {
    const same = response({ [A]: 3, [B]: 5 }, { savedAt: at, service: 'De Linde' });
    assert.equal(counted(['a.json', [same, same]]), 1);
    assert.equal(counted(['a.json', [same]], ['b.json', [same]]), 1);
  });
});

describe('responses without a time', () => {
  it('with the same answers are two parents, not one; the same file loaded twice still counts them once', () => {
    for (const savedAt of [undefined, '']) {
      const items = [response({ [A]: 3 }, savedAt === undefined ? {} : { savedAt }), response({ [A]: 3 }, savedAt === undefined ? {} : { savedAt })];
      assert.equal(counted(['a.json', items]), 2, `savedAt ${JSON.stringify(savedAt)}: two rows`);
      assert.equal(counted(['a.json', items], ['a.json', items]), 2, `savedAt ${JSON.stringify(savedAt)}: loaded twice`);
    }
  });
});
