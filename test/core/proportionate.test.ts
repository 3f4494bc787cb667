import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  SLIDER_STOPS, SLIDER_STOP_IDS, SLIDER_RISKS, SLIDER_RISK_IDS, SLIDER_RISK_FLOOR, SLIDER_DEFAULT,
  cleanSliderValue, sliderResult, sliderStopAt, sliderRiskLevel, sliderFormValue,
  cleanServices, portfolioGaps, type SliderRiskId, type SliderService,
} from '../../src/core/index.js';

/** The model as the issue and DOMAIN.md describe it, written out apart from the core's data. */
const UNIVERSAL_SIDE: SliderRiskId[] = ['poor-reach', 'matthew-effect'];
const TARGETED_SIDE: SliderRiskId[] = ['stigma', 'threshold-exclusion', 'eroding-solidarity', 'late-detection'];
const STOP_STARTS: Array<[number, string]> = [[0, 'community'], [20, 'universal'], [40, 'universal-plus'], [60, 'targeted'], [80, 'specialist']];

/** A position on the scale. fc.double alone crowds near 0, so spread hundredths evenly too. */
const position = fc.oneof(
  fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
);
const anyNumber = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 100, -1e308, 1e308));
/** Two positions a <= b: anywhere on the scale, or close together so local dips are found too. */
const pair: fc.Arbitrary<[number, number]> = fc.oneof(
  fc.tuple(position, position).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
  fc.tuple(position, fc.double({ min: 0, max: 3, noNaN: true })).map(([a, d]): [number, number] => [a, Math.min(100, a + d)]),
);

/** The level of a risk as a user sees it in the result: absent means below the floor. */
function shown(value: number, id: SliderRiskId): number {
  return sliderResult(value).risks.find((r) => r.id === id)?.level ?? 0;
}

describe('slider: stops', () => {
  it('has the five stops of UK health visiting, universal to targeted', () => {
    assert.deepEqual([...SLIDER_STOP_IDS], STOP_STARTS.map(([, id]) => id));
    assert.deepEqual(SLIDER_STOPS.map((s) => s.id), [...SLIDER_STOP_IDS]);
  });
  for (const [start, id] of STOP_STARTS) {
    it(`${id} starts at ${start}`, () => {
      assert.equal(sliderResult(start).stop, id);
      if (start > 0) assert.notEqual(sliderResult(start - 0.001).stop, id, 'the stop before still holds the value just below');
    });
  }
  it('100 is specialist, and every stop holds its own center', () => {
    assert.equal(sliderResult(100).stop, 'specialist');
    for (const s of SLIDER_STOPS) assert.equal(sliderStopAt(s.center).id, s.id);
  });
  it('stops follow each other along the scale: each position is in exactly one stop, in order', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      assert.ok(SLIDER_STOP_IDS.indexOf(sliderResult(a).stop) <= SLIDER_STOP_IDS.indexOf(sliderResult(b).stop));
    }));
  });
});

describe('slider: what a position reaches', () => {
  it('an offer for all reaches every family; targeted and specialist help do not', () => {
    assert.ok(sliderResult(0).reaches.includes('all-families'));
    assert.ok(sliderResult(30).reaches.includes('all-families'));
    assert.ok(sliderResult(50).reaches.includes('all-families'));
    assert.ok(!sliderResult(70).reaches.includes('all-families'));
    assert.ok(!sliderResult(100).reaches.includes('all-families'));
  });
  it('only the community stop reaches the whole community, and the universal base finds needs early', () => {
    assert.deepEqual(SLIDER_STOP_IDS.filter((s) => sliderResult(SLIDER_STOPS.find((x) => x.id === s)!.center).reaches.includes('whole-community')), ['community']);
    assert.deepEqual(SLIDER_STOP_IDS.filter((s) => sliderResult(SLIDER_STOPS.find((x) => x.id === s)!.center).reaches.includes('early')), ['universal', 'universal-plus']);
  });
  it('proportionate universalism reaches all families and those with the most needs at once', () => {
    const r = sliderResult(50);
    assert.deepEqual(r.reaches, ['all-families', 'early', 'families-with-more-needs', 'families-with-most-needs']);
  });
  it('help for the families with the most needs starts at universal plus and runs to the targeted end', () => {
    fc.assert(fc.property(position, (v) => {
      assert.equal(sliderResult(v).reaches.includes('families-with-most-needs'), v >= 40);
      assert.equal(sliderResult(v).reaches.includes('all-families'), v < 60);
    }));
  });
});

describe('slider: what a position risks', () => {
  it('fully universal: poor reach of the families with the most needs first, then the Matthew effect, and no stigma', () => {
    const r = sliderResult(0);
    assert.deepEqual(r.risks.map((x) => x.id), ['poor-reach', 'matthew-effect']);
    assert.equal(r.risks[0].band, 'high');
    assert.equal(r.towardProportionate, 'targeted');
  });
  it('fully targeted: stigma and threshold exclusion lead; no Matthew effect or poor reach', () => {
    const ids = sliderResult(100).risks.map((x) => x.id);
    assert.deepEqual(ids.slice(0, 2).sort(), ['stigma', 'threshold-exclusion']);
    assert.deepEqual([...ids].sort(), [...TARGETED_SIDE].sort());
    assert.equal(sliderResult(100).towardProportionate, 'universal');
  });
  it('the middle is proportionate universalism: every risk low, but not none, on both sides', () => {
    const r = sliderResult(50);
    assert.equal(r.proportionate, true);
    assert.equal(r.proportionality, 1);
    assert.equal(r.towardProportionate, null);
    assert.ok(r.risks.every((x) => x.band === 'low'));
    assert.ok(r.risks.some((x) => x.side === 'universal') && r.risks.some((x) => x.side === 'targeted'));
  });
  it('only universal plus counts as proportionate, and proportionality falls away from 50', () => {
    assert.equal(sliderResult(39.9).proportionate, false);
    assert.equal(sliderResult(40).proportionate, true);
    assert.equal(sliderResult(59.9).proportionate, true);
    assert.equal(sliderResult(60).proportionate, false);
    assert.equal(sliderResult(0).proportionality, 0);
    assert.equal(sliderResult(100).proportionality, 0);
    assert.equal(sliderResult(25).proportionality, 0.5);
  });
  it('each risk sits on the side the issue names, and every risk has a curve from 0 to 100 within 0..1', () => {
    assert.deepEqual(SLIDER_RISKS.filter((r) => r.side === 'universal').map((r) => r.id), UNIVERSAL_SIDE);
    assert.deepEqual(SLIDER_RISKS.filter((r) => r.side === 'targeted').map((r) => r.id), TARGETED_SIDE);
    for (const r of SLIDER_RISKS) {
      assert.equal(r.curve[0][0], 0);
      assert.equal(r.curve[r.curve.length - 1][0], 100);
      assert.ok(r.curve.every(([, y]) => y >= 0 && y <= 1));
    }
  });
  it('the Matthew effect is credited to Van Lancker', () => {
    assert.equal(sliderResult(0).risks.find((r) => r.id === 'matthew-effect')!.source, 'van-lancker-2014');
  });
  it('risks no source names are credited to the tool as its own reading, the others as findings', () => {
    const reading = SLIDER_RISKS.filter((r) => r.provenance === 'reading').map((r) => r.id);
    assert.deepEqual(reading, ['threshold-exclusion', 'eroding-solidarity', 'late-detection']);
    for (const r of SLIDER_RISKS) assert.equal(r.source === 'samen', r.provenance === 'reading', r.id);
    // The result carries the credit, so a host showing the risks can show it too.
    const late = sliderResult(100).risks.find((r) => r.id === 'late-detection')!;
    assert.deepEqual([late.source, late.provenance], ['samen', 'reading']);
  });
});

describe('slider: properties of the risks', () => {
  it('universal-side risks never decrease as the position moves toward universal (0)', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      for (const id of UNIVERSAL_SIDE) {
        assert.ok(sliderRiskLevel(id, a) >= sliderRiskLevel(id, b), `${id}: ${a} -> ${b}`);
        assert.ok(shown(a, id) >= shown(b, id), `${id} as shown: ${a} -> ${b}`);
      }
    }), { numRuns: 500 });
  });
  it('targeted-side risks never decrease as the position moves toward targeted (100)', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      for (const id of TARGETED_SIDE) {
        assert.ok(sliderRiskLevel(id, b) >= sliderRiskLevel(id, a), `${id}: ${a} -> ${b}`);
        assert.ok(shown(b, id) >= shown(a, id), `${id} as shown: ${a} -> ${b}`);
      }
    }), { numRuns: 500 });
  });
  it('the curves are checked at their joints too, where rounding could make them dip', () => {
    const joints = [...new Set(SLIDER_RISKS.flatMap((r) => r.curve.flatMap(([x]) => [x - 1e-9, x, x + 1e-9])))].sort((a, b) => a - b);
    for (const id of SLIDER_RISK_IDS) {
      const side = SLIDER_RISKS.find((r) => r.id === id)!.side;
      for (let i = 1; i < joints.length; i++) {
        const [lo, hi] = [sliderRiskLevel(id, joints[i - 1]), sliderRiskLevel(id, joints[i])];
        assert.ok(side === 'universal' ? lo >= hi : hi >= lo, `${id} at ${joints[i]}`);
      }
    }
  });
  it('a sweep in hundredths from 0 to 100 finds no step against the direction of any risk', () => {
    let before = sliderResult(0);
    for (let n = 1; n <= 10000; n++) {
      const now = sliderResult(n / 100);
      for (const id of UNIVERSAL_SIDE) assert.ok(sliderRiskLevel(id, (n - 1) / 100) >= sliderRiskLevel(id, n / 100), `${id} at ${n / 100}`);
      for (const id of TARGETED_SIDE) assert.ok(sliderRiskLevel(id, n / 100) >= sliderRiskLevel(id, (n - 1) / 100), `${id} at ${n / 100}`);
      assert.ok(n / 100 <= 50 ? now.totalRisk <= before.totalRisk : now.totalRisk >= before.totalRisk, `total at ${n / 100}`);
      before = now;
    }
  });
  it('the middle (50) never risks more than either end, in total and risk by risk', () => {
    const [start, middle, end] = [sliderResult(0), sliderResult(50), sliderResult(100)];
    assert.ok(middle.totalRisk <= start.totalRisk && middle.totalRisk <= end.totalRisk);
    for (const id of SLIDER_RISK_IDS) {
      const own = UNIVERSAL_SIDE.includes(id) ? 0 : 100;
      assert.ok(sliderRiskLevel(id, 50) <= sliderRiskLevel(id, own), `${id} at 50 vs its own end`);
      assert.ok(shown(50, id) <= Math.max(shown(0, id), shown(100, id)), `${id} as shown`);
    }
  });
  it('total risk is lowest at 50 and rises on the way out to either end', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      const [ta, tb] = [sliderResult(a).totalRisk, sliderResult(b).totalRisk];
      assert.ok(ta >= sliderResult(50).totalRisk);
      if (b <= 50) assert.ok(ta >= tb, `toward the middle from ${a} to ${b}`);
      if (a >= 50) assert.ok(tb >= ta, `away from the middle from ${a} to ${b}`);
    }), { numRuns: 500 });
  });
  it('is total over any number: a clean result, risks above the floor, strongest first', () => {
    fc.assert(fc.property(anyNumber, (v) => {
      const r = sliderResult(v);
      assert.ok(Number.isFinite(r.value) && r.value >= 0 && r.value <= 100);
      assert.ok(SLIDER_STOP_IDS.includes(r.stop));
      assert.ok(r.risks.every((x) => x.level >= SLIDER_RISK_FLOOR && x.level <= 1));
      for (let i = 1; i < r.risks.length; i++) assert.ok(r.risks[i - 1].level >= r.risks[i].level);
      assert.ok(r.proportionality >= 0 && r.proportionality <= 1);
    }));
  });
  it('cleans odd numbers before reading them: NaN is the middle, negatives and -Infinity universal, big numbers targeted', () => {
    assert.deepEqual(sliderResult(NaN), sliderResult(50));
    assert.deepEqual(sliderResult(-12), sliderResult(0));
    assert.deepEqual(sliderResult(-Infinity), sliderResult(0));
    assert.deepEqual(sliderResult(Infinity), sliderResult(100));
    assert.deepEqual(sliderResult(1e9), sliderResult(100));
    assert.deepEqual(sliderResult('30' as unknown as number), sliderResult(30));
  });
});

describe('slider: cleaning the value', () => {
  const cases: Array<[unknown, number, string | null]> = [
    [42, 42, null],
    ['42', 42, null],
    [' 12.5 ', 12.5, null],
    ['150', 100, 'out-of-range'],
    [-5, 0, 'out-of-range'],
    [Infinity, 100, 'out-of-range'],
    [NaN, 50, 'invalid-value'],
    ['abc', 50, 'invalid-value'],
    ['0x10', 50, 'invalid-value'],
    ['12px', 50, 'invalid-value'],
    [true, 50, 'invalid-value'],
    [{}, 50, 'invalid-value'],
    [[30], 50, 'invalid-value'],
    [undefined, 50, null],
    [null, 50, null],
    ['', 50, null],
  ];
  for (const [input, value, problem] of cases) {
    it(`${typeof input === 'string' ? JSON.stringify(input) : String(input)} -> ${value}${problem ? ` with ${problem}` : ''}`, () => {
      const r = cleanSliderValue(input);
      assert.equal(r.value, value);
      assert.deepEqual(r.issues.map((i) => i.problem), problem ? [problem] : []);
      if (problem) assert.equal(r.issues[0].path, 'value');
    });
  }
  it('never throws and always gives a position on the scale', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), anyNumber, fc.string()), (input) => {
      const r = cleanSliderValue(input);
      assert.ok(Number.isFinite(r.value) && r.value >= 0 && r.value <= 100);
      assert.ok(!Object.is(r.value, -0));
    }));
  });
  it('a value already on the scale comes back unchanged and without issue', () => {
    fc.assert(fc.property(position, (v) => {
      assert.deepEqual(cleanSliderValue(v), { value: v + 0, issues: [] });
    }));
  });
});

describe('slider: form value', () => {
  it('is the value as a string, cleaned first', () => {
    assert.equal(sliderFormValue(50), '50');
    assert.equal(sliderFormValue(12.5), '12.5');
    assert.equal(sliderFormValue(NaN), String(SLIDER_DEFAULT));
    assert.equal(sliderFormValue(130), '100');
    assert.equal(sliderFormValue(-0), '0');
  });
  it('what a form submits reads back as the same position', () => {
    fc.assert(fc.property(anyNumber, (v) => {
      const back = cleanSliderValue(sliderFormValue(v));
      assert.equal(back.value, cleanSliderValue(v).value);
      assert.deepEqual(back.issues, []);
    }));
  });
});

describe('slider: cleaning the portfolio', () => {
  it('keeps good services, trims names, clamps values, and reports each thing it dropped or changed', () => {
    const { value, issues } = cleanServices([
      { name: '  Consultatiebureau ', value: 25 },
      { name: 'Opvoedingsondersteuning', value: '55' },
      { name: 'Brugfiguur', value: 140 },
      { name: '', value: 10 },
      { value: 10 },
      { name: 'Zonder plaats' },
      { name: 'Onleesbaar', value: 'veel' },
      'Speelpleinwerking',
      null,
      { name: 'consultatiebureau', value: 80 },
      { name: 'Inloopteam', value: 15, url: 'https://example.org' },
    ]);
    assert.deepEqual(value, [
      { name: 'Consultatiebureau', value: 25 },
      { name: 'Opvoedingsondersteuning', value: 55 },
      { name: 'Brugfiguur', value: 100 },
      { name: 'Inloopteam', value: 15 },
    ]);
    assert.deepEqual(issues.map((i) => `${i.path}:${i.problem}`), [
      'services[2].value:out-of-range',
      'services[3].name:invalid-value',
      'services[4].name:invalid-value',
      'services[5].value:invalid-value',
      'services[6].value:invalid-value',
      'services[7]:not-an-object',
      'services[8]:not-an-object',
      'services[9].name:duplicate',
    ]);
  });
  it('nothing given is an empty portfolio; a non-list is reported', () => {
    assert.deepEqual(cleanServices(undefined), { value: [], issues: [] });
    assert.deepEqual(cleanServices(null), { value: [], issues: [] });
    assert.deepEqual(cleanServices({ name: 'x', value: 3 }).issues.map((i) => i.problem), ['invalid-value']);
    assert.deepEqual(cleanServices('[]').value, []);
  });
  it('never throws, whatever parsed JSON it gets, and keeps only clean services', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.array(fc.record({ name: fc.oneof(fc.string(), fc.anything()), value: fc.oneof(anyNumber, fc.string(), fc.anything()) }, { requiredKeys: [] }))), (input) => {
      const { value } = cleanServices(input);
      for (const s of value) {
        assert.equal(typeof s.name, 'string');
        assert.ok(s.name.length > 0 && s.name === s.name.trim());
        assert.ok(Number.isFinite(s.value) && s.value >= 0 && s.value <= 100);
      }
      portfolioGaps(value);
    }));
  });
});

describe('slider: portfolio gaps', () => {
  const s = (name: string, value: number): SliderService => ({ name, value });
  const gapIds = (services: SliderService[]) => portfolioGaps(services).gaps.map((g) => g.id);

  it('a balanced portfolio has no gaps and lists every stop in scale order', () => {
    const p = portfolioGaps([s('Huisbezoek', 85), s('Speelpleinwerking', 5), s('Consultatiebureau', 30), s('Opvoedingswinkel', 50), s('Brugfiguur', 70)]);
    assert.deepEqual(p.gaps, []);
    assert.deepEqual(p.byStop.map((g) => g.stop), [...SLIDER_STOP_IDS]);
    assert.deepEqual(p.byStop.map((g) => g.services.map((x) => x.name)), [['Speelpleinwerking'], ['Consultatiebureau'], ['Opvoedingswinkel'], ['Brugfiguur'], ['Huisbezoek']]);
  });
  it('only targeted help: no universal base, and no proportionate middle', () => {
    const p = portfolioGaps([s('Brugfiguur', 65), s('Trajectbegeleiding', 90)]);
    assert.deepEqual(p.gaps.map((g) => g.id), ['no-universal-base', 'no-proportionate-middle']);
    assert.deepEqual(p.gaps[0].stops, ['community', 'universal']);
  });
  it('only open offers: nothing for the families with the most needs', () => {
    assert.deepEqual(gapIds([s('Speelpleinwerking', 5), s('Consultatiebureau', 30), s('Opvoedingswinkel', 45)]), ['nothing-for-most-needs']);
  });
  it('everything in one stop is called out with that stop, from two services on', () => {
    const p = portfolioGaps([s('A', 41), s('B', 59)]);
    assert.deepEqual(p.gaps.map((g) => g.id), ['no-universal-base', 'nothing-for-most-needs', 'all-in-one-place']);
    assert.deepEqual(p.gaps.find((g) => g.id === 'all-in-one-place')!.stops, ['universal-plus']);
    assert.ok(!gapIds([s('A', 41)]).includes('all-in-one-place'));
  });
  it('an empty portfolio has nothing to read yet', () => {
    const p = portfolioGaps([]);
    assert.deepEqual(p.gaps, []);
    assert.equal(p.byStop.length, 5);
  });
  it('within a stop, services run from most universal to most targeted', () => {
    const p = portfolioGaps([s('B', 35), s('A', 21), s('C', 35)]);
    assert.deepEqual(p.byStop[1].services.map((x) => x.name), ['A', 'B', 'C']);
  });
  it('every service lands in exactly one stop, the one the slider names for its value', () => {
    fc.assert(fc.property(fc.array(fc.record({ name: fc.string({ minLength: 1 }), value: position })), (services) => {
      const p = portfolioGaps(services);
      assert.equal(p.byStop.reduce((n, g) => n + g.services.length, 0), services.length);
      for (const g of p.byStop) for (const x of g.services) assert.equal(sliderResult(x.value).stop, g.stop);
      const used = new Set(services.map((x) => sliderResult(x.value).stop));
      const ids = p.gaps.map((g) => g.id);
      if (services.length > 0) {
        assert.equal(ids.includes('no-universal-base'), !used.has('community') && !used.has('universal'));
        assert.equal(ids.includes('nothing-for-most-needs'), !used.has('targeted') && !used.has('specialist'));
        assert.equal(ids.includes('all-in-one-place'), services.length >= 2 && used.size === 1);
      } else assert.deepEqual(ids, []);
    }));
  });
});
