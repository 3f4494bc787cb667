/**
 * The content's promises to a researcher: every improvement idea is credited to its own
 * source (not all to INCh), family questions that pair with a staff question point to a
 * real one, and questions that ask for a fact get answer words that fit.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUALITY_IDEAS, QUALITY_QUESTIONS, qualityPairs, qualityQuestion, qualityScale,
} from '../../src/core/quality/index.js';
import { PROVENANCES, SOURCE_IDS } from '../../src/core/provenance.js';

const creditOf = (id: string) => QUALITY_IDEAS.find((i) => i.id === id)!.credit;

describe('content: improvement ideas credit their own source', () => {
  it('every idea has a known provenance and source, and none is the tool\'s own reading', () => {
    for (const idea of QUALITY_IDEAS) {
      assert.ok(PROVENANCES.includes(idea.credit.provenance), idea.id);
      assert.ok(SOURCE_IDS.includes(idea.credit.source), idea.id);
      assert.notEqual(idea.credit.source, 'samen', idea.id);
    }
  });
  it('meeting spaces, newsletters, schools and the bridge figure are examples of "Kinderen eerst"', () => {
    for (const id of ['meeting-spaces', 'newsletters-local-papers', 'school-contact', 'bridge-figure', 'information-point']) {
      assert.deepEqual(creditOf(id), { provenance: 'example', source: 'kinderen-eerst' }, id);
    }
  });
  it('discounts, passes and local funds are examples from the Demos talk', () => {
    for (const id of ['discount-systems', 'passes', 'local-funds']) assert.equal(creditOf(id).source, 'demos-2014', id);
  });
  it('home visits, the contact person and rights are INCh\'s', () => {
    for (const id of ['home-visits', 'named-contact-person', 'inform-rights', 'continuity-transitions']) {
      assert.deepEqual(creditOf(id), { provenance: 'finding', source: 'inch' }, id);
    }
  });
});

describe('content: family questions that pair with staff questions', () => {
  it('rights, language and asking for a lower price each pair with a staff question of the same B', () => {
    const pairs = new Map(qualityPairs());
    assert.equal(pairs.get('family-comprehensibility-told-other-help'), 'staff-comprehensibility-rights');
    assert.equal(pairs.get('family-comprehensibility-own-language'), 'staff-comprehensibility-languages-families-speak');
    assert.equal(pairs.get('family-affordability-ask-lower-price'), 'staff-affordability-discreet-reductions');
    for (const [family, staff] of pairs) {
      const f = qualityQuestion(family)!;
      const s = qualityQuestion(staff);
      assert.ok(s, `${family} pairs with an unknown question ${staff}`);
      assert.equal(f.audience, 'family');
      assert.equal(s!.audience, 'staff');
      assert.equal(s!.dimension, f.dimension);
    }
  });
  it('"early enough" gets timing words and "is there a person" frequency words; staff keep the default', () => {
    assert.equal(qualityScale('family-awareness-heard-about'), 'timing');
    assert.equal(qualityScale('family-trust-same-person'), 'frequency');
    assert.equal(qualityScale('unknown-id'), 'extent');
    for (const q of QUALITY_QUESTIONS.filter((x) => x.audience === 'staff')) assert.equal(qualityScale(q.id), 'extent', q.id);
  });
});

describe('content: the easy-read family questions (reading-level="easy")', async () => {
  const { questionTexts, scaleTexts } = await import('../../src/components/quality-check/quality-check.texts.js');
  const words = (s: string) => s.split(/\s+/).length;
  it('give every family question a shorter text and leave staff questions alone', () => {
    const plain = questionTexts();
    const easy = questionTexts(true);
    assert.deepEqual(Object.keys(easy).sort(), Object.keys(plain).sort());
    for (const q of QUALITY_QUESTIONS) {
      if (q.audience === 'staff') assert.equal(easy[q.id], plain[q.id], q.id);
      else {
        assert.notEqual(easy[q.id], plain[q.id], q.id);
        assert.ok(words(easy[q.id]) <= 8 && !/[,;:]/.test(easy[q.id]), `${q.id}: one very short sentence`);
      }
    }
  });
  it('answer "No" .. "Yes" in easy-read, keeping five steps and the fitting kind of words', () => {
    assert.deepEqual(Object.values(scaleTexts('family-usability-helped', true).values), ['No', 'A little', 'Half', 'Mostly yes', 'Yes']);
    assert.equal(scaleTexts('family-trust-same-person', true).values[2], 'Not often');
    assert.equal(scaleTexts('family-awareness-heard-about', true).values[1], scaleTexts('family-awareness-heard-about').values[1]);
  });
});

describe('content: "Kinderen eerst" good practice 7 and the slider gaps are credited', async () => {
  const { DILEMMAS } = await import('../../src/core/dilemmas/index.js');
  const { SLIDER_GAP_CREDITS, SLIDER_GAP_IDS } = await import('../../src/core/proportionate/index.js');
  const { answerTexts } = await import('../../src/components/dilemma-explorer/dilemma-explorer.texts.js');
  const { ideaTexts } = await import('../../src/components/quality-check/quality-check.texts.js');
  it('involving stakeholders is a quality idea credited to "Kinderen eerst", worded for staff and for families', () => {
    assert.deepEqual(creditOf('involve-stakeholders'), { provenance: 'example', source: 'kinderen-eerst' });
    assert.match(ideaTexts('staff')['involve-stakeholders'], /Kinderen eerst/);
    assert.doesNotMatch(ideaTexts('family')['involve-stakeholders'], /poverty|Kinderen eerst|steering group/i);
  });
  it('involving stakeholders answers the instrumental vs lifeworld dilemma, whose sources name "Kinderen eerst"', () => {
    const d = DILEMMAS.find((x) => x.id === 'instrumental-lifeworld')!;
    assert.ok(d.answers.includes('involve-stakeholders'));
    assert.ok(d.sources.includes('kinderen-eerst'));
    assert.match(answerTexts()['involve-stakeholders'], /^“Kinderen eerst” good practice: involve the stakeholders/);
  });
  it('every good practice the dilemmas quote with a survey figure keeps its figure', () => {
    const answers = answerTexts();
    const figures: Record<string, string[]> = {
      'bring-actors-together': ['91%', '61%'], 'balance-universal-local': ['79%'], 'link-local-policy': ['93%'],
      'know-the-offer': ['77%'], 'open-non-stigmatising': ['52%', '54%'],
    };
    for (const [id, want] of Object.entries(figures)) for (const f of want) assert.ok(answers[id].includes(f), `${id}: ${f}`);
    assert.ok(ideaTexts('staff')['early-partners'].includes('95%'));
  });
  it('each gap\'s advice names its source; only "everything in one place" is the tool\'s own reading', () => {
    assert.deepEqual(Object.keys(SLIDER_GAP_CREDITS).sort(), [...SLIDER_GAP_IDS].sort());
    assert.deepEqual(SLIDER_GAP_CREDITS['no-universal-base'], { provenance: 'finding', source: 'inch' });
    assert.deepEqual(SLIDER_GAP_CREDITS['no-proportionate-middle'], { provenance: 'finding', source: 'kinderen-eerst' });
    assert.deepEqual(SLIDER_GAP_CREDITS['nothing-for-most-needs'], { provenance: 'finding', source: 'inch' });
    assert.deepEqual(SLIDER_GAP_CREDITS['all-in-one-place'], { provenance: 'reading', source: 'samen' });
  });
});
