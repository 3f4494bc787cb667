/**
 * Every text of the role recommender, looked up by the core's ids. Kept apart from the
 * element so the element stays a thin adapter and translators find all texts in one place.
 * Functions, not constants: msg() must run at render time to follow the active locale.
 */
import { msg, str } from '@lit/localize';
import type { DirectingType, GovernanceForm, Role, RoleResult } from '../../core/roles/index.js';
import { plural } from '../../internal/plural.js';

/** The question for each factor, and a label for each of its poles. */
export function factorTexts(): Record<string, { question: string; poles: Record<string, string> }> {
  return {
    commitment: {
      question: msg('How committed are the partners to the network?', { id: 'rr.commitment.q' }),
      poles: { low: msg('Little commitment', { id: 'rr.commitment.low' }), high: msg('Strong commitment', { id: 'rr.commitment.high' }) },
    },
    consensus: {
      question: msg('How far do the partners agree on what the network should do and how?', { id: 'rr.consensus.q' }),
      poles: { high: msg('Broad agreement', { id: 'rr.consensus.high' }), low: msg('Little agreement', { id: 'rr.consensus.low' }) },
    },
    history: {
      question: msg('How did earlier collaboration between these partners go?', { id: 'rr.history.q' }),
      poles: { positive: msg('Mostly well', { id: 'rr.history.positive' }), negative: msg('Badly, with friction', { id: 'rr.history.negative' }) },
    },
    diversity: {
      question: msg('How different are the partners from each other (sector, size, way of working)?', { id: 'rr.diversity.q' }),
      poles: { high: msg('Very different', { id: 'rr.diversity.high' }), low: msg('Much alike', { id: 'rr.diversity.low' }) },
    },
    participation: {
      question: msg('Why do the partners take part?', { id: 'rr.participation.q' }),
      poles: {
        voluntary: msg('By their own choice', { id: 'rr.participation.voluntary' }),
        mandatory: msg('Because they must (an obligation or a paid assignment)', { id: 'rr.participation.mandatory' }),
      },
    },
    continuity: {
      question: msg('Do the same partners stay involved over time?', { id: 'rr.continuity.q' }),
      poles: { stable: msg('Yes, a stable group', { id: 'rr.continuity.stable' }), unstable: msg('No, partners come and go', { id: 'rr.continuity.unstable' }) },
    },
    time: {
      question: msg('How much time can the partners invest in the network?', { id: 'rr.time.q' }),
      poles: { much: msg('Plenty of time', { id: 'rr.time.much' }), little: msg('Little time', { id: 'rr.time.little' }) },
    },
    addedValue: {
      question: msg('Do the partners see real added value in the network for their own work?', { id: 'rr.addedValue.q' }),
      poles: { high: msg('Yes, real added value', { id: 'rr.addedValue.high' }), low: msg('Little or none', { id: 'rr.addedValue.low' }) },
    },
    trust: {
      question: msg('How much do the partners trust the organisation that appoints the coordinator?', { id: 'rr.trust.q' }),
      poles: { high: msg('A lot of trust', { id: 'rr.trust.high' }), low: msg('Limited trust', { id: 'rr.trust.low' }) },
    },
  };
}

/** A role's name and what it means in practice (Span et al. 2012). */
export function roleTexts(): Record<Role, { name: string; decides: string; responsibility: string; character: string; practice: string }> {
  return {
    facilitator: {
      name: msg('Facilitator', { id: 'rr.role.facilitator' }),
      decides: msg('The partners keep the final say.', { id: 'rr.role.facilitator.decides' }),
      responsibility: msg('Responsibility stays with the partners.', { id: 'rr.role.facilitator.responsibility' }),
      character: msg('Bottom-up: the coordinator brings the partners together and supports their collaboration.', { id: 'rr.role.facilitator.character' }),
      practice: msg('Invest in meetings where every partner has a voice and in a shared agenda. Involving everyone can cost speed: weigh inclusion against efficiency.', { id: 'rr.role.facilitator.practice' }),
    },
    'co-producer': {
      name: msg('Co-producer', { id: 'rr.role.co-producer' }),
      decides: msg('The coordinator and the partners decide together.', { id: 'rr.role.co-producer.decides' }),
      responsibility: msg('Coordinator and partners share responsibility.', { id: 'rr.role.co-producer.responsibility' }),
      character: msg('The coordinator is an equal partner among the partners and shares in the decisions.', { id: 'rr.role.co-producer.character' }),
      practice: msg('Agree who decides what. Combine one-on-one talks with decisions taken together.', { id: 'rr.role.co-producer.practice' }),
    },
    commissioner: {
      name: msg('Commissioner', { id: 'rr.role.commissioner' }),
      decides: msg('The coordinator has the final say; the partners have a limited say.', { id: 'rr.role.commissioner.decides' }),
      responsibility: msg('The coordinator carries final responsibility.', { id: 'rr.role.commissioner.responsibility' }),
      character: msg('Top-down: the coordinator leads, sets the direction and divides the tasks.', { id: 'rr.role.commissioner.character' }),
      practice: msg('Make the mandate explicit and keep partners informed and consulted, so that leading does not mean losing them.', { id: 'rr.role.commissioner.practice' }),
    },
  };
}

/** The governance form questions (Provan & Kenis 2008) and their options. */
export function governanceTexts(): Record<string, { question: string; options: Record<string, string> }> {
  return {
    trust: {
      question: msg('How is trust spread across the network?', { id: 'rr.gov.trust.q' }),
      options: {
        'widely-shared': msg('Widely shared among all partners', { id: 'rr.gov.trust.widely-shared' }),
        'low-centralised': msg('Low, and focused on one organisation', { id: 'rr.gov.trust.low-centralised' }),
        moderate: msg('Moderately shared', { id: 'rr.gov.trust.moderate' }),
      },
    },
    size: {
      question: msg('How many partners take part?', { id: 'rr.gov.size.q' }),
      options: {
        few: msg('A few', { id: 'rr.gov.size.few' }),
        moderate: msg('A moderate number', { id: 'rr.gov.size.moderate' }),
        many: msg('Many', { id: 'rr.gov.size.many' }),
      },
    },
    goalConsensus: {
      question: msg('How far do the partners agree on the goals of the network?', { id: 'rr.gov.goalConsensus.q' }),
      options: {
        high: msg('Strong agreement', { id: 'rr.gov.goalConsensus.high' }),
        'moderately-low': msg('Rather little agreement', { id: 'rr.gov.goalConsensus.moderately-low' }),
        'moderately-high': msg('Fairly strong agreement', { id: 'rr.gov.goalConsensus.moderately-high' }),
      },
    },
    competencies: {
      question: msg('How much does the network need skills of its own, such as managing funds or running joint services?', { id: 'rr.gov.competencies.q' }),
      options: {
        low: msg('Little', { id: 'rr.gov.competencies.low' }),
        moderate: msg('Some', { id: 'rr.gov.competencies.moderate' }),
        high: msg('A lot', { id: 'rr.gov.competencies.high' }),
      },
    },
  };
}

/** The governance forms: name and description. */
export function governanceFormTexts(): Record<GovernanceForm, { name: string; description: string }> {
  return {
    shared: {
      name: msg('Self-regulating network', { id: 'rr.form.shared' }),
      description: msg('The partners govern the network together, without a separate coordinating body. This works best with few partners, widely shared trust and strong agreement on goals. Example from the Demos talk: the welfare consultations (welzijnsoverleg) in Antwerp and Ghent, where organisations exchange information and a steering group runs the practical side.', { id: 'rr.form.shared.desc' }),
    },
    'lead-organisation': {
      name: msg('Lead organisation', { id: 'rr.form.lead-organisation' }),
      description: msg('One partner, often the municipality or the OCMW/CPAS, takes the lead and coordinates on behalf of all. This fits when trust is focused on that organisation and agreement on goals is limited. Example from the Demos talk: in Boom, the OCMW founded and leads the network Boempetat, runs its swap shop for baby clothes itself and works with Kind en Gezin, the health insurance funds and others.', { id: 'rr.form.lead-organisation.desc' }),
    },
    nao: {
      name: msg('Network administrative organisation (NAO)', { id: 'rr.form.nao' }),
      description: msg('A separate body with its own coordinator or staff governs the network. This fits many partners, moderate trust and a strong need for skills at network level.', { id: 'rr.form.nao.desc' }),
    },
  };
}

/** The directing aspects of local government (INCh) and their options. */
export function directingTexts(): Record<string, { question: string; options: Record<string, string> }> {
  const by = () => ({
    municipality: msg('The municipality', { id: 'rr.dir.option.municipality' }),
    joint: msg('The municipality and the partners together', { id: 'rr.dir.option.joint' }),
    parties: msg('The partners themselves', { id: 'rr.dir.option.parties' }),
  });
  return {
    steering: { question: msg('Who steers the network?', { id: 'rr.dir.steering.q' }), options: by() },
    boundaries: { question: msg('Who sets the boundaries: who takes part and what the network covers?', { id: 'rr.dir.boundaries.q' }), options: by() },
    dependency: {
      question: msg('How are the partners bound to the network?', { id: 'rr.dir.dependency.q' }),
      options: {
        municipality: msg('Formally, through agreements or funding', { id: 'rr.dir.dependency.municipality' }),
        joint: msg('Partly formally, partly informally', { id: 'rr.dir.dependency.joint' }),
        parties: msg('Informally', { id: 'rr.dir.dependency.parties' }),
      },
    },
    alignment: { question: msg('Who aligns the work of the partners?', { id: 'rr.dir.alignment.q' }), options: by() },
    goals: { question: msg('Who sets the goals?', { id: 'rr.dir.goals.q' }), options: by() },
    responsibility: { question: msg('Who carries the responsibility?', { id: 'rr.dir.responsibility.q' }), options: by() },
    vision: { question: msg('Who formulates the vision?', { id: 'rr.dir.vision.q' }), options: by() },
    monitoring: { question: msg('Who monitors progress?', { id: 'rr.dir.monitoring.q' }), options: by() },
  };
}

/** The directing types: name and description. */
export function directingTypeTexts(): Record<DirectingType, { name: string; description: string }> {
  return {
    executer: {
      name: msg('Executer', { id: 'rr.type.executer' }),
      description: msg('The municipality steers, sets the goals, boundaries and vision, and monitors progress itself. Partners depend on it formally.', { id: 'rr.type.executer.desc' }),
    },
    partner: {
      name: msg('Partner', { id: 'rr.type.partner' }),
      description: msg('The municipality steers together with the partners: goals, vision, boundaries and monitoring are set jointly, and responsibility is shared.', { id: 'rr.type.partner.desc' }),
    },
    initiator: {
      name: msg('Initiator', { id: 'rr.type.initiator' }),
      description: msg('The partners steer themselves: they set the boundaries, the goals and the vision, align their work, monitor progress and carry the responsibility, bound to each other informally.', { id: 'rr.type.initiator.desc' }),
    },
  };
}

/** "3 of 9 questions answered". */
export function progressText(answered: number, total: number): string {
  return msg(str`${answered} of ${total} questions answered`, { id: 'rr.progress' });
}

/** Joins names as "A and B" / "A, B and C": the one shared helper (src/internal/list.ts). */
export { joinAnd } from '../../internal/list.js';

/** "Based on 1 of 9 characteristics", in the plural rules of the language on screen. */
export function basisText(answered: number, total: number): string {
  return plural(answered, {
    one: () => msg(str`Based on ${answered} of ${total} characteristics.`, { id: 'rr.basis.one', desc: 'Singular form of rr.basis (French: also for 0). The count is the first number.' }),
    other: () => msg(str`Based on ${answered} of ${total} characteristics.`, { id: 'rr.basis' }),
  });
}

/**
 * How close each role stands to the answers, in words and in order: closest first.
 * Words instead of percentages, because the scores are a modelling choice.
 */
export function orderTexts(r: Pick<RoleResult, 'order' | 'scores'>): Array<{ role: Role; text: string }> {
  const names = roleTexts();
  const equal = (a: Role, b: Role) => Math.abs(r.scores[a] - r.scores[b]) < 1e-9;
  const lowest = r.order[r.order.length - 1];
  return r.order.map((role, i) => {
    // The first role of a group of equals names the group's place; the others say "as close as".
    const lead = r.order.find((other) => equal(other, role)) as Role;
    const text = lead !== role
      ? msg(str`as close as ${names[lead].name}`, { id: 'rr.order.same' })
      : i === 0 ? msg('closest to your answers', { id: 'rr.order.first' })
      : equal(role, lowest) ? msg('furthest from your answers', { id: 'rr.order.last' })
      : msg('in between', { id: 'rr.order.middle' });
    return { role, text };
  });
}

/** Said when the co-producer leads only because the model puts it between split answers. */
export function middleByModelText(): string {
  return msg('None of your answers points to the co-producer. It comes out on top because your answers point both ways and the tool places the co-producer between them.', { id: 'rr.middleByModel' });
}

// ---- ux: "Start again" and its undo -------------------------------------------------

/** The texts of "Start again" and of bringing the cleared answers back. */
export function resetTexts(): { undo: string; clearedUndo: string; restored: string } {
  return {
    undo: msg('Bring the answers back', { id: 'rr.undo' }),
    clearedUndo: msg('All answers cleared. You can still bring them back with the button next to "Start again".', { id: 'rr.clearedUndo' }),
    restored: msg('Your answers are back.', { id: 'rr.restored' }),
  };
}

// ---- content: INCh's recommendation at meso level, where the role result points to it ----

/**
 * INCh's recommendation at meso level (seed 000, "Beleidsaanbevelingen"), shown with the
 * role result: the coordinator's role is itself something the research recommends on.
 */
export function inchMesoText(): string {
  return msg('INCh’s recommendation at meso level: the network coordinator has a central place in building the network and in making social rights real; coordination needs structural funding, and coordinators must take up a fitting governance role.', { id: 'rr.counter.inchMeso' });
}
