import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DILEMMAS, DILEMMA_IDS, DILEMMA_KINDS, DILEMMA_SOURCES, DILEMMA_STATEMENTS, dilemmaById, dilemmasOfKinds,
  cleanDilemmaPositions, cleanDilemmaPriorities, cleanDilemmaKinds, toggleDilemmaPriority, moveDilemmaPriority,
  DILEMMA_BALANCED_THRESHOLD, DILEMMA_PRESSING_MIN, dilemmaLean, dilemmaProfile,
  DILEMMA_ROOM_STOPS, DILEMMA_ROOM_MAX, DILEMMA_DIVIDED_SHARE, cleanDilemmaRoomSplit, cleanDilemmaRoomSplits,
  changeDilemmaRoomSplit, dilemmaRoomStopOf, summariseDilemmaRoom, dilemmaWorkshopSteps, moveDilemmaWorkshopStep,
  emptyDilemmaWorkshop, cleanDilemmaWorkshop, dilemmaWorkshopToJson, dilemmaWorkshopFromJson,
  encodeDilemmaWorkshop, decodeDilemmaWorkshop, DILEMMA_STATE_FORMAT,
  type DilemmaKind, type DilemmaWorkshopState,
} from '../../src/core/index.js';
import { Kept, hostile, keyedBy } from './arbitraries.js';

/** DOMAIN.md section 2 and issue 3, written out independently of the core's table. */
const EXPECTED: Record<string, DilemmaKind> = {
  loyalty: 'organisational', responsibility: 'organisational', culture: 'organisational', power: 'organisational',
  identity: 'professional', knowledge: 'professional', learning: 'professional', role: 'professional',
  'selective-universal': 'inclusion', 'instrumental-lifeworld': 'inclusion', 'child-family': 'inclusion',
  'conditional-unconditional': 'inclusion',
  'formal-informal': 'practice', 'supportive-controlling': 'practice', 'sharing-secrecy': 'practice',
  'monitoring-distance': 'practice', 'efficiency-inclusion': 'practice', 'stigma-matthew': 'practice',
  'double-nobody': 'practice', 'individual-structural': 'practice',
};

const idArb = fc.constantFrom(...DILEMMA_IDS);
/** A position as the cleaner returns it: in range, and never -0. */
const positionArb = fc.double({ min: -1, max: 1, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const positionsArb = fc.dictionary(idArb, positionArb, { noNullPrototype: true });
const prioritiesArb = fc.uniqueArray(idArb);
const kindsArb = fc.subarray([...DILEMMA_KINDS]);
const splitArb = fc
  .array(fc.nat({ max: DILEMMA_ROOM_MAX }), { minLength: 5, maxLength: 5 })
  .filter((s) => s.some((n) => n > 0));
const stateArb: fc.Arbitrary<DilemmaWorkshopState> = fc.record({
  mode: fc.constantFrom('reflection' as const, 'workshop' as const),
  step: fc.constantFrom('opening', 'summary', ...DILEMMA_IDS),
  positions: positionsArb,
  priorities: prioritiesArb,
  splits: fc.dictionary(idArb, splitArb, { noNullPrototype: true }),
}, { noNullPrototype: true });

describe('dilemma catalogue', () => {
  it('holds every dilemma and tension of the domain, each in its kind', () => {
    for (const [id, kind] of Object.entries(EXPECTED)) assert.equal(dilemmaById(id)?.kind, kind, id);
    assert.deepEqual([...DILEMMA_IDS].sort(), Object.keys(EXPECTED).sort());
  });

  it('lists the dilemmas grouped by kind in display order, ids unique', () => {
    const kindOrder = DILEMMAS.map((x) => DILEMMA_KINDS.indexOf(x.kind));
    assert.deepEqual(kindOrder, [...kindOrder].sort((a, b) => a - b));
    assert.equal(new Set(DILEMMA_IDS).size, DILEMMA_IDS.length);
  });

  it('gives each dilemma two distinct poles, two or three questions and credited sources', () => {
    for (const x of DILEMMAS) {
      assert.equal(x.poles.length, 2, x.id);
      assert.notEqual(x.poles[0], x.poles[1], x.id);
      assert.ok(x.questions === 2 || x.questions === 3, x.id);
      assert.ok(x.sources.length > 0 && x.sources.every((s) => DILEMMA_SOURCES.includes(s)), x.id);
      assert.ok(x.quote === null || DILEMMA_SOURCES.includes(x.quote), x.id);
      assert.equal(new Set(x.answers).size, x.answers.length, x.id);
    }
  });

  it('keeps what the sources give: mediating factors for loyalty, the third space for culture', () => {
    assert.deepEqual(dilemmaById('loyalty')?.mediating, ['physical-proximity', 'rich-media']);
    assert.ok(dilemmaById('culture')?.answers.some((a) => a.startsWith('third-space')));
    assert.ok(dilemmaById('efficiency-inclusion')?.sources.includes('provan-kenis'));
    assert.equal(dilemmaById('monitoring-distance')?.quote, 'bmlik');
  });

  it('flags learning and role as named by the sources without detail, and only those', () => {
    assert.deepEqual(DILEMMAS.filter((x) => !x.detailed).map((x) => x.id), ['learning', 'role']);
  });

  it('cannot be changed by a host', () => {
    assert.throws(() => { (DILEMMAS as unknown as unknown[]).push({}); });
    assert.throws(() => { (DILEMMAS[0] as { kind: string }).kind = 'practice'; });
  });

  it('offers the three discussion statements as workshop prompts', () => {
    assert.equal(DILEMMA_STATEMENTS.length, 3);
  });

  it('filters by kind in catalogue order; no kinds means all', () => {
    assert.deepEqual(dilemmasOfKinds(['inclusion']).map((x) => x.id),
      ['selective-universal', 'instrumental-lifeworld', 'child-family', 'conditional-unconditional']);
    assert.equal(dilemmasOfKinds([]).length, DILEMMAS.length);
    assert.deepEqual(dilemmasOfKinds(['practice', 'organisational']).map((x) => x.kind)[0], 'organisational');
  });
});

describe('cleaning positions', () => {
  it('keeps in-range numbers, clamps out-of-range ones with an issue', () => {
    const { value, issues } = cleanDilemmaPositions({ loyalty: -0.4, culture: 1.5, power: -7 });
    assert.deepEqual(value, { loyalty: -0.4, culture: 1, power: -1 });
    assert.deepEqual(issues.map((i) => [i.path, i.problem]), [
      ['positions.culture', 'out-of-range'], ['positions.power', 'out-of-range'],
    ]);
  });

  it('drops non-numbers and unknown ids with an issue, null silently', () => {
    const { value, issues } = cleanDilemmaPositions({ loyalty: '0.5', role: Number.NaN, knowledge: Infinity, nope: 0, identity: null, learning: 0.2 });
    assert.deepEqual(value, { learning: 0.2 });
    assert.deepEqual(issues.map((i) => [i.path, i.problem]), [
      ['positions.loyalty', 'invalid-value'], ['positions.role', 'invalid-value'],
      ['positions.knowledge', 'invalid-value'], ['positions.nope', 'unknown-id'],
    ]);
  });

  it('reports a value that is not an object', () => {
    for (const bad of [[0.5], 'loyalty', 3, true]) {
      const { value, issues } = cleanDilemmaPositions(bad);
      assert.deepEqual(value, {});
      assert.equal(issues[0].problem, 'not-an-object');
    }
    assert.deepEqual(cleanDilemmaPositions(undefined), { value: {}, issues: [] });
  });

  it('turns -0 into 0 so saved JSON reads back the same', () => {
    assert.ok(Object.is(cleanDilemmaPositions({ loyalty: -0 }).value.loyalty, 0));
  });

  it('never throws, and only ever yields known ids in [-1, 1], keeping every valid one', () => {
    const kept = new Kept();
    const nearlyValid = fc.oneof(positionArb, fc.double(), fc.constantFrom('0.5', null, true, 1n));
    fc.assert(fc.property(fc.oneof(hostile, keyedBy(DILEMMA_IDS, nearlyValid), keyedBy(DILEMMA_IDS, nearlyValid)), (input) => {
      const { value } = cleanDilemmaPositions(input);
      if (Object.keys(value).length) kept.hit();
      for (const [id, n] of Object.entries(value)) {
        assert.ok(DILEMMA_IDS.includes(id));
        assert.ok(typeof n === 'number' && n >= -1 && n <= 1);
      }
      if (input && typeof input === 'object' && !Array.isArray(input)) {
        for (const [id, n] of Object.entries(input)) {
          if (DILEMMA_IDS.includes(id) && typeof n === 'number' && n >= -1 && n <= 1) assert.equal(value[id], n === 0 ? 0 : n, `valid ${id} kept`);
        }
      }
    }), { numRuns: 200 });
    assert.ok(kept.count > 20, `runs that had kept positions to check (${kept.count})`);
  });

  it('clamps any number to the nearest end, with an issue exactly when it moved', () => {
    fc.assert(fc.property(idArb, fc.double({ noNaN: true, noDefaultInfinity: true }), (id, n) => {
      const { value, issues } = cleanDilemmaPositions({ [id]: n });
      const expected = Math.min(1, Math.max(-1, n));
      assert.equal(value[id], expected === 0 ? 0 : expected);
      assert.equal(issues.length, n < -1 || n > 1 ? 1 : 0);
    }));
  });
});

describe('cleaning priorities', () => {
  it('drops unknown ids, non-strings and repeats, keeping the order', () => {
    const { value, issues } = cleanDilemmaPriorities(['culture', 'bogus', 'loyalty', 'culture', 7, 'role']);
    assert.deepEqual(value, ['culture', 'loyalty', 'role']);
    assert.deepEqual(issues.map((i) => [i.path, i.problem]), [
      ['priorities[1]', 'unknown-id'], ['priorities[3]', 'duplicate'], ['priorities[4]', 'invalid-value'],
    ]);
  });

  it('reads an attribute-style list', () => {
    assert.deepEqual(cleanDilemmaPriorities(' stigma-matthew,loyalty  role ').value, ['stigma-matthew', 'loyalty', 'role']);
  });

  it('never throws; yields unique known ids in first-seen order', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.array(fc.oneof(idArb, fc.string(), fc.anything()))), (input) => {
      const { value } = cleanDilemmaPriorities(input);
      assert.equal(new Set(value).size, value.length);
      assert.ok(value.every((id) => DILEMMA_IDS.includes(id)));
      if (Array.isArray(input)) {
        const firstSeen = input.filter((x, i) => typeof x === 'string' && DILEMMA_IDS.includes(x) && input.indexOf(x) === i);
        assert.deepEqual(value, firstSeen);
      }
    }));
  });

  it('toggles and reorders without losing or doubling ids', () => {
    assert.deepEqual(toggleDilemmaPriority(['loyalty'], 'culture'), ['loyalty', 'culture']);
    assert.deepEqual(toggleDilemmaPriority(['loyalty', 'culture'], 'loyalty'), ['culture']);
    assert.deepEqual(moveDilemmaPriority(['a', 'b', 'c'], 'c', -1), ['a', 'c', 'b']);
    assert.deepEqual(moveDilemmaPriority(['a', 'b', 'c'], 'a', -5), ['a', 'b', 'c']);
    assert.deepEqual(moveDilemmaPriority(['a', 'b', 'c'], 'a', 9), ['b', 'c', 'a']);
    fc.assert(fc.property(prioritiesArb, idArb, fc.integer({ min: -30, max: 30 }), (list, id, delta) => {
      assert.deepEqual([...moveDilemmaPriority(list, id, delta)].sort(), [...list].sort());
    }));
  });
});

describe('cleaning the kinds filter', () => {
  it('reads space- or comma-separated kinds, in display order', () => {
    assert.deepEqual(cleanDilemmaKinds('inclusion').value, ['inclusion']);
    assert.deepEqual(cleanDilemmaKinds('practice, organisational').value, ['organisational', 'practice']);
  });

  it('drops unknown kinds with an issue; empty or all-unknown means all', () => {
    const some = cleanDilemmaKinds('inclusion bogus');
    assert.deepEqual(some.value, ['inclusion']);
    assert.deepEqual(some.issues.map((i) => i.problem), ['unknown-id']);
    assert.deepEqual(cleanDilemmaKinds('').value, [...DILEMMA_KINDS]);
    assert.deepEqual(cleanDilemmaKinds('').issues, []);
    const none = cleanDilemmaKinds('poverty');
    assert.deepEqual(none.value, [...DILEMMA_KINDS]);
    assert.equal(none.issues.length, 1);
  });

  it('never throws and never leaves the explorer empty', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.string()), (input) => {
      const { value } = cleanDilemmaKinds(input);
      assert.ok(value.length > 0 && value.every((k) => DILEMMA_KINDS.includes(k)));
    }));
  });
});

describe('the profile', () => {
  it('calls a position balanced strictly inside the threshold, leaning from it on', () => {
    assert.equal(DILEMMA_BALANCED_THRESHOLD, 0.25);
    assert.equal(dilemmaLean(0), 'balanced');
    assert.equal(dilemmaLean(0.24), 'balanced');
    assert.equal(dilemmaLean(-0.24), 'balanced');
    assert.equal(dilemmaLean(0.25), 'second');
    assert.equal(dilemmaLean(-0.25), 'first');
    assert.equal(dilemmaLean(null), 'unplaced');
    assert.equal(dilemmaLean(Number.NaN), 'unplaced');
  });

  it('says where the network stands on every shown dilemma', () => {
    const p = dilemmaProfile({ loyalty: -0.8, culture: 0.1, power: 0.6 }, [], ['organisational']);
    assert.deepEqual(p.entries.map((e) => [e.id, e.lean]), [
      ['loyalty', 'first'], ['responsibility', 'unplaced'], ['culture', 'balanced'], ['power', 'second'],
    ]);
    assert.deepEqual(p.counts, { first: 1, balanced: 1, second: 1, unplaced: 1 });
  });

  it('puts the priorities first, in their order, then fills with the strongest leanings', () => {
    const p = dilemmaProfile({ loyalty: 0.3, culture: -0.9, power: 0.7, identity: 1 }, ['role', 'loyalty'], []);
    assert.deepEqual(p.pressing, [
      { id: 'role', reason: 'priority', position: null },
      { id: 'loyalty', reason: 'priority', position: 0.3 },
      { id: 'identity', reason: 'far-from-centre', position: 1 },
    ]);
    assert.equal(p.entries.find((e) => e.id === 'loyalty')?.priority, 1);
  });

  it('takes the questions of the prioritised dilemmas only, all of them', () => {
    const p = dilemmaProfile({ identity: 1 }, ['role', 'loyalty'], []);
    assert.equal(p.questionsFrom, 'priorities');
    assert.deepEqual(p.questions, [
      { dilemma: 'role', index: 0 }, { dilemma: 'role', index: 1 },
      { dilemma: 'loyalty', index: 0 }, { dilemma: 'loyalty', index: 1 }, { dilemma: 'loyalty', index: 2 },
    ]);
  });

  it('without priorities proposes the three farthest leanings, ties in catalogue order, never a balanced one', () => {
    const p = dilemmaProfile({ 'double-nobody': -1, loyalty: 1, culture: 0.5, power: -0.5, identity: 0.1 }, [], []);
    assert.deepEqual(p.pressing.map((x) => x.id), ['loyalty', 'double-nobody', 'culture']);
    assert.equal(p.questionsFrom, 'farthest');
    assert.deepEqual(new Set(p.questions.map((q) => q.dilemma)), new Set(['loyalty', 'double-nobody', 'culture']));
    const calm = dilemmaProfile({ loyalty: 0.1, culture: -0.2 }, [], []);
    assert.deepEqual(calm.pressing, []);
    assert.equal(calm.questionsFrom, 'none');
    assert.deepEqual(calm.questions, []);
  });

  it('leaves out what the kinds filter hides', () => {
    const p = dilemmaProfile({ loyalty: 1, 'child-family': -1 }, ['loyalty', 'child-family'], ['inclusion']);
    assert.deepEqual(p.pressing.map((x) => x.id), ['child-family']);
    assert.ok(p.entries.every((e) => e.kind === 'inclusion'));
  });

  it('orders the pressing list as documented for any input', () => {
    fc.assert(fc.property(positionsArb, prioritiesArb, kindsArb, (positions, priorities, kinds) => {
      const p = dilemmaProfile(positions, priorities, kinds);
      const shownIds = dilemmasOfKinds(kinds).map((x) => x.id);
      const shownPriorities = priorities.filter((id) => shownIds.includes(id));
      const ids = p.pressing.map((x) => x.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.deepEqual(ids.slice(0, shownPriorities.length), shownPriorities);
      const proposed = p.pressing.slice(shownPriorities.length);
      assert.ok(proposed.every((x) => x.reason === 'far-from-centre' && dilemmaLean(x.position) !== 'balanced'));
      const distances = proposed.map((x) => Math.abs(x.position as number));
      assert.deepEqual(distances, [...distances].sort((a, b) => b - a));
      // Nothing left out leans harder than the weakest proposed one.
      const leaning = p.entries.filter((e) => e.priority === null && (e.lean === 'first' || e.lean === 'second'));
      const left = leaning.filter((e) => !ids.includes(e.id)).map((e) => Math.abs(e.position as number));
      if (left.length) assert.ok(proposed.length === DILEMMA_PRESSING_MIN - shownPriorities.length || shownPriorities.length >= DILEMMA_PRESSING_MIN);
      if (left.length && proposed.length) assert.ok(Math.max(...left) <= Math.min(...distances));
      assert.equal(p.pressing.length, Math.max(shownPriorities.length, Math.min(DILEMMA_PRESSING_MIN, shownPriorities.length + leaning.length)));
    }));
  });
});

describe('the room split', () => {
  it('cleans counts to whole non-negative numbers, each fix reported', () => {
    const { value, issues } = cleanDilemmaRoomSplit([2, -1, 3.6, 'x', 5000]);
    assert.deepEqual(value, [2, 0, 4, 0, DILEMMA_ROOM_MAX]);
    assert.deepEqual(issues.map((i) => [i.path, i.problem]), [
      ['split[1]', 'out-of-range'], ['split[2]', 'invalid-value'], ['split[3]', 'invalid-value'], ['split[4]', 'out-of-range'],
    ]);
    const short = cleanDilemmaRoomSplit([1, 2]);
    assert.deepEqual(short.value, [1, 2, 0, 0, 0]);
    assert.equal(short.issues.length, 1);
  });

  it('drops splits of unknown dilemmas and leaves empty ones out', () => {
    const { value, issues } = cleanDilemmaRoomSplits({ loyalty: [1, 0, 0, 0, 2], culture: [0, 0, 0, 0, 0], bogus: [1, 1, 1, 1, 1] });
    assert.deepEqual(value, { loyalty: [1, 0, 0, 0, 2] });
    assert.deepEqual(issues.map((i) => i.path), ['splits.bogus']);
  });

  it('counts people in and out without going below zero', () => {
    assert.deepEqual(changeDilemmaRoomSplit([0, 1, 0, 0, 0], 1, -3), [0, 0, 0, 0, 0]);
    assert.deepEqual(changeDilemmaRoomSplit([0, 1, 0, 0, 0], 4, 2), [0, 1, 0, 0, 2]);
    assert.deepEqual(changeDilemmaRoomSplit([0, 1, 0, 0, 0], 7, 2), [0, 1, 0, 0, 0]);
  });

  it('summarises a room all in the middle as balanced and of one mind', () => {
    const s = summariseDilemmaRoom([0, 0, 10, 0, 0]);
    assert.deepEqual([s.total, s.mean, s.spread, s.lean, s.divided], [10, 0, 0, 'balanced', false]);
  });

  it('flags a room split between the poles as divided, with the largest spread', () => {
    const s = summariseDilemmaRoom([5, 0, 0, 0, 5]);
    assert.deepEqual([s.mean, s.spread, s.lean, s.divided], [0, 1, 'balanced', true]);
    assert.equal(DILEMMA_DIVIDED_SHARE, 0.3);
    assert.equal(summariseDilemmaRoom([3, 0, 4, 0, 3]).divided, true);
    assert.equal(summariseDilemmaRoom([2, 0, 6, 0, 2]).divided, false);
    assert.equal(summariseDilemmaRoom([1, 6, 0, 2, 1]).divided, true);
  });

  it('leans with the room', () => {
    const s = summariseDilemmaRoom([6, 2, 2, 0, 0]);
    assert.equal(s.lean, 'first');
    assert.ok(Math.abs((s.mean as number) - -0.7) < 1e-12);
  });

  it('summarises an empty room without inventing numbers', () => {
    const s = summariseDilemmaRoom([0, 0, 0, 0, 0]);
    assert.deepEqual([s.total, s.mean, s.spread, s.lean, s.divided], [0, null, null, 'unplaced', false]);
    assert.deepEqual(s.shares, [0, 0, 0, 0, 0]);
    assert.equal(summariseDilemmaRoom('garbage').total, 0);
  });

  it('gives shares that sum to 1, a mean in [-1, 1] and a spread in [0, 1]', () => {
    fc.assert(fc.property(splitArb, (split) => {
      const s = summariseDilemmaRoom(split);
      assert.ok(Math.abs(s.shares.reduce((a, b) => a + b, 0) - 1) < 1e-9);
      assert.ok(Math.abs(s.sides.first + s.sides.middle + s.sides.second - 1) < 1e-9);
      assert.ok((s.mean as number) >= -1 && (s.mean as number) <= 1);
      assert.ok((s.spread as number) >= 0 && (s.spread as number) <= 1 + 1e-12);
      assert.equal(s.total, split.reduce((a, b) => a + b, 0));
    }));
  });

  it('places a position at the middle stop exactly when the profile calls it balanced', () => {
    assert.deepEqual([-1, -0.6, -0.25, 0, 0.24, 0.25, 0.75, 1].map(dilemmaRoomStopOf), [0, 1, 1, 2, 2, 3, 4, 4]);
    fc.assert(fc.property(positionArb, (p) => {
      const stop = dilemmaRoomStopOf(p);
      assert.equal(stop === 2, dilemmaLean(p) === 'balanced');
      assert.ok(Math.abs(DILEMMA_ROOM_STOPS[stop] - p) <= 0.25);
    }));
  });
});

describe('the workshop steps', () => {
  it('opens with the statements, walks the shown dilemmas, ends with the summary', () => {
    assert.deepEqual(dilemmaWorkshopSteps(['inclusion']), [
      'opening', 'selective-universal', 'instrumental-lifeworld', 'child-family', 'conditional-unconditional', 'summary',
    ]);
  });

  it('moves one step at a time and stops at either end', () => {
    const kinds: DilemmaKind[] = ['inclusion'];
    assert.equal(moveDilemmaWorkshopStep('opening', 'next', kinds), 'selective-universal');
    assert.equal(moveDilemmaWorkshopStep('opening', 'previous', kinds), 'opening');
    assert.equal(moveDilemmaWorkshopStep('summary', 'next', kinds), 'summary');
    assert.equal(moveDilemmaWorkshopStep('child-family', 'first', kinds), 'opening');
    assert.equal(moveDilemmaWorkshopStep('child-family', 'last', kinds), 'summary');
    // A step the filter hides (from a link made elsewhere) counts as the opening.
    assert.equal(moveDilemmaWorkshopStep('loyalty', 'next', kinds), 'selective-universal');
  });

  it('reaches the summary from the opening in exactly one step per shown dilemma, plus one', () => {
    fc.assert(fc.property(kindsArb, (kinds) => {
      let step = 'opening';
      let moves = 0;
      while (step !== 'summary' && moves < 100) { step = moveDilemmaWorkshopStep(step, 'next', kinds); moves++; }
      assert.equal(moves, dilemmasOfKinds(kinds).length + 1);
    }));
  });
});

describe('the workshop state', () => {
  const sample: DilemmaWorkshopState = {
    mode: 'workshop', step: 'culture', positions: { culture: -0.5, 'stigma-matthew': 0.75 },
    priorities: ['stigma-matthew'], splits: { culture: [1, 4, 2, 0, 0] },
  };

  it('saves as JSON marked as ours and loads back unchanged', () => {
    const json = dilemmaWorkshopToJson(sample);
    assert.equal(JSON.parse(json).format, DILEMMA_STATE_FORMAT);
    assert.deepEqual(dilemmaWorkshopFromJson(json), { value: sample, issues: [] });
  });

  it('travels as a URL-safe code and comes back unchanged', () => {
    const code = encodeDilemmaWorkshop(sample);
    assert.match(code, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeDilemmaWorkshop(code), { value: sample, issues: [] });
  });

  it('round-trips any valid state through JSON and through a link', () => {
    fc.assert(fc.property(stateArb, (state) => {
      assert.deepEqual(dilemmaWorkshopFromJson(dilemmaWorkshopToJson(state)), { value: state, issues: [] });
      const code = encodeDilemmaWorkshop(state);
      assert.match(code, /^[A-Za-z0-9_-]*$/);
      assert.deepEqual(decodeDilemmaWorkshop(code), { value: state, issues: [] });
    }));
  });

  it('gives the empty state and an issue for a corrupt or truncated link', () => {
    const code = encodeDilemmaWorkshop(sample);
    for (const bad of ['%%%', code.slice(0, 7), 'bm90IGpzb24', '', 42]) {
      const { value, issues } = decodeDilemmaWorkshop(bad);
      assert.deepEqual(value, emptyDilemmaWorkshop());
      assert.deepEqual(issues.map((i) => [i.path, i.problem]), [['link', 'not-json']], String(bad));
    }
  });

  it('refuses a file from another tool rather than half-loading it', () => {
    const { value, issues } = dilemmaWorkshopFromJson(JSON.stringify({ format: 'samen-quality-check', positions: { loyalty: 1 } }));
    assert.deepEqual(value, emptyDilemmaWorkshop());
    assert.deepEqual(issues.map((i) => i.path), ['state.format']);
  });

  it('keeps the good fields of a damaged file and reports the bad ones', () => {
    const { value, issues } = cleanDilemmaWorkshop({
      mode: 'party', step: 'nowhere', positions: { loyalty: 2 }, priorities: ['loyalty', 'x'], splits: { role: [0, 0, 1, 0, 0] }, extra: 1,
    });
    assert.deepEqual(value, { mode: 'reflection', step: 'opening', positions: { loyalty: 1 }, priorities: ['loyalty'], splits: { role: [0, 0, 1, 0, 0] } });
    assert.deepEqual(issues.map((i) => i.path).sort(), [
      'state.extra', 'state.mode', 'state.positions.loyalty', 'state.priorities[1]', 'state.step',
    ]);
  });

  it('never throws on any input, as JSON text, as a link or as a value', () => {
    fc.assert(fc.property(fc.anything(), fc.string(), (value, text) => {
      for (const result of [cleanDilemmaWorkshop(value), dilemmaWorkshopFromJson(text), decodeDilemmaWorkshop(text), decodeDilemmaWorkshop(value)]) {
        assert.ok(['reflection', 'workshop'].includes(result.value.mode));
        assert.ok(Array.isArray(result.value.priorities));
      }
    }));
  });

  it('reads a link whose characters a mail client rewrote to plain base64 or padded', () => {
    const code = encodeDilemmaWorkshop(sample);
    const plain = code.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (code.length % 4)) % 4);
    assert.deepEqual(decodeDilemmaWorkshop(plain).value, sample);
  });
});
