/**
 * Every text of the quality checker, looked up by the core's ids. Functions, not
 * constants: msg() must run at render time to follow the active locale.
 *
 * Family texts are plain language for a parent on a phone: no jargon, and never a word
 * that labels the family (poverty, poor, problem, target group), in any language.
 */
import { msg, str } from '@lit/localize';
import { qualityScale, type QualityAudience, type QualityBand, type QualityDimension, type QualityIdea } from '../../core/quality/index.js';
import { provenanceText } from '../../internal/provenance.js';

/** The name of each B: plain words for families, the B's own names for staff. */
export function dimensionNames(audience: QualityAudience): Record<QualityDimension, string> {
  if (audience === 'family') {
    return {
      availability: msg('Getting help', { id: 'qc.dim.availability.family', desc: 'Plain name for availability (beschikbaarheid), for parents' }),
      reachability: msg('Getting there', { id: 'qc.dim.reachability.family', desc: 'Plain name for reachability (bereikbaarheid), for parents' }),
      affordability: msg('Cost', { id: 'qc.dim.affordability.family', desc: 'Plain name for affordability (betaalbaarheid), for parents' }),
      usability: msg('Fits your family', { id: 'qc.dim.usability.family', desc: 'Plain name for usability (bruikbaarheid), for parents' }),
      comprehensibility: msg('Clear information', { id: 'qc.dim.comprehensibility.family', desc: 'Plain name for comprehensibility (begrijpbaarheid), for parents' }),
      awareness: msg('Knowing about it', { id: 'qc.dim.awareness.family', desc: 'Plain name for being known (bekendheid), for parents' }),
      trust: msg('Someone to count on', { id: 'qc.dim.trust.family', desc: 'Plain name for trustworthiness (betrouwbaarheid), for parents' }),
    };
  }
  return {
    availability: msg('Availability', { id: 'qc.dim.availability', desc: 'Roose & De Bie: beschikbaarheid' }),
    reachability: msg('Reachability', { id: 'qc.dim.reachability', desc: 'Roose & De Bie: bereikbaarheid (physical, spatial, in time)' }),
    affordability: msg('Affordability', { id: 'qc.dim.affordability', desc: 'Roose & De Bie: betaalbaarheid' }),
    usability: msg('Usability', { id: 'qc.dim.usability', desc: 'Roose & De Bie: bruikbaarheid' }),
    comprehensibility: msg('Comprehensibility', { id: 'qc.dim.comprehensibility', desc: 'Roose & De Bie: begrijpbaarheid' }),
    awareness: msg('Being known', { id: 'qc.dim.awareness', desc: 'Flemish practice: bekendheid' }),
    trust: msg('Trustworthiness', { id: 'qc.dim.trust', desc: 'Flemish practice: betrouwbaarheid' }),
  };
}

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

/**
 * The easy-read family questions (`reading-level="easy"`): one very short sentence each,
 * the most familiar words, following the rules of Wablieft / Klare Taal (nl), FALC (fr)
 * and Leichte Sprache (de). Not yet tested with readers.
 */
function easyQuestionTexts(): Record<string, string> {
  return {
    'family-availability-quick-help': msg('Do you get help fast?', { id: 'qc.easy.family-availability-quick-help', desc: 'Easy-read: one very short sentence, the most familiar words.' }),
    'family-availability-easy-to-arrange': msg('Was it easy to start?', { id: 'qc.easy.family-availability-easy-to-arrange' }),
    'family-reachability-easy-to-get-there': msg('Is it easy to get there?', { id: 'qc.easy.family-reachability-easy-to-get-there' }),
    'family-reachability-suitable-times': msg('Is it open at good times for you?', { id: 'qc.easy.family-reachability-suitable-times' }),
    'family-affordability-could-pay': msg('Can you pay the price?', { id: 'qc.easy.family-affordability-could-pay' }),
    'family-affordability-no-extra-costs': msg('Did you know the full price?', { id: 'qc.easy.family-affordability-no-extra-costs' }),
    'family-affordability-ask-lower-price': msg('Could you ask for a lower price?', { id: 'qc.easy.family-affordability-ask-lower-price' }),
    'family-usability-helped': msg('Did it help you?', { id: 'qc.easy.family-usability-helped' }),
    'family-usability-fits-family': msg('Does it fit your family?', { id: 'qc.easy.family-usability-fits-family' }),
    'family-comprehensibility-clear-information': msg('Did you know it was for you?', { id: 'qc.easy.family-comprehensibility-clear-information' }),
    'family-comprehensibility-explained-during': msg('Did they explain things well?', { id: 'qc.easy.family-comprehensibility-explained-during' }),
    'family-comprehensibility-own-language': msg('Did you get the information in your language?', { id: 'qc.easy.family-comprehensibility-own-language' }),
    'family-comprehensibility-told-other-help': msg('Do they tell you about other help?', { id: 'qc.easy.family-comprehensibility-told-other-help' }),
    'family-awareness-heard-about': msg('Did you hear about it in time?', { id: 'qc.easy.family-awareness-heard-about' }),
    'family-awareness-easy-to-find': msg('Was it easy to find?', { id: 'qc.easy.family-awareness-easy-to-find' }),
    'family-trust-felt-welcome': msg('Do you feel welcome?', { id: 'qc.easy.family-trust-felt-welcome' }),
    'family-trust-same-person': msg('Is there one person you know?', { id: 'qc.easy.family-trust-same-person' }),
  };
}

/**
 * The text of every question in the bank, by id.
 * @param easy the easy-read set for the family questions (staff questions stay as they are).
 */
export function questionTexts(easy = false): Record<string, string> {
  if (easy) return { ...questionTexts(), ...easyQuestionTexts() };
  return {
    'family-availability-quick-help': msg('Do you get help quickly when you need it?', { id: 'qc.q.family-availability-quick-help' }),
    'family-availability-easy-to-arrange': msg('Was it easy to arrange, without a lot of forms and papers?', { id: 'qc.q.family-availability-easy-to-arrange' }),
    'family-reachability-easy-to-get-there': msg('Is it easy to get there, for example on foot or by bus?', { id: 'qc.q.family-reachability-easy-to-get-there' }),
    'family-reachability-suitable-times': msg('Is it open at times that suit you?', { id: 'qc.q.family-reachability-suitable-times' }),
    'family-affordability-could-pay': msg('Is the price manageable for your family?', { id: 'qc.q.family-affordability-could-pay' }),
    'family-affordability-no-extra-costs': msg('Did you know the full price before you started? Think of materials or trips too.', { id: 'qc.q.family-affordability-no-extra-costs' }),
    'family-affordability-ask-lower-price': msg('Could you ask for a lower price without feeling uncomfortable?', { id: 'qc.q.family-affordability-ask-lower-price' }),
    'family-usability-helped': msg('Did it help with what you needed?', { id: 'qc.q.family-usability-helped' }),
    'family-usability-fits-family': msg('Did they think about what your family needs?', { id: 'qc.q.family-usability-fits-family' }),
    'family-comprehensibility-clear-information': msg('Before you started, did you know if it was for you?', { id: 'qc.q.family-comprehensibility-clear-information' }),
    'family-comprehensibility-explained-during': msg('Did they explain clearly what was happening and why?', { id: 'qc.q.family-comprehensibility-explained-during' }),
    'family-comprehensibility-own-language': msg('Did you get the information in a language you understand well?', { id: 'qc.q.family-comprehensibility-own-language' }),
    'family-comprehensibility-told-other-help': msg('Do they tell you about other help you can get?', { id: 'qc.q.family-comprehensibility-told-other-help', desc: 'Other help: support or money the family has a right to. Plain words for parents.' }),
    'family-awareness-heard-about': msg('Did you hear about it early enough?', { id: 'qc.q.family-awareness-heard-about' }),
    'family-awareness-easy-to-find': msg('Was it easy to find out where to go and whom to ask?', { id: 'qc.q.family-awareness-easy-to-find' }),
    'family-trust-felt-welcome': msg('Do you feel welcome and taken seriously?', { id: 'qc.q.family-trust-felt-welcome' }),
    'family-trust-same-person': msg('Is there a person you know and can count on?', { id: 'qc.q.family-trust-same-person' }),

    'staff-availability-waiting-list': msg('Can families start without a long wait (no waiting list, or a short one)?', { id: 'qc.q.staff-availability-waiting-list' }),
    'staff-availability-paperwork': msg('Can families get in without administrative hurdles (forms, documents, conditions to prove)?', { id: 'qc.q.staff-availability-paperwork' }),
    'staff-availability-unspoken-needs': msg('Do we actively look for needs that families do not voice themselves?', { id: 'qc.q.staff-availability-unspoken-needs' }),
    'staff-reachability-opening-hours': msg('Do our opening hours suit working parents and school times, with evenings or Saturdays where needed?', { id: 'qc.q.staff-reachability-opening-hours' }),
    'staff-reachability-distance-transport': msg('Can families reach us easily on foot, by bike or by public transport?', { id: 'qc.q.staff-reachability-distance-transport' }),
    'staff-reachability-outreach': msg('Do we also go to families: home visits, at the school gate, in places they already go?', { id: 'qc.q.staff-reachability-outreach' }),
    'staff-affordability-price': msg('Is our price affordable for every family?', { id: 'qc.q.staff-affordability-price' }),
    'staff-affordability-hidden-costs': msg('Are all costs, including materials, trips and transport, known in advance and affordable?', { id: 'qc.q.staff-affordability-hidden-costs' }),
    'staff-affordability-discreet-reductions': msg('Can families get a reduction discreetly, without having to explain themselves in front of others?', { id: 'qc.q.staff-affordability-discreet-reductions' }),
    'staff-usability-fits-needs': msg('Does our offer answer the questions that families actually bring?', { id: 'qc.q.staff-usability-fits-needs' }),
    'staff-usability-specific-families': msg('Does it work for families with specific needs (a disability, a new language, one parent, irregular work)?', { id: 'qc.q.staff-usability-specific-families' }),
    'staff-usability-who-we-miss': msg('Do we know which families we do not reach, and why?', { id: 'qc.q.staff-usability-who-we-miss' }),
    'staff-comprehensibility-plain-language': msg('Is our written information in plain language, at an easy reading level?', { id: 'qc.q.staff-comprehensibility-plain-language' }),
    'staff-comprehensibility-languages-families-speak': msg('Do we offer information in the languages families speak, or with pictures or an interpreter?', { id: 'qc.q.staff-comprehensibility-languages-families-speak' }),
    'staff-comprehensibility-explained-during': msg('During the service, do we explain what happens, what comes next and why?', { id: 'qc.q.staff-comprehensibility-explained-during' }),
    'staff-comprehensibility-rights': msg('Do we tell families which rights and support they are entitled to, even when they do not ask?', { id: 'qc.q.staff-comprehensibility-rights' }),
    'staff-awareness-known-by-families': msg('Do the families who could use our service know that it exists?', { id: 'qc.q.staff-awareness-known-by-families' }),
    'staff-awareness-known-by-partners': msg('Do partners (schools, childcare, GPs, associations) know us well enough to refer families?', { id: 'qc.q.staff-awareness-known-by-partners' }),
    'staff-trust-named-contact': msg('Does each family have one named contact person they can reach?', { id: 'qc.q.staff-trust-named-contact' }),
    'staff-trust-transitions': msg('Do we support families through transitions, such as from childcare to school, together with the next service?', { id: 'qc.q.staff-trust-transitions' }),
    'staff-trust-no-fear': msg('Can families come to us without fear of consequences, such as measures taken without them?', { id: 'qc.q.staff-trust-no-fear' }),
  };
}

/**
 * The answer words 1..5, lowest first, and the skip option, fitting the question: "Not
 * at all" .. "Completely" by default, "Never" .. "Always" for how often, "Much too
 * late" .. "Early" for how early (see `qualityScale` in the core).
 * @param id the question; without it, the default words.
 * @param easy the easy-read words: "No" .. "Yes", "Never" .. "Always" in the most familiar words.
 */
export function scaleTexts(id?: string, easy = false): { values: Record<number, string>; skip: string } {
  const kind = id === undefined ? 'extent' : qualityScale(id);
  const values: Record<number, string> = easy && kind === 'extent'
    ? {
      1: msg('No', { id: 'qc.scale.easy.1', desc: 'Easy-read answer word, lowest of five.' }),
      2: msg('A little', { id: 'qc.scale.easy.2' }),
      3: msg('Half', { id: 'qc.scale.easy.3' }),
      4: msg('Mostly yes', { id: 'qc.scale.easy.4' }),
      5: msg('Yes', { id: 'qc.scale.easy.5' }),
    }
    : easy && kind === 'frequency'
      ? {
        1: msg('Never', { id: 'qc.scale.frequency.1' }),
        2: msg('Not often', { id: 'qc.scale.easy.frequency.2', desc: 'Easy-read for "Rarely".' }),
        3: msg('Sometimes', { id: 'qc.scale.frequency.3' }),
        4: msg('Often', { id: 'qc.scale.frequency.4' }),
        5: msg('Always', { id: 'qc.scale.frequency.5' }),
      }
      : kind === 'frequency'
    ? {
      1: msg('Never', { id: 'qc.scale.frequency.1' }),
      2: msg('Rarely', { id: 'qc.scale.frequency.2' }),
      3: msg('Sometimes', { id: 'qc.scale.frequency.3' }),
      4: msg('Often', { id: 'qc.scale.frequency.4' }),
      5: msg('Always', { id: 'qc.scale.frequency.5' }),
    }
    : kind === 'timing'
      ? {
        1: msg('Much too late', { id: 'qc.scale.timing.1' }),
        2: msg('A bit late', { id: 'qc.scale.timing.2' }),
        3: msg('Just in time', { id: 'qc.scale.timing.3' }),
        4: msg('In time', { id: 'qc.scale.timing.4' }),
        5: msg('Early', { id: 'qc.scale.timing.5' }),
      }
      : {
        1: msg('Not at all', { id: 'qc.scale.1' }),
        2: msg('A little', { id: 'qc.scale.2' }),
        3: msg('Partly', { id: 'qc.scale.3' }),
        4: msg('Mostly', { id: 'qc.scale.4' }),
        5: msg('Completely', { id: 'qc.scale.5' }),
      };
  return { values, skip: msg('Skip', { id: 'qc.skip', desc: 'Answer option: leave this question out. Not counted in the score.' }) };
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

/** "3 of 10 answered". */
export function progressText(answered: number, total: number): string {
  return msg(str`${answered} of ${total} answered`, { id: 'qc.progress' });
}

/** Joins names as "A and B" / "A, B and C": the one shared helper (src/internal/list.ts). */
export { joinAnd } from '../../internal/list.js';

// ---- engineer "qc": where answers go, start again, storage, files (issues 9 and 11) ----

/** Texts of the questionnaire's end, "start again", the device storage and refused files. */
export function flowTexts() {
  return {
    titleFamily: (service: string) => msg(str`How easy is ${service} for you?`, { id: 'qc.title.family.service', desc: 'The placeholder is the name of the service, e.g. "Consultatiebureau De Linde"' }),
    titleStaff: (service: string) => msg(str`How accessible is ${service}?`, { id: 'qc.title.staff.service', desc: 'The placeholder is the name of the team\'s own service' }),
    introFamily: (service: string) => msg(str`Think of ${service}. Choose the answer that fits your experience. You can skip any question.`, { id: 'qc.intro.family.service', desc: 'For parents, plain words. The placeholder is the name of the service' }),
    withForm: msg('Your answers go with this form. They are sent when you send the form.', { id: 'qc.end.form', desc: 'Shown after the questions when the widget is part of a form on the page' }),
    onDevice: msg('Your answers stay on this device. Nothing is sent.', { id: 'qc.end.device', desc: 'Shown after the questions when nothing submits the answers' }),
    thanks: msg('Thank you. Your answers have been sent.', { id: 'qc.end.thanks', desc: 'After the page\'s form was sent' }),
    keepHintForm: msg('Only in this browser, so you can continue later.', { id: 'qc.store.hint.form' }),
    saveFamily: msg('Save my answers', { id: 'qc.download.family', desc: 'Button for parents: saves the answers as a file' }),
    about: msg('About these questions', { id: 'qc.about', desc: 'Opens where the questions and ideas come from' }),
    resetAsk: msg('Clear all your answers and start again?', { id: 'qc.reset.ask' }),
    resetNo: msg('No, keep my answers', { id: 'qc.reset.no' }),
    resetYes: msg('Yes, clear them', { id: 'qc.reset.yes' }),
    unreadable: msg('Answers kept on this device could not be read. They stay as they are. If you keep your answers here, they replace them.', { id: 'qc.store.unreadable' }),
    newer: msg('Answers kept on this device come from a newer version of these questions and cannot be read here. They stay as they are. If you keep your answers here, they replace them.', { id: 'qc.store.newer' }),
    unavailable: msg('This browser does not allow keeping answers on this device.', { id: 'qc.store.unavailable' }),
    elsewhereChanged: msg('Your kept answers were changed in another window. You now see those answers.', { id: 'qc.store.elsewhere' }),
    elsewhereDeleted: msg('Your kept answers were deleted in another window. The answers on screen stay.', { id: 'qc.store.elsewhereDeleted' }),
    fileTooBig: (name: string, megabytes: number) => msg(str`${name} was not read: it is larger than ${megabytes} MB, so it is not a saved result.`, { id: 'qc.compare.tooBig' }),
    fileNotJson: (name: string) => msg(str`${name} was skipped: it is not a JSON file.`, { id: 'qc.compare.notJson' }),
    fileNewer: (name: string) => msg(str`${name} was skipped: it was saved by a newer version of this checker.`, { id: 'qc.compare.newer' }),
    fileEmpty: (name: string) => msg(str`${name} was skipped: the file is empty.`, { id: 'qc.compare.empty' }),
  };
}
