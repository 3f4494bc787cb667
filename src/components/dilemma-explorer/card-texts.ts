/**
 * The texts the first screen shows: each dilemma's card (its name, poles and
 * explanation), the kinds and the places on a scale. Split from dilemma-explorer.texts.ts, which re-exports them
 * with the texts only the later part shows (answers, sources, statements, counts): the
 * first screen imports this module alone, so those stay out of the first download.
 * Functions, not constants: msg() must run at render time to follow the active locale.
 */
import { msg, str } from '@lit/localize';
import type { DilemmaKind } from '../../core/dilemmas/index.js';

/** What a dilemma's card shows: its name, poles and explanation (the details are in dilemma-explorer.texts.ts). */
export interface CardTexts {
  /** Short name, e.g. "Loyalty". */
  name: string;
  /** The two poles as lower-case noun phrases, first then second. */
  poles: [string, string];
  /** What the dilemma is about. */
  text: string;
}

/** The texts of every dilemma's card, keyed by the core's ids. */
export function cardTexts(): Record<string, CardTexts> {
  return {
    loyalty: {
      name: msg('Loyalty', { id: 'dx.loyalty.name' }),
      poles: [
        msg('loyalty to our own organisation', { id: 'dx.loyalty.pole1' }),
        msg('loyalty to the network', { id: 'dx.loyalty.pole2' }),
      ],
      text: msg('People in a network work for their own organisation and for the network at the same time. What is good for the network is not always good for the organisation that employs them, and the other way round. How strongly people identify with one or the other differs from person to person.', { id: 'dx.loyalty.text' }),
    },
    responsibility: {
      name: msg('Responsibility', { id: 'dx.responsibility.name' }),
      poles: [
        msg('responsibility per organisation', { id: 'dx.responsibility.pole1' }),
        msg('responsibility shared by the network', { id: 'dx.responsibility.pole2' }),
      ],
      text: msg('Within one organisation it is fairly clear who is responsible for what. In a network, that division is less clear, and the sense of responsibility can fade: “someone else will surely take it up”.', { id: 'dx.responsibility.text' }),
    },
    culture: {
      name: msg('Culture', { id: 'dx.culture.name' }),
      poles: [
        msg("each organisation's own culture", { id: 'dx.culture.pole1' }),
        msg('one seamless service', { id: 'dx.culture.pole2' }),
      ],
      text: msg('Every organisation has its own culture: norms, values, views on care and support, ways of working, a view of people and the world. Yet families expect seamless service, as if they were dealing with one provider.', { id: 'dx.culture.text' }),
    },
    power: {
      name: msg('Control and power', { id: 'dx.power.name' }),
      poles: [
        msg('autonomy of each partner', { id: 'dx.power.pole1' }),
        msg('mutual dependency in the network', { id: 'dx.power.pole2' }),
      ],
      text: msg("Decisions in a network have to take account of different practices and ways of knowing; otherwise some are ignored or undervalued. The power relations within each organisation meet those in the network. Should partners give up some of their power and autonomy?", { id: 'dx.power.text' }),
    },
    identity: {
      name: msg('Professional identity', { id: 'dx.identity.name' }),
      poles: [
        msg('our own professional identity', { id: 'dx.identity.pole1' }),
        msg('the hybrid professional', { id: 'dx.identity.pole2' }),
      ],
      text: msg('Professionals build an identity of their own: their practices, their ways of explaining problems, their convictions. That identity is valuable, but it can make collaboration harder. Working with others brings in knowledge from beyond one\'s own profession, and sharing expertise can feel like a threat to who you are.', { id: 'dx.identity.text' }),
    },
    knowledge: {
      name: msg('Knowledge', { id: 'dx.knowledge.name' }),
      poles: [
        msg('sharing mainly explicit knowledge', { id: 'dx.knowledge.pole1' }),
        msg('sharing implicit knowledge too', { id: 'dx.knowledge.pole2' }),
      ],
      text: msg('Working together means exchanging knowledge. Explicit knowledge is concrete and put into words: procedures, training, formal agreements. Implicit knowledge is intangible and often unconscious: everyday practices and what goes without saying. Explicit knowledge is easier to pass on; implicit knowledge can open a gap between professionals.', { id: 'dx.knowledge.text' }),
    },
    learning: {
      name: msg('Learning', { id: 'dx.learning.name' }),
      poles: [
        msg('learning within our own organisation', { id: 'dx.learning.pole1' }),
        msg('learning together as a network', { id: 'dx.learning.pole2' }),
      ],
      text: msg('The research names a learning dilemma without working it out. One way to read it: time to learn is scarce, and it goes either to deepening each organisation\'s own practice or to learning together across organisations.', { id: 'dx.learning.text' }),
    },
    role: {
      name: msg('Role', { id: 'dx.role.name' }),
      poles: [
        msg('the role in our own job description', { id: 'dx.role.pole1' }),
        msg('the role the network asks for', { id: 'dx.role.pole2' }),
      ],
      text: msg('The research names a role dilemma without working it out. One way to read it: a network asks professionals to take on tasks beyond their job description, such as connecting, passing on signals or coordinating, while their own organisation expects them to do their own job.', { id: 'dx.role.text' }),
    },
    'selective-universal': {
      name: msg('Selective or universal', { id: 'dx.selective-universal.name' }),
      poles: [
        msg('selective: support for families who meet set criteria', { id: 'dx.selective-universal.pole1' }),
        msg('universal: support open to all families', { id: 'dx.selective-universal.pole2' }),
      ],
      text: msg('A network can aim its support at families who meet certain criteria, such as a low income, or open it to all families. Universal services risk being hard to reach for the families who need them most; selective services risk stigmatising them.', { id: 'dx.selective-universal.text' }),
    },
    'instrumental-lifeworld': {
      name: msg('Supply-led or lifeworld-oriented', { id: 'dx.instrumental-lifeworld.name' }),
      poles: [
        msg('supply-led: needs defined by the services', { id: 'dx.instrumental-lifeworld.pole1' }),
        msg("demand-led: support shaped by families' own questions", { id: 'dx.instrumental-lifeworld.pole2' }),
      ],
      text: msg('Support can start from what the network offers, with needs defined from outside by professionals, or from the questions and concerns families bring themselves. When a network defines its own offer, parents may start to shape their questions to fit what is on offer.', { id: 'dx.instrumental-lifeworld.text' }),
    },
    'child-family': {
      name: msg('Child or family', { id: 'dx.child-family.name' }),
      poles: [
        msg('a child-oriented approach', { id: 'dx.child-family.pole1' }),
        msg('a family-oriented approach', { id: 'dx.child-family.pole2' }),
      ],
      text: msg("Tackling child poverty can start from the child (“children are worth investing in”) or from the family as a whole. The rights of children and of their parents are interconnected: a child's situation cannot be separated from the parents' housing, income or work.", { id: 'dx.child-family.text' }),
    },
    'conditional-unconditional': {
      name: msg('Conditional or unconditional', { id: 'dx.conditional-unconditional.name' }),
      poles: [
        msg('conditional support', { id: 'dx.conditional-unconditional.pole1' }),
        msg('unconditional support', { id: 'dx.conditional-unconditional.pole2' }),
      ],
      text: msg('Support can come with conditions, such as criteria to qualify or commitments to keep, or it can be a right that families can use without conditions.', { id: 'dx.conditional-unconditional.text' }),
    },
    'formal-informal': {
      name: msg('Formal or informal', { id: 'dx.formal-informal.name' }),
      poles: [
        msg('formal agreements and procedures', { id: 'dx.formal-informal.pole1' }),
        msg('informal, personal contact', { id: 'dx.formal-informal.pole2' }),
      ],
      text: msg('Collaboration can rest on formal agreements, such as protocols, procedures and shared databases, or on informal contact between people who know each other. Workers often build their own information network through personal ties.', { id: 'dx.formal-informal.text' }),
    },
    'supportive-controlling': {
      name: msg('Support or control', { id: 'dx.supportive-controlling.name' }),
      poles: [
        msg('support', { id: 'dx.supportive-controlling.pole1' }),
        msg('control', { id: 'dx.supportive-controlling.pole2' }),
      ],
      text: msg('When services work together around a family, the family can feel supported, but also watched: more services see more, and may act on what they see.', { id: 'dx.supportive-controlling.text' }),
    },
    'sharing-secrecy': {
      name: msg('Sharing information or professional secrecy', { id: 'dx.sharing-secrecy.name' }),
      poles: [
        msg('sharing information', { id: 'dx.sharing-secrecy.pole1' }),
        msg('professional secrecy and privacy', { id: 'dx.sharing-secrecy.pole2' }),
      ],
      text: msg("Working together calls for exchanging information about families, while professional secrecy and the right to privacy protect them. Professional secrecy is both a barrier and a protection.", { id: 'dx.sharing-secrecy.text' }),
    },
    'monitoring-distance': {
      name: msg('Monitoring or distance', { id: 'dx.monitoring-distance.name' }),
      poles: [
        msg('monitoring and follow-up', { id: 'dx.monitoring-distance.pole1' }),
        msg('distance, without obligations', { id: 'dx.monitoring-distance.pole2' }),
      ],
      text: msg("A network can follow up closely, on partners' commitments and on families' situations, or keep its distance and leave things open. Close follow-up makes commitments real, but families can experience it as control.", { id: 'dx.monitoring-distance.text' }),
    },
    'efficiency-inclusion': {
      name: msg('Efficiency or inclusion', { id: 'dx.efficiency-inclusion.name' }),
      poles: [
        msg('efficiency: quick decisions', { id: 'dx.efficiency-inclusion.pole1' }),
        msg('inclusion: every partner involved', { id: 'dx.efficiency-inclusion.pole2' }),
      ],
      text: msg('The more partners take part in a decision, the more expertise and support it has, but the slower and harder it becomes. Networks balance this by limiting who takes part in decisions or by dividing what is decided where.', { id: 'dx.efficiency-inclusion.text' }),
    },
    'stigma-matthew': {
      name: msg('Removing stigma or a Matthew effect', { id: 'dx.stigma-matthew.name' }),
      poles: [
        msg('avoiding stigma: open to everyone', { id: 'dx.stigma-matthew.pole1' }),
        msg('avoiding a Matthew effect: aimed at those who need it most', { id: 'dx.stigma-matthew.pole2' }),
      ],
      text: msg('To avoid stigma, a service can be opened to everyone. But then the families who are better off often use it most: a Matthew effect (“to those who have, more will be given”). Aiming the service at the families who need it most avoids that, but brings back the risk of stigma.', { id: 'dx.stigma-matthew.text' }),
    },
    'double-nobody': {
      name: msg("Double work or nobody's work", { id: 'dx.double-nobody.name' }),
      poles: [
        msg('double work', { id: 'dx.double-nobody.pole1' }),
        msg("nobody's work", { id: 'dx.double-nobody.pole2' }),
      ],
      text: msg('Without clear agreements, several partners may do the same work for the same family, while other tasks are left to nobody. Partners ask for a clear division of tasks and responsibilities, yet the network should stay a shared problem with a shared approach, rather than fall apart into pieces again.', { id: 'dx.double-nobody.text' }),
    },
    'individual-structural': {
      name: msg('Individual or structural change', { id: 'dx.individual-structural.name' }),
      poles: [
        msg('changing individual situations', { id: 'dx.individual-structural.pole1' }),
        msg('changing structures', { id: 'dx.individual-structural.pole2' }),
      ],
      text: msg('A network can help families one by one, in the short term, or work on the structures behind their problems, such as housing, income and access to rights, in the longer term. Structural change is harder, and often beyond the reach of a local network.', { id: 'dx.individual-structural.text' }),
    },
  };
}

/** The name and a one-line description of each kind. */
export function kindTexts(): Record<DilemmaKind, { name: string; text: string }> {
  return {
    organisational: {
      name: msg('Organisational', { id: 'dx.kind.organisational' }),
      text: msg('Dilemmas that arise when organisations work together in a network.', { id: 'dx.kind.organisational.text' }),
    },
    professional: {
      name: msg('Professional', { id: 'dx.kind.professional' }),
      text: msg('Dilemmas that arise when professionals from different disciplines work together.', { id: 'dx.kind.professional.text' }),
    },
    inclusion: {
      name: msg('Inclusion', { id: 'dx.kind.inclusion' }),
      text: msg("Tensions in how a network's choices include or exclude families.", { id: 'dx.kind.inclusion.text' }),
    },
    practice: {
      name: msg('Practice', { id: 'dx.kind.practice' }),
      text: msg('Tensions met in the daily work of a network.', { id: 'dx.kind.practice.text' }),
    },
  };
}

/**
 * The five places on the scale between two poles. `short` is shown under each stop;
 * `full` is the accessible name and the text used in the profile.
 */
export function stopTexts(poles: readonly [string, string]): Array<{ short: string; full: string }> {
  const clearly = msg('Clearly', { id: 'dx.stop.clearly', desc: 'Shown under the outer stops of a scale between two poles.' });
  const somewhat = msg('Somewhat', { id: 'dx.stop.somewhat', desc: 'Shown under the inner stops of a scale between two poles.' });
  const balanced = msg('Balanced', { id: 'dx.stop.balanced', desc: 'The middle of a scale between two poles.' });
  // One msg() per text, so each is translated once for both sides of the scale.
  const clearlyTowards = (pole: string) => msg(str`Clearly towards ${pole}`, { id: 'dx.stop.clearly.full', desc: 'Must start with the word used for dx.stop.clearly.' });
  const somewhatTowards = (pole: string) => msg(str`Somewhat towards ${pole}`, { id: 'dx.stop.somewhat.full', desc: 'Must start with the word used for dx.stop.somewhat.' });
  return [
    { short: clearly, full: clearlyTowards(poles[0]) },
    { short: somewhat, full: somewhatTowards(poles[0]) },
    { short: balanced, full: msg('Balanced between both', { id: 'dx.stop.balanced.full', desc: 'Must start with the word used for dx.stop.balanced.' }) },
    { short: somewhat, full: somewhatTowards(poles[1]) },
    { short: clearly, full: clearlyTowards(poles[1]) },
  ];
}

