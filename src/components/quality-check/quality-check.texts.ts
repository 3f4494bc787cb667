/**
 * Every text of the quality checker: those a first screen may show
 * (quality-check.first-texts.ts, re-exported), and here those that only a result once
 * answered shows: what each B means, the score bands, the ideas with their credits and
 * caveats. The first screen's code imports first-texts only, so this module is in the
 * later chunk (views/result-answered.ts) and in the quality report, which imports the
 * ideas from here. Their translations: the meanings, bands and caveats in `qc-later`,
 * the ideas in `qc-ideas` (which the report loads as it registers, with `qc`).
 *
 * Family texts are plain language for a parent on a phone: no jargon, and never a word
 * that labels the family (poverty, poor, problem, target group), in any language.
 * @module
 */
import { msg } from '@lit/localize';
import type { QualityAudience, QualityBand, QualityDimension, QualityIdea } from '../../core/quality/index.js';
import { provenanceText } from '../../internal/provenance.js';

export * from './quality-check.first-texts.js';

/** What each B means (VVSG's working definitions), shown to staff with the result. */
export function dimensionMeanings(): Record<QualityDimension, string> {
  return {
    availability: msg('There is an offer and it is easy to obtain: few administrative hurdles, short waiting lists, and effort to uncover needs that families do not voice.', { id: 'qc.meaning.availability' }),
    reachability: msg('The service can be reached: nearby, physically accessible, and open at times that suit families.', { id: 'qc.meaning.reachability' }),
    affordability: msg('The price is no barrier, including the psychological cost of having to ask.', { id: 'qc.meaning.affordability' }),
    usability: msg('The service meets the needs of families, including those of families with specific needs.', { id: 'qc.meaning.usability' }),
    comprehensibility: msg('Information is clear enough for people to judge whether the service is for them, and communication during the service is clear.', { id: 'qc.meaning.comprehensibility' }),
    awareness: msg('Families and partners know that the service exists and what it offers.', { id: 'qc.meaning.awareness' }),
    trust: msg('Families can count on the service: a familiar person, continuity, and no fear of coming.', { id: 'qc.meaning.trust' }),
  };
}

/** A score in words. */
export function bandTexts(): Record<QualityBand, string> {
  return {
    attention: msg('Needs attention', { id: 'qc.band.attention', desc: 'About the service, never about the family' }),
    partly: msg('Partly in place', { id: 'qc.band.partly' }),
    good: msg('Works well', { id: 'qc.band.good' }),
  };
}

/**
 * Each improvement idea (DOMAIN.md section 3), by id. For staff, what the service can
 * do; for families, what a parent can ask for or do, in plain words (A2), never an
 * instruction to the service.
 * @param audience who reads it; staff wording by default.
 */
export function ideaTexts(audience: QualityAudience = 'staff'): Record<string, string> {
  if (audience === 'family') {
    return {
      'home-visits': msg('You can ask if someone can visit you at home.', { id: 'qc.idea.family.home-visits' }),
      'meeting-spaces': msg('Some places let you come in without an appointment. Ask where.', { id: 'qc.idea.family.meeting-spaces' }),
      'newsletters-local-papers': msg('News about help is often in the local paper or a newsletter.', { id: 'qc.idea.family.newsletters-local-papers' }),
      'school-contact': msg('You can ask at your child’s school where to find help.', { id: 'qc.idea.family.school-contact' }),
      'bridge-figure': msg('Some schools and towns have a person who helps families find the right help. Ask for this person.', { id: 'qc.idea.family.bridge-figure', desc: 'A bridge figure (brugfiguur), in plain words for parents.' }),
      'information-point': msg('You can ask about all services in one place, for example at the town hall.', { id: 'qc.idea.family.information-point' }),
      'early-partners': msg('Childcare, the consultation bureau or the school can help you find help early. You can ask them.', { id: 'qc.idea.family.early-partners', desc: 'Consultation bureau: the preventive child health service (nl: consultatiebureau; fr: consultation ONE; de: Kaleido).' }),
      'discount-systems': msg('You can ask for a lower price. Many services have one.', { id: 'qc.idea.family.discount-systems' }),
      passes: msg('Ask about a pass that makes sport, culture and free time cheaper.', { id: 'qc.idea.family.passes', desc: 'For example the UiTPAS in Flanders.' }),
      'local-funds': msg('Some towns help to pay for school trips or materials. Ask about it.', { id: 'qc.idea.family.local-funds' }),
      'named-contact-person': msg('You can ask for one person to talk to every time.', { id: 'qc.idea.family.named-contact-person' }),
      'continuity-transitions': msg('Is your child moving on, for example from childcare to school? Ask both places to talk together with you.', { id: 'qc.idea.family.continuity-transitions' }),
      'inform-rights': msg('You can ask what help and money you have a right to.', { id: 'qc.idea.family.inform-rights' }),
      'mini-rights-check': msg('You can ask for a short check: do you get all the help you have a right to?', { id: 'qc.idea.family.mini-rights-check' }),
      'involve-parents': msg('Tell the service what works for you and what does not.', { id: 'qc.idea.family.involve-parents' }),
      'demand-led-work': msg('Tell the service what you need. Your question comes first.', { id: 'qc.idea.family.demand-led-work' }),
      'involve-stakeholders': msg('You can give your opinion together with other parents. Ask if there is a group for this.', { id: 'qc.idea.family.involve-stakeholders' }),
    };
  }
  return {
    'home-visits': msg('Home visits: meet families where they live, and help them out of isolation. A parent told INCh: “When you are all alone, you are still not completely alone.”', { id: 'qc.idea.home-visits' }),
    'meeting-spaces': msg('Meeting moments and places where families can drop in without an appointment. In “Kinderen eerst”, 52% of the platforms say steps like this lowered the threshold.', { id: 'qc.idea.meeting-spaces' }),
    'newsletters-local-papers': msg('Newsletters and the local paper, in plain language. In “Kinderen eerst”, 54% of the platforms say steps like this made help better known.', { id: 'qc.idea.newsletters-local-papers' }),
    'school-contact': msg('Close and regular contact with head teachers, care teachers and social workers in schools, where almost every family comes.', { id: 'qc.idea.school-contact' }),
    'bridge-figure': msg('A bridge figure who knows both the families and the services and brings them together.', { id: 'qc.idea.bridge-figure' }),
    'information-point': msg('One information point where families can ask about every service.', { id: 'qc.idea.information-point' }),
    'early-partners': msg('Work with the partners who see young children (childcare, the consultation bureau, schools), so that questions are noticed early. In “Kinderen eerst”, 95% of the platforms involve such partners.', { id: 'qc.idea.early-partners' }),
    'discount-systems': msg('A discount system, applied discreetly and, where possible, automatically.', { id: 'qc.idea.discount-systems' }),
    passes: msg('A pass with reduced prices for leisure, sport and culture.', { id: 'qc.idea.passes' }),
    'local-funds': msg('A local fund for costs that block access, such as materials or trips.', { id: 'qc.idea.local-funds' }),
    'named-contact-person': msg('A named contact person for each family.', { id: 'qc.idea.named-contact-person' }),
    'continuity-transitions': msg('Continuity across transitions, such as from childcare to school: hand over together with the family. Parents asked for it: “For your family’s problems you should be able to rely on the services for long enough” (BMLIK vzw, 2004, quoted by INCh).', { id: 'qc.idea.continuity-transitions' }),
    'inform-rights': msg('Tell parents about their rights and the support they can get, without waiting for them to ask. A parent told INCh: “They knew, and they didn’t tell me. I heard it from someone else.”', { id: 'qc.idea.inform-rights' }),
    'mini-rights-check': msg('A short rights check with each family, so that nobody misses support they are entitled to. A parent told INCh what they learned after a fire at home: “Now I know. I have a family insurance and a fire insurance.”', { id: 'qc.idea.mini-rights-check' }),
    'involve-parents': msg('Ask parents what works and what does not, and change things together with them.', { id: 'qc.idea.involve-parents' }),
    'demand-led-work': msg('Start from the questions families bring, not from the existing offer.', { id: 'qc.idea.demand-led-work' }),
    'involve-stakeholders': msg('Involve families and the organisations that speak for them from the start, for example an association of people in poverty in the steering group and in talks with schools. The “Kinderen eerst” study notes that the platforms referred less often to children and parents.', { id: 'qc.idea.involve-stakeholders', desc: 'Staff only. An association of people in poverty: nl armoedevereniging, fr association de lutte contre la pauvreté, de Vereinigung von Menschen in Armut.' }),
  };
}

/** Where an idea comes from, as one credit line: a finding or an example of its source. */
export function ideaCredit(idea: Pick<QualityIdea, 'credit'>): string {
  return provenanceText(idea.credit.provenance, idea.credit.source);
}

/**
 * The drawbacks the seeds name with some ideas, by caveat id, with the upsides INCh names
 * next to the contact person's. For families, worded as something a parent can do.
 * @param audience who reads it; staff wording by default.
 */
export function caveatTexts(audience: QualityAudience = 'staff'): Record<string, string> {
  if (audience === 'family') {
    return {
      'home-visits-need-trust': msg('You choose who comes into your home.', { id: 'qc.caveat.family.home-visits-need-trust' }),
      'named-contact-single-person': msg('A person you know makes it easier to ask your questions. Is this person away? Ask who can help you in the meantime.', { id: 'qc.caveat.family.named-contact-single-person' }),
    };
  }
  return {
    'home-visits-need-trust': msg('Home visits work best when parents trust the person who comes.', { id: 'qc.caveat.home-visits-need-trust' }),
    'named-contact-single-person': msg('A named contact person builds trust, keeps support transparent and continuous, and can catch questions before they grow. But one person carries a heavy load, and families wait with their questions when that person is away: agree who stands in.', { id: 'qc.caveat.named-contact-single-person' }),
  };
}
