/**
 * The texts of the quality checker that a first screen may show (names of the B's,
 * questions, answer words, the questionnaire's end, the tools, the device storage),
 * looked up by the core's ids. Functions, not constants: msg() must run at render time
 * to follow the active locale. The first screen's code imports them from here, not
 * from quality-check.texts.ts (which has them all): that one also holds the result's
 * texts, which only the later chunk and the quality report need.
 *
 * Family texts are plain language for a parent on a phone: no jargon, and never a word
 * that labels the family (poverty, poor, problem, target group), in any language.
 */
import { msg, str } from '@lit/localize';
import { qualityScale, type QualityAudience, type QualityDimension } from '../../core/quality/questions.js';

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

/** "3 of 10 answered". */
export function progressText(answered: number, total: number): string {
  return msg(str`${answered} of ${total} answered`, { id: 'qc.progress' });
}

/** Joins names as "A and B" / "A, B and C": the one shared helper (src/internal/list.ts). */
export { joinAnd } from '../../internal/list.js';

// ---- engineer "qc": where answers go, start again, storage, files (issues 9 and 11) ----

/** Texts of the questionnaire's end and "start again" (the device storage's messages: views/store-notice.ts; refused files: views/compare-table.ts). */
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
  };
}
