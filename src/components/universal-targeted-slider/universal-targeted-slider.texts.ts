/**
 * The texts of the universal vs targeted slider that the first screen and its actions
 * need, looked up by the core's ids (what the gaps mean is in
 * universal-targeted-slider.later-texts.ts, with the later chunk). Kept apart from the
 * element so the element stays a thin adapter. Functions, not constants: msg() must run
 * at render time to follow the active locale.
 */
import { msg, str } from '@lit/localize';
import {
  type SliderReachId, type SliderRiskBand, type SliderRiskId, type SliderRiskLevel, type SliderStopId,
} from '../../core/proportionate/index.js';
import { provenanceText } from '../../internal/provenance.js';

/** Each stop's name and what an offer there looks like. */
export function stopTexts(): Record<SliderStopId, { name: string; description: string }> {
  return {
    community: {
      name: msg('Community', { id: 'ut.stop.community', desc: 'A stop on the scale from universal to targeted (UK health visiting model): work in and with the community' }),
      description: msg('Open, collective offers for the whole neighbourhood: meeting places, play, information. No registration and no criteria.', { id: 'ut.stop.community.description' }),
    },
    universal: {
      name: msg('Universal', { id: 'ut.stop.universal', desc: 'A stop on the scale: the same offer for every family' }),
      description: msg('The same offer for every family, in person, such as the preventive consultations for every baby. Nobody has to ask or qualify.', { id: 'ut.stop.universal.description' }),
    },
    'universal-plus': {
      name: msg('Universal plus', { id: 'ut.stop.universal-plus', desc: 'A stop on the scale: the offer for every family plus extra help for families who need more' }),
      description: msg('The offer for every family stays, and families who need more get more, in proportion to their needs: a mix of collective offers and individual support.', { id: 'ut.stop.universal-plus.description' }),
    },
    targeted: {
      name: msg('Targeted', { id: 'ut.stop.targeted', desc: 'A stop on the scale: extra help for families who meet criteria, on top of the offer for all' }),
      description: msg('Extra help for families who meet criteria, such as income or a specific need, on top of the offer for all. The more an offer rests on the criteria alone, the more the risks of targeting grow.', { id: 'ut.stop.targeted.description' }),
    },
    specialist: {
      name: msg('Specialist', { id: 'ut.stop.specialist', desc: 'A stop on the scale: intensive, specialised help' }),
      description: msg('Intensive help, often from several services together, for families with the most complex needs, still on top of the offer for all.', { id: 'ut.stop.specialist.description' }),
    },
  };
}

/** Who a position reaches. */
export function reachTexts(): Record<SliderReachId, string> {
  return {
    'whole-community': msg('Open to the whole neighbourhood, including families that no service knows yet', { id: 'ut.reach.whole-community' }),
    'all-families': msg('Open to every family, without conditions', { id: 'ut.reach.all-families' }),
    early: msg('A chance to notice small questions early, in the families who come', { id: 'ut.reach.early' }),
    'families-with-more-needs': msg('Families who need a little more support', { id: 'ut.reach.families-with-more-needs' }),
    'families-with-most-needs': msg('Families with the most needs, once those needs are known, with help meant for them', { id: 'ut.reach.families-with-most-needs' }),
  };
}

/** Each risk's name and what it means. */
export function riskTexts(): Record<SliderRiskId, { name: string; description: string }> {
  return {
    'poor-reach': {
      name: msg('Poor reach', { id: 'ut.risk.poor-reach' }),
      description: msg('The families who need support most are reached late or not at all: an offer for everyone is not automatically within everyone\'s reach.', { id: 'ut.risk.poor-reach.description' }),
    },
    'matthew-effect': {
      name: msg('Matthew effect', { id: 'ut.risk.matthew-effect', desc: 'Sociological term: those who already have more benefit most. Use the usual term in the language.' }),
      description: msg('Families with middle and higher incomes use the offer most and so benefit most, as Van Lancker (2014) showed for childcare.', { id: 'ut.risk.matthew-effect.description' }),
    },
    stigma: {
      name: msg('Stigma', { id: 'ut.risk.stigma' }),
      description: msg('An offer for some families only marks those who use it; families stay away so as not to be labelled.', { id: 'ut.risk.stigma.description' }),
    },
    'threshold-exclusion': {
      name: msg('Shut out just above the threshold', { id: 'ut.risk.threshold-exclusion' }),
      description: msg('Families just above the criteria get nothing, although their needs differ little from those just below.', { id: 'ut.risk.threshold-exclusion.description' }),
    },
    'eroding-solidarity': {
      name: msg('Eroding solidarity', { id: 'ut.risk.eroding-solidarity' }),
      description: msg('When most families pay for an offer they never use, support for it weakens.', { id: 'ut.risk.eroding-solidarity.description' }),
    },
    'late-detection': {
      name: msg('Late detection', { id: 'ut.risk.late-detection' }),
      description: msg('Targeted help alone finds only the families whose needs are already visible, and often late.', { id: 'ut.risk.late-detection.description' }),
    },
  };
}

/** How strong a risk is. */
export function bandTexts(): Record<SliderRiskBand, string> {
  return {
    low: msg('low risk', { id: 'ut.band.low', desc: 'Strength of a risk, shown after its name: "Stigma: low risk"' }),
    moderate: msg('moderate risk', { id: 'ut.band.moderate', desc: 'Strength of a risk: "Stigma: moderate risk"' }),
    high: msg('high risk', { id: 'ut.band.high', desc: 'Strength of a risk: "Stigma: high risk"' }),
  };
}


/** "Universal plus (50)": how a position is named, on screen and as aria-valuetext. */
export function positionText(stop: string, value: number): string {
  return msg(str`${stop} (${value})`, { id: 'ut.position', desc: 'A stop name with the position 0 (fully universal) to 100 (fully targeted)' });
}

/**
 * Where a risk comes from, as one credit line: a finding of INCh or Van Lancker, or the
 * tool's own reading for the risks the model adds (source `samen`).
 */
export function riskCredit(risk: Pick<SliderRiskLevel, 'source' | 'provenance'>): string {
  const names: Record<string, string> = { 'van-lancker-2014': 'Van Lancker (2014)', 'marmot-2010': 'Marmot (2010)' };
  return provenanceText(risk.provenance, risk.source === 'samen' ? undefined : names[risk.source] ?? risk.source);
}

