/**
 * The role recommender's texts that no first screen shows: the questions, forms and
 * types of the two typology views (governance form, role of local government), the
 * roles in order, and the notes of a role result. Only the later chunk (views/later.ts:
 * outcome.ts, typology.ts) imports this module, so a first visit does not download it;
 * their messages are in the `rr-later` text group (LAZY_GROUPS in scripts/build-locales.mjs).
 * Functions, not constants: msg() must run at render time to follow the active locale.
 */
import { msg, str } from '@lit/localize';
import type { DirectingType, GovernanceForm, Role, RoleResult } from '../../core/roles/index.js';
import { roleTexts } from './role-recommender.texts.js';

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

// ---- content: INCh's recommendation at meso level, where the role result points to it ----

/**
 * INCh's recommendation at meso level (seed 000, "Beleidsaanbevelingen"), shown with the
 * role result: the coordinator's role is itself something the research recommends on.
 */
export function inchMesoText(): string {
  return msg('INCh’s recommendation at meso level: the network coordinator has a central place in building the network and in making social rights real; coordination needs structural funding, and coordinators must take up a fitting governance role.', { id: 'rr.counter.inchMeso' });
}
