/**
 * Every content text of the dilemma explorer, looked up by the core's ids: the
 * dilemmas (poles, explanation, stakes, questions, mediating factors, possible answers,
 * quotes), the kinds, the discussion statements and the sources. Written so a group can
 * use them without a facilitator's notes. Functions, not constants: msg() must run at
 * render time to follow the active locale.
 *
 * The texts the first screen shows are in card-texts.ts, a dilemma's details in
 * detail-texts.ts (both re-exported here); this module adds the rest only the later
 * part shows (later.ts): import it from the later part's views only, or the first
 * download grows.
 */
import { msg, str } from '@lit/localize';
import { plural } from '../../internal/plural.js';
import type { DilemmaSourceId, DilemmaStatement } from '../../core/dilemmas/index.js';

export { cardTexts, kindTexts, stopTexts, type CardTexts } from './card-texts.js';
export { dilemmaTexts, type DilemmaTexts } from './detail-texts.js';

/** Mediating factors, keyed by the core's ids. */
export function mediatingTexts(): Record<string, string> {
  return {
    'physical-proximity': msg('Physical proximity: working in the same building or neighbourhood.', { id: 'dx.mediating.physical-proximity' }),
    'rich-media': msg('Rich communication: talking face to face or by phone, not only by e-mail.', { id: 'dx.mediating.rich-media' }),
  };
}

/** Possible answers the sources offer, keyed by the core's ids. */
export function answerTexts(): Record<string, string> {
  return {
    'central-coordination': msg('Central coordination: someone who keeps track of who has taken up what. What role should coordination play in your network?', { id: 'dx.answer.central-coordination' }),
    'third-space-unitary': msg('A “third space”: when cultures meet, a new culture can grow. It can be one new, coherent culture…', { id: 'dx.answer.third-space-unitary' }),
    'third-space-plural': msg('…or a culture that holds the differences and makes room for them.', { id: 'dx.answer.third-space-plural' }),
    'weigh-knowledge-frames': msg("Make room in decision-making for every partner's practice and knowledge, so that none is ignored or undervalued.", { id: 'dx.answer.weigh-knowledge-frames' }),
    balance: msg('Look for a good balance between dependency and autonomy, rather than choosing one of them.', { id: 'dx.answer.balance' }),
    'hybrid-professional': msg('The hybrid professional: rooted in one profession, and drawing on the wider knowledge of the network.', { id: 'dx.answer.hybrid-professional' }),
    'rights-based': msg("A rights-based approach: starting from every family's social rights moves the work from selective to universal, and from individual signals to local policy (on housing, for example).", { id: 'dx.answer.rights-based' }),
    'proportionate-universalism': msg('Proportionate universalism: a good basic offer for all families, with extra support in proportion to their needs.', { id: 'dx.answer.proportionate-universalism' }),
    'needs-first': msg("Take families' needs as the starting point for the partners' joint actions: this leads to tailored support that covers several areas of life.", { id: 'dx.answer.needs-first' }),
    'interconnected-rights': msg('Treat the rights of children and parents as interconnected: invest in children and in their parents.', { id: 'dx.answer.interconnected-rights' }),
    'shared-framework': msg('A shared framework for all partners that still leaves room for tailored support.', { id: 'dx.answer.shared-framework' }),
    'client-involvement': msg('Involve the family: share information with them, not only about them.', { id: 'dx.answer.client-involvement' }),
    transparency: msg('Be transparent about what is shared, with whom and why, and give families certainty about what is not shared.', { id: 'dx.answer.transparency' }),
    'own-story': msg('Respect the family\'s right to tell their own story.', { id: 'dx.answer.own-story' }),
    'steering-group': msg('A steering group limits the number of partners who take part in a decision.', { id: 'dx.answer.steering-group' }),
    'working-groups': msg('Working groups divide what is decided where, so that each partner is involved where it matters to them.', { id: 'dx.answer.working-groups' }),
    'one-to-one': msg('One-to-one talks between the coordinator and each partner let partners give input, while the coordinator can still decide efficiently.', { id: 'dx.answer.one-to-one' }),
    'clear-tasks': msg('Agree clearly who does what, while keeping the problem and the responsibility shared.', { id: 'dx.answer.clear-tasks' }),
    'reflection-tool': msg('Use the network itself to reflect: check together, regularly, where work overlaps and where the gaps are.', { id: 'dx.answer.reflection-tool' }),
    'signal-upwards': msg('Keep signalling the gaps a local network cannot fill to higher levels of government, and link policy areas structurally.', { id: 'dx.answer.signal-upwards' }),
    'inch-macro': msg('INCh’s recommendation at macro level: recognise the public responsibility for fighting poverty, guarantee social rights for all, and redistribute material and immaterial resources systematically.', { id: 'dx.answer.inch-macro' }),
    'inch-meso-coordinator': msg('INCh’s recommendation at meso level: the network coordinator has a central place in making social rights real, needs structural funding and must take up a fitting governance role.', { id: 'dx.answer.inch-meso-coordinator' }),
    'inch-micro-rights': msg('INCh’s recommendation at micro level: front-line workers support families proactively on the basis of their fundamental rights, keep negotiating with them, and respect their privacy and autonomy.', { id: 'dx.answer.inch-micro-rights' }),
    'balance-universal-local': msg('“Kinderen eerst” good practice: a basic offer for all families, with measures adapted to the most vulnerable; 79% of the platforms say they now understand local problems better.', { id: 'dx.answer.balance-universal-local' }),
    'know-the-offer': msg('“Kinderen eerst” good practice: know who offers what, and agree on a protocol for privacy and for exchanging information; 77% of the platforms report a good exchange of information.', { id: 'dx.answer.know-the-offer' }),
    'bring-actors-together': msg('“Kinderen eerst” good practice: bring diverse local actors together, with regular meetings and a shared vision; 91% of the platforms succeed, 61% with strong involvement.', { id: 'dx.answer.bring-actors-together' }),
    'open-non-stigmatising': msg('“Kinderen eerst” good practice: make help more accessible and better known with an open, non-stigmatising approach; 52% of the platforms say the threshold was lowered, 54% that help is better known.', { id: 'dx.answer.open-non-stigmatising' }),
    'link-local-policy': msg('“Kinderen eerst” good practice: support local projects and link them to local policy, so that what works does not stay a project; 93% of the platforms already link up with existing local policy on poverty.', { id: 'dx.answer.link-local-policy' }),
    'involve-stakeholders': msg('“Kinderen eerst” good practice: involve the stakeholders themselves, first children and parents, then the organisations that speak for them and those who make policy: share information, consult them, and prepare and take decisions together. It brings more support and consensus. The study notes that the platforms referred less often to children and parents; its example is an association of people in poverty as the first party in the steering group on policy plans.', { id: 'dx.answer.involve-stakeholders', desc: 'Good practice 7 of the “Kinderen eerst” study. An association of people in poverty: nl armoedevereniging, fr association de lutte contre la pauvreté.' }),
    'combine-existing': msg('“Kinderen eerst” recommendation: combine and integrate initiatives and build on what already exists, since many initiatives side by side bring overlap and fragmentation.', { id: 'dx.answer.combine-existing' }),
  };
}

/** The discussion statements used as workshop prompts. */
export function statementTexts(): Record<DilemmaStatement, string> {
  return {
    'collaboration-automatic': msg('“If social workers from different organisations work well together, families in poverty automatically get better help.”', { id: 'dx.statement.collaboration-automatic' }),
    'unequal-impact': msg('“Some dilemmas have a bigger impact on the quality of help than others.”', { id: 'dx.statement.unequal-impact' }),
    'central-direction': msg('“A local, central directing role is needed to match the offer to local needs.”', { id: 'dx.statement.central-direction' }),
  };
}

/** How each source is credited. */
export function sourceTexts(): Record<DilemmaSourceId, string> {
  return {
    inch: msg('INCh research project (Integrated Networks to combat Child poverty, 2014–2018)', { id: 'dx.source.inch' }),
    'provan-kenis': msg('Provan & Kenis (2008), Journal of Public Administration Research and Theory 18(2)', { id: 'dx.source.provan-kenis' }),
    bmlik: msg('BMLIK vzw (2004), quoted in the INCh research', { id: 'dx.source.bmlik' }),
    'kinderen-eerst': msg('the federal “Kinderen eerst” study of 57 local platforms (2014–2015)', { id: 'common.src.kinderen-eerst', desc: 'Keep the Dutch name "Kinderen eerst" (French: "Les enfants d’abord"). A study by the federal public service Social Integration.' }),
  };
}

// ---- engineer "content": messages with a count, in each language's plural rules ----

/** Every message of the explorer that shows a count, in the plural rules of the language on screen. */
export function countTexts() {
  return {
    /** Announced after a count changes: "1 person counted." */
    counted: (n: number) => plural(n, {
      one: () => msg(str`${n} person counted.`, { id: 'dx.announce.counted.one' }),
      other: () => msg(str`${n} people counted.`, { id: 'dx.announce.counted' }),
    }),
    /** The room's total: "1 person." */
    total: (n: number) => plural(n, {
      one: () => msg(str`${n} person.`, { id: 'dx.room.total.one' }),
      other: () => msg(str`${n} people.`, { id: 'dx.room.total' }),
    }),
    /** One line of the summary: "12 people. On average: somewhat towards …." */
    room: (n: number, where: string) => plural(n, {
      one: () => msg(str`${n} person. On average: ${where}.`, { id: 'dx.summary.room.one' }),
      other: () => msg(str`${n} people. On average: ${where}.`, { id: 'dx.summary.room' }),
    }),
    /** "3 of 20 dilemmas placed; 1 marked as most pressing." */
    basis: (placed: number, total: number, marked: number) => msg(str`${plural(placed, {
      one: () => msg(str`${placed} of ${total} dilemmas placed`, { id: 'dx.profile.placed.one', desc: 'French: singular for 0 and 1 placed.' }),
      other: () => msg(str`${placed} of ${total} dilemmas placed`, { id: 'dx.profile.placed' }),
    })}; ${plural(marked, {
      one: () => msg(str`${marked} marked as most pressing`, { id: 'dx.profile.marked.one' }),
      other: () => msg(str`${marked} marked as most pressing`, { id: 'dx.profile.marked' }),
    })}.`, { id: 'dx.profile.basis', desc: 'Joins "3 of 20 dilemmas placed" and "1 marked as most pressing".' }),
  };
}
