/**
 * What the explorer shows for each dilemma comes from the catalogue: its two poles in
 * the domain's order (position -1 is the first), its mediating factors and possible
 * answers, whose quote it shows and which sources it credits. The table below is
 * written out from DOMAIN.md section 2 and the seeds (000-003), independently of the
 * core's table, so a dropped answer, a lost credit or swapped poles is noticed. Every id
 * the catalogue names must also have a text, or the user would see an empty line.
 * Written for surviving mutants of src/core/dilemmas/catalogue.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DILEMMAS, DILEMMA_IDS, DILEMMA_KINDS, DILEMMA_SOURCES, DILEMMA_STATEMENTS, dilemmaById, dilemmasOfKinds,
} from '../../src/core/index.js';
import {
  answerTexts, dilemmaTexts, kindTexts, mediatingTexts, sourceTexts, statementTexts,
} from '../../src/components/dilemma-explorer/dilemma-explorer.texts.js';

/** id: [first pole, second pole], questions, mediating, answers, quote, sources, detailed. */
type Row = [string, string, 2 | 3, string[], string[], string | null, string[], boolean];
const INCH = ['inch'];
const INCH_KE = ['inch', 'kinderen-eerst'];

const EXPECTED: Record<string, Row> = {
  // Seed 002, inter-organisational collaboration.
  loyalty: ['organisation', 'network', 3, ['physical-proximity', 'rich-media'], [], null, INCH, true],
  responsibility: ['clear', 'diffuse', 3, [], ['central-coordination', 'inch-meso-coordinator'], null, INCH, true],
  culture: ['own-culture', 'seamless-service', 3, [], ['third-space-unitary', 'third-space-plural'], null, INCH, true],
  power: ['autonomy', 'dependency', 3, [], ['weigh-knowledge-frames', 'balance'], null, INCH, true],
  // Seed 002, inter-professional collaboration; learning and role are only named.
  identity: ['own-profession', 'hybrid', 3, [], ['hybrid-professional'], null, INCH, true],
  knowledge: ['explicit', 'implicit', 3, [], [], null, INCH, true],
  learning: ['own-organisation', 'network', 2, [], [], null, INCH, false],
  role: ['own-role', 'network-role', 2, [], [], null, INCH, false],
  // Seed 000, inclusion and exclusion; "Kinderen eerst" (003) good practices.
  'selective-universal': ['selective', 'universal', 3, [], ['rights-based', 'proportionate-universalism', 'balance-universal-local'], 'inch', INCH_KE, true],
  'instrumental-lifeworld': ['instrumental', 'lifeworld', 3, [], ['needs-first', 'involve-stakeholders'], 'inch', INCH_KE, true],
  'child-family': ['child', 'family', 3, [], ['interconnected-rights'], 'inch', INCH, true],
  'conditional-unconditional': ['conditional', 'unconditional', 2, [], ['inch-micro-rights'], null, INCH, true],
  // Seeds 000-002, tensions in practice.
  'formal-informal': ['formal', 'informal', 2, [], ['shared-framework'], null, INCH, true],
  'supportive-controlling': ['supportive', 'controlling', 2, [], ['shared-framework'], null, INCH, true],
  'sharing-secrecy': ['sharing', 'secrecy', 3, [], ['client-involvement', 'transparency', 'own-story', 'know-the-offer'], null, INCH_KE, true],
  'monitoring-distance': ['monitoring', 'distance', 2, [], [], 'bmlik', INCH, true],
  'efficiency-inclusion': ['efficiency', 'inclusion', 3, [], ['steering-group', 'working-groups', 'one-to-one', 'bring-actors-together'], null, ['inch', 'provan-kenis', 'kinderen-eerst'], true],
  'stigma-matthew': ['stigma', 'matthew', 3, [], ['proportionate-universalism', 'open-non-stigmatising'], 'inch', INCH_KE, true],
  'double-nobody': ['double-work', 'nobodys-work', 2, [], ['clear-tasks', 'reflection-tool', 'combine-existing'], null, INCH_KE, true],
  'individual-structural': ['individual', 'structural', 2, [], ['signal-upwards', 'inch-macro', 'link-local-policy'], null, INCH_KE, true],
};

describe('dilemmas: what the catalogue shows for each dilemma', () => {
  it('has twenty dilemmas, in the order of the table above', () => {
    assert.deepEqual(DILEMMA_IDS, Object.keys(EXPECTED));
    assert.deepEqual(DILEMMAS.map((x) => x.id), Object.keys(EXPECTED));
  });

  for (const [id, [first, second, questions, mediating, answers, quote, sources, detailed]] of Object.entries(EXPECTED)) {
    it(`${id}: poles, questions, what makes a difference, possible answers, quote and credits`, () => {
      const d = dilemmaById(id);
      assert.ok(d, `${id} is in the catalogue`);
      assert.deepEqual(d.poles, [first, second], 'the poles, first (-1) then second (1)');
      assert.equal(d.questions, questions, 'how many reflection questions');
      assert.deepEqual(d.mediating, mediating, 'what makes a difference');
      assert.deepEqual(d.answers, answers, 'possible answers');
      assert.equal(d.quote, quote, 'whose quote is shown');
      assert.deepEqual(d.sources, sources, 'the sources credited');
      assert.equal(d.detailed, detailed, 'whether the sources explain it or only name it');
    });
  }

  it('an unknown id is no dilemma', () => {
    for (const id of ['', 'Loyalty', 'nope', 'toString', '__proto__']) assert.equal(dilemmaById(id), undefined, JSON.stringify(id));
  });

  it('offers the three discussion statements of seed 002, the four kinds and the four sources, in order', () => {
    assert.deepEqual(DILEMMA_STATEMENTS, ['collaboration-automatic', 'unequal-impact', 'central-direction']);
    assert.deepEqual(DILEMMA_KINDS, ['organisational', 'professional', 'inclusion', 'practice']);
    assert.deepEqual(DILEMMA_SOURCES, ['inch', 'provan-kenis', 'bmlik', 'kinderen-eerst']);
  });

  it('shows the kinds asked for in display order, whatever order they are asked in', () => {
    assert.deepEqual(dilemmasOfKinds(['practice', 'professional']).map((x) => x.id), [
      'identity', 'knowledge', 'learning', 'role', 'formal-informal', 'supportive-controlling', 'sharing-secrecy',
      'monitoring-distance', 'efficiency-inclusion', 'stigma-matthew', 'double-nobody', 'individual-structural',
    ]);
    const all = dilemmasOfKinds([]);
    assert.deepEqual(all.map((x) => x.id), Object.keys(EXPECTED));
    all.pop();
    assert.equal(dilemmasOfKinds([]).length, 20, 'the list handed out is a copy');
  });

  it('cannot be changed by a page script: not the list, a dilemma, its poles, factors, answers or sources', () => {
    const d = dilemmaById('loyalty') as unknown as Record<string, unknown[]>;
    for (const field of ['poles', 'mediating', 'answers', 'sources']) {
      assert.throws(() => { d[field].push('x'); }, TypeError, field);
    }
    assert.throws(() => { (DILEMMA_IDS as string[]).push('x'); }, TypeError, 'the id list');
    assert.equal(DILEMMA_IDS.length, 20);
  });
});

describe('dilemmas: every id the catalogue names has a text', () => {
  it('each dilemma has a name, two poles, its stakes and as many questions as the catalogue says', () => {
    const texts = dilemmaTexts();
    assert.deepEqual(Object.keys(texts), [...DILEMMA_IDS]);
    for (const d of DILEMMAS) {
      const t = texts[d.id];
      assert.ok(t.name && t.text, `${d.id} has a name and an explanation`);
      assert.equal(t.poles.length, 2, d.id);
      assert.equal(t.questions.length, d.questions, `${d.id}: the questions shown are the ones counted`);
      assert.equal(Boolean(t.quote), d.quote !== null, `${d.id}: a quote exactly when one is credited`);
    }
  });

  it('each mediating factor, possible answer, kind, statement and source has a text', () => {
    const mediating = mediatingTexts();
    const answers = answerTexts();
    for (const d of DILEMMAS) {
      for (const m of d.mediating) assert.ok(mediating[m], `${d.id}: factor ${m}`);
      for (const a of d.answers) assert.ok(answers[a], `${d.id}: answer ${a}`);
    }
    const kinds = kindTexts();
    for (const k of DILEMMA_KINDS) assert.ok(kinds[k]?.name, `kind ${k}`);
    const statements = statementTexts();
    for (const s of DILEMMA_STATEMENTS) assert.ok(statements[s], `statement ${s}`);
    const sources = sourceTexts();
    for (const s of DILEMMA_SOURCES) assert.ok(sources[s], `source ${s}`);
  });
});
