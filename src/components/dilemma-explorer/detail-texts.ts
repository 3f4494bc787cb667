/**
 * What a dilemma's details add to its card (stakes, questions, quote), and the whole
 * texts of each dilemma. Only the later part shows them (later.ts): the first screen
 * imports card-texts.ts alone, and the details' texts stay out of the first download.
 * Functions, not constants: msg() must run at render time to follow the active locale.
 */
import { msg } from '@lit/localize';
import { cardTexts, type CardTexts } from './card-texts.js';

/** The texts of one dilemma: its card's and its details'. */
export interface DilemmaTexts extends CardTexts {
  /** What is at stake when a network leans to each pole. */
  stakes: [string, string];
  /** The reflection questions (as many as the core's `questions`). */
  questions: string[];
  /** The quote shown with it, when the core says it has one. */
  quote?: string;
}

/** What a dilemma's details add to its card: stakes, questions and the quote, keyed by the core's ids. */
function detailTexts(): Record<string, Omit<DilemmaTexts, keyof CardTexts>> {
  return {
    loyalty: {
      stakes: [
        msg('Each organisation keeps its mission and expertise clear, but the network risks becoming a meeting place where nobody really commits.', { id: 'dx.loyalty.stake1' }),
        msg('Joint action becomes possible, but workers can feel torn between two loyalties, and their organisation may feel it is losing them.', { id: 'dx.loyalty.stake2' }),
      ],
      questions: [
        msg('When did someone in our network have to choose between their organisation and the network? What did they choose, and why?', { id: 'dx.loyalty.q1' }),
        msg('What does each organisation gain from taking part in the network, and what does it give up?', { id: 'dx.loyalty.q2' }),
        msg('Where and how often do our partners meet in person? Is that enough?', { id: 'dx.loyalty.q3' }),
      ],
    },
    responsibility: {
      stakes: [
        msg('Everyone knows what they answer for, but a family whose questions cross several services can fall between the cracks.', { id: 'dx.responsibility.stake1' }),
        msg('The network can respond to a family as a whole, but responsibility thins out until nobody feels it is theirs.', { id: 'dx.responsibility.stake2' }),
      ],
      questions: [
        msg('Think of a family that fell between two services. Who felt responsible, and when?', { id: 'dx.responsibility.q1' }),
        msg('Who follows up in our network when nobody takes the lead?', { id: 'dx.responsibility.q2' }),
        msg('What do we expect from the coordinator, and what do we keep for ourselves?', { id: 'dx.responsibility.q3' }),
      ],
    },
    culture: {
      stakes: [
        msg('Different approaches and each organisation\'s identity are kept, but families must find their way between different logics and rules.', { id: 'dx.culture.stake1' }),
        msg('Families meet one coherent service, but differences that matter can be smoothed over, and partners may feel they lose who they are.', { id: 'dx.culture.stake2' }),
      ],
      questions: [
        msg("Where do the differences between our organisations' ways of working show up for families?", { id: 'dx.culture.q1' }),
        msg('Which differences between us are worth keeping, and which get in the way?', { id: 'dx.culture.q2' }),
        msg('What would a shared “third space” look like in our network?', { id: 'dx.culture.q3' }),
      ],
    },
    power: {
      stakes: [
        msg('Partners keep control over their own work, but the network can only do what every partner accepts on its own terms.', { id: 'dx.power.stake1' }),
        msg('The network can act as one, but partners lose some of their say, and the strongest partners may come to dominate.', { id: 'dx.power.stake2' }),
      ],
      questions: [
        msg("Whose knowledge counts most when our network decides, and whose is overlooked?", { id: 'dx.power.q1' }),
        msg('What power or autonomy has each partner given up for the network, and what has it gained in return?', { id: 'dx.power.q2' }),
        msg('Who can say no in our network, and what happens then?', { id: 'dx.power.q3' }),
      ],
    },
    identity: {
      stakes: [
        msg('Expertise stays deep and recognisable, but professions can talk past each other and guard their own territory.', { id: 'dx.identity.stake1' }),
        msg('Professionals combine knowledge from several fields and bridge gaps, but specialist depth and a firm professional footing can get lost.', { id: 'dx.identity.stake2' }),
      ],
      questions: [
        msg('What do we, as professionals, find hard to let go of when we work with others?', { id: 'dx.identity.q1' }),
        msg('When did sharing our expertise with another profession feel like a threat, and when like a gain?', { id: 'dx.identity.q2' }),
        msg('Does our network need hybrid professionals, and how do we support them?', { id: 'dx.identity.q3' }),
      ],
    },
    knowledge: {
      stakes: [
        msg('Exchange is clear and easy to organise, but the know-how that makes the difference in daily work stays hidden.', { id: 'dx.knowledge.stake1' }),
        msg('Workers learn from each other\'s practice, but that needs time, trust and informal contact, and is hard to plan.', { id: 'dx.knowledge.stake2' }),
      ],
      questions: [
        msg('What do our workers know that is written down nowhere?', { id: 'dx.knowledge.q1' }),
        msg('Where do we meet informally enough for that kind of knowledge to pass?', { id: 'dx.knowledge.q2' }),
        msg('Which misunderstandings between our services come from things that “go without saying”?', { id: 'dx.knowledge.q3' }),
      ],
    },
    learning: {
      stakes: [
        msg('Each organisation grows in its own expertise, but partners do not learn from each other\'s experience with the same families.', { id: 'dx.learning.stake1' }),
        msg('The network builds shared insight, but that takes time away from each organisation\'s own development.', { id: 'dx.learning.stake2' }),
      ],
      questions: [
        msg('What has our network learned together over the past year?', { id: 'dx.learning.q1' }),
        msg('How does what we learn in the network find its way back into our own organisations?', { id: 'dx.learning.q2' }),
      ],
    },
    role: {
      stakes: [
        msg('Roles stay clear and workable, but tasks that fall between jobs are left undone.', { id: 'dx.role.stake1' }),
        msg('Workers fill the gaps between services, but roles blur and people can become overloaded.', { id: 'dx.role.stake2' }),
      ],
      questions: [
        msg('What do we do in the network that is not in our job description?', { id: 'dx.role.q1' }),
        msg('Who agreed to that, and do our own organisations recognise it?', { id: 'dx.role.q2' }),
      ],
    },
    'selective-universal': {
      stakes: [
        msg('Support reaches those who need it most, but being singled out can stigmatise, and families just outside the criteria are left out.', { id: 'dx.selective-universal.stake1' }),
        msg('No one is labelled and everyone is welcome, but the families with the fewest means may be reached late or not at all, while others benefit most.', { id: 'dx.selective-universal.stake2' }),
      ],
      questions: [
        msg('Who uses our services today, and who does not?', { id: 'dx.selective-universal.q1' }),
        msg('When did singling out a group help families, and when did it stigmatise them?', { id: 'dx.selective-universal.q2' }),
        msg('What would it take for our services for all families to reach the families who need them most?', { id: 'dx.selective-universal.q3' }),
      ],
      quote: msg('“I didn’t ask for much, but when I asked, they answered: ‘Yes, you do have a right to that.’ They knew, and they didn’t tell me. I heard it from someone else. Why didn’t they tell me the first time? That’s their job, but they don’t do it.”', { id: 'dx.selective-universal.quote', desc: 'A parent about a right (support) nobody had told her about: non-take-up of rights.' }),
    },
    'instrumental-lifeworld': {
      stakes: [
        msg('The offer is clear, easy to plan and easy to explain, but it can miss what families actually need, and their real questions stay unspoken.', { id: 'dx.instrumental-lifeworld.stake1' }),
        msg("Support fits families' lives as a whole, but it is harder to plan and can stretch what each partner is there for.", { id: 'dx.instrumental-lifeworld.stake2' }),
      ],
      questions: [
        msg('Which questions do families never ask us, because they think we are not there for that?', { id: 'dx.instrumental-lifeworld.q1' }),
        msg('Who defines the needs our network responds to?', { id: 'dx.instrumental-lifeworld.q2' }),
        msg('How do families have a say in what we offer?', { id: 'dx.instrumental-lifeworld.q3' }),
      ],
      quote: msg('“They say they only know that it is for children, and not for anything else.”', { id: 'dx.instrumental-lifeworld.quote', desc: 'A worker about parents who come to a play-and-meet session at a family centre (Huis van het Kind).' }),
    },
    'child-family': {
      stakes: [
        msg("Children's needs stay central and visible, but parents' own questions, about housing, income or work, may go unanswered.", { id: 'dx.child-family.stake1' }),
        msg("Support addresses the family's situation as a whole, but the child's own voice and needs can fade into the background.", { id: 'dx.child-family.stake2' }),
      ],
      questions: [
        msg('Which questions of parents do we hear but leave aside, because we are “there for the child”?', { id: 'dx.child-family.q1' }),
        msg('How do we hear what the children themselves have to say?', { id: 'dx.child-family.q2' }),
        msg('Which partner in our network can pick up the parents\' questions?', { id: 'dx.child-family.q3' }),
      ],
      quote: msg('“Because she thinks Evy is tied to Kind en Gezin, the child comes first for her, not a home.”', { id: 'dx.child-family.quote', desc: 'About a mother who did not raise her housing problem with a worker (Evy) of Kind en Gezin, the Flemish child and family agency. Keep the names Evy and Kind en Gezin.' }),
    },
    'conditional-unconditional': {
      stakes: [
        msg('Means go where the agreements say they should, but conditions can deter the families who need support most, and make support feel like control.', { id: 'dx.conditional-unconditional.stake1' }),
        msg('Families can come without fear and without having to prove anything, but means are limited and it is harder to account for how they are used.', { id: 'dx.conditional-unconditional.stake2' }),
      ],
      questions: [
        msg('What conditions do families have to meet before they get support from us?', { id: 'dx.conditional-unconditional.q1' }),
        msg('Which of those conditions protect families, and which keep them away?', { id: 'dx.conditional-unconditional.q2' }),
      ],
    },
    'formal-informal': {
      stakes: [
        msg('Collaboration does not depend on who happens to be there and is transparent, but it can become rigid and slow to respond.', { id: 'dx.formal-informal.stake1' }),
        msg('Help is quick, flexible and built on trust, but it depends on individuals and falls apart when they leave.', { id: 'dx.formal-informal.stake2' }),
      ],
      questions: [
        msg('What in our network works only because two people know each other?', { id: 'dx.formal-informal.q1' }),
        msg('Which agreements would we put in writing, and which should stay informal?', { id: 'dx.formal-informal.q2' }),
      ],
    },
    'supportive-controlling': {
      stakes: [
        msg('Families feel safe to ask for help, but concerns about a child may be noticed late.', { id: 'dx.supportive-controlling.stake1' }),
        msg('Concerns are noticed and acted on, but families may stay away for fear of measures.', { id: 'dx.supportive-controlling.stake2' }),
      ],
      questions: [
        msg('How do families experience our working together: as support, or as being watched?', { id: 'dx.supportive-controlling.q1' }),
        msg('When do we pass on a concern to another service, and do families know that we do?', { id: 'dx.supportive-controlling.q2' }),
      ],
    },
    'sharing-secrecy': {
      stakes: [
        msg('Families do not have to tell their story again and again, and help is better coordinated, but they lose control over what is known about them.', { id: 'dx.sharing-secrecy.stake1' }),
        msg("Families' trust and privacy are protected, but help can become fragmented and families have to repeat their story.", { id: 'dx.sharing-secrecy.stake2' }),
      ],
      questions: [
        msg('Do we need to exchange more information about parents? Who decides that?', { id: 'dx.sharing-secrecy.q1' }),
        msg('Do families know what we share about them, with whom and why?', { id: 'dx.sharing-secrecy.q2' }),
        msg('Where could we talk with the family present instead of about them?', { id: 'dx.sharing-secrecy.q3' }),
      ],
    },
    'monitoring-distance': {
      stakes: [
        msg('Commitments are kept and nobody slips out of sight, but families can feel watched and partners checked on.', { id: 'dx.monitoring-distance.stake1' }),
        msg('Families and partners feel free, but commitment stays loose and nobody notices when things go wrong.', { id: 'dx.monitoring-distance.stake2' }),
      ],
      questions: [
        msg('Does a shared vision also mean a shared commitment and a shared responsibility, towards the partners and towards families?', { id: 'dx.monitoring-distance.q1' }),
        msg('What do we follow up, and how would a family experience that?', { id: 'dx.monitoring-distance.q2' }),
      ],
      quote: msg('“We want to be able to walk into a service without fear of immediate measures.”', { id: 'dx.monitoring-distance.quote', desc: 'Said by parents of an organisation of people on low incomes with children.' }),
    },
    'efficiency-inclusion': {
      stakes: [
        msg('Decisions are taken quickly, often by the lead organisation, but partners can feel left out and their expertise goes unused.', { id: 'dx.efficiency-inclusion.stake1' }),
        msg('Every partner has a voice and decisions have broad support, but they take long and meetings multiply.', { id: 'dx.efficiency-inclusion.stake2' }),
      ],
      questions: [
        msg('Which decisions in our network took too long, and which were taken without the right people?', { id: 'dx.efficiency-inclusion.q1' }),
        msg('Who decides what in our network, and does everyone know?', { id: 'dx.efficiency-inclusion.q2' }),
        msg('Which partners do we hear too little from?', { id: 'dx.efficiency-inclusion.q3' }),
      ],
    },
    'stigma-matthew': {
      stakes: [
        msg('No family is labelled, but the families with the fewest means may use the service least.', { id: 'dx.stigma-matthew.stake1' }),
        msg('Means go to the families who need them most, but the service may get a label that keeps families away.', { id: 'dx.stigma-matthew.stake2' }),
      ],
      questions: [
        msg('Who uses our best-known service, and who does not?', { id: 'dx.stigma-matthew.q1' }),
        msg('What does our name, or the way we present ourselves, say to families?', { id: 'dx.stigma-matthew.q2' }),
        msg('How can we keep our offer open to all and still make sure it reaches those who need it most?', { id: 'dx.stigma-matthew.q3' }),
      ],
      quote: msg('“It is not meant to become a House of the ‘Problem’ Child.”', { id: 'dx.stigma-matthew.quote', desc: 'A play on "Huis van het Kind" (House of the Child), the Flemish family centres. Keep the pun if your language allows.' }),
    },
    'double-nobody': {
      stakes: [
        msg('Families get attention from several sides, but with duplicated effort and mixed messages.', { id: 'dx.double-nobody.stake1' }),
        msg('Nobody duplicates anyone, but tasks between services are done by no one, and families fall through the gaps.', { id: 'dx.double-nobody.stake2' }),
      ],
      questions: [
        msg('Where do two of our partners do the same thing for the same family?', { id: 'dx.double-nobody.q1' }),
        msg('Which task does nobody take up today?', { id: 'dx.double-nobody.q2' }),
      ],
    },
    'individual-structural': {
      stakes: [
        msg('Families get concrete help now, but the causes remain and new families keep arriving with the same problems.', { id: 'dx.individual-structural.stake1' }),
        msg('The network tackles causes, but it takes long, results are uncertain, and families who need help now may have to wait.', { id: 'dx.individual-structural.stake2' }),
      ],
      questions: [
        msg('Which problems do we see again and again that no single family can solve?', { id: 'dx.individual-structural.q1' }),
        msg('Which of them can local policy change, and which do we signal to higher levels of government?', { id: 'dx.individual-structural.q2' }),
      ],
    },
  };
}

/** The texts of every dilemma (its card's and its details'), keyed by the core's ids. */
export function dilemmaTexts(): Record<string, DilemmaTexts> {
  const cards = cardTexts();
  const details = detailTexts();
  return Object.fromEntries(Object.entries(cards).map(([id, card]) => [id, { ...card, ...details[id] }]));
}
