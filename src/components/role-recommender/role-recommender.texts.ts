/**
 * The role recommender's texts that a first screen can show, looked up by the core's ids
 * (the rest, shown later, are in role-recommender.later-texts.ts). Kept apart from the
 * element so the element stays a thin adapter and translators find the texts in two places.
 * Functions, not constants: msg() must run at render time to follow the active locale.
 */
import { msg, str } from '@lit/localize';
import type { Role } from '../../core/roles/index.js';
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
