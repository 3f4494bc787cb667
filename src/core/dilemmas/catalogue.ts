/**
 * The dilemma catalogue as data: ids and structure only, no text.
 *
 * A dilemma is "a situation where every possible decision also has drawbacks" (INCh).
 * The element looks up every text (poles, explanation, stakes, questions, mediating
 * factors, possible answers, quote, credits) by the ids held here, so this table is
 * also the checklist the element's text table is tested against.
 */

/** The four groups the explorer browses by, in display order. */
export const DILEMMA_KINDS = ['organisational', 'professional', 'inclusion', 'practice'] as const;
/**
 * A group of dilemmas: organisational (from inter-organisational collaboration),
 * professional (from inter-professional collaboration), inclusion (how a network
 * includes or excludes families) and practice (tensions met in daily network work).
 */
export type DilemmaKind = (typeof DILEMMA_KINDS)[number];

/**
 * Where a dilemma or quote comes from, so the element can credit it.
 * - `inch`: the INCh research project (Integrated Networks to combat Child poverty, 2014-2018).
 * - `provan-kenis`: Provan & Kenis (2008), JPART 18(2), network governance tensions.
 * - `bmlik`: BMLIK vzw (2004), a movement of people on low incomes with children, quoted by INCh.
 * - `kinderen-eerst`: the federal "Kinderen eerst" pilot study of 57 local platforms
 *   (2014-2015, seed 003): its good practices and recommendations, with survey figures.
 */
export const DILEMMA_SOURCES = ['inch', 'provan-kenis', 'bmlik', 'kinderen-eerst'] as const;
/** A source id; see {@link DILEMMA_SOURCES}. */
export type DilemmaSourceId = (typeof DILEMMA_SOURCES)[number];

/** One dilemma or tension of the catalogue. */
export interface Dilemma {
  /** Stable id, used as key in `positions`, `priorities` and room splits. */
  readonly id: string;
  /** The group it belongs to. */
  readonly kind: DilemmaKind;
  /** Ids of the two poles, first (position -1) then second (position 1). */
  readonly poles: readonly [string, string];
  /** How many reflection questions the element has for it (numbered 0..n-1). */
  readonly questions: 2 | 3;
  /** Ids of the mediating factors the sources name; empty when they name none. */
  readonly mediating: readonly string[];
  /** Ids of the possible answers the sources offer (e.g. the "third space"); may be empty. */
  readonly answers: readonly string[];
  /** Who the quote shown with it is credited to; null when there is no quote. */
  readonly quote: DilemmaSourceId | null;
  /** Where the dilemma itself comes from. */
  readonly sources: readonly DilemmaSourceId[];
  /**
   * False when the sources only name the dilemma (learning, role): the element then
   * says that its explanation is a starting point for discussion, not the research's.
   */
  readonly detailed: boolean;
}

/** Shorthand that keeps the table below readable. */
function d(
  id: string,
  kind: DilemmaKind,
  poles: [string, string],
  questions: 2 | 3,
  extra: { mediating?: string[]; answers?: string[]; quote?: DilemmaSourceId; sources?: DilemmaSourceId[]; detailed?: boolean } = {},
): Dilemma {
  return Object.freeze({
    id,
    kind,
    poles: Object.freeze(poles) as readonly [string, string],
    questions,
    mediating: Object.freeze(extra.mediating ?? []),
    answers: Object.freeze(extra.answers ?? []),
    quote: extra.quote ?? null,
    sources: Object.freeze<DilemmaSourceId[]>(extra.sources ?? ['inch']),
    detailed: extra.detailed ?? true,
  });
}

/**
 * Every dilemma and tension of DOMAIN.md section 2, grouped by kind in display order.
 * Organisational and professional dilemmas come from INCh's talk on collaboration
 * (seed 002), the inclusion tensions from "Processen van inclusie en exclusie" (000),
 * the practice tensions from seeds 000, 001 and 002. Possible answers include the
 * "Kinderen eerst" good practices and recommendations (seed 003, with their survey
 * figures) and INCh's recommendations at macro, meso and micro level (seed 000, end)
 * where a dilemma points to them; the stakes are the tool's own reading (the element
 * says so).
 */
export const DILEMMAS: readonly Dilemma[] = Object.freeze([
  // Organisational dilemmas (inter-organisational collaboration).
  d('loyalty', 'organisational', ['organisation', 'network'], 3, { mediating: ['physical-proximity', 'rich-media'] }),
  d('responsibility', 'organisational', ['clear', 'diffuse'], 3, { answers: ['central-coordination', 'inch-meso-coordinator'] }),
  d('culture', 'organisational', ['own-culture', 'seamless-service'], 3, { answers: ['third-space-unitary', 'third-space-plural'] }),
  d('power', 'organisational', ['autonomy', 'dependency'], 3, { answers: ['weigh-knowledge-frames', 'balance'] }),
  // Professional dilemmas (inter-professional collaboration).
  d('identity', 'professional', ['own-profession', 'hybrid'], 3, { answers: ['hybrid-professional'] }),
  d('knowledge', 'professional', ['explicit', 'implicit'], 3),
  d('learning', 'professional', ['own-organisation', 'network'], 2, { detailed: false }),
  d('role', 'professional', ['own-role', 'network-role'], 2, { detailed: false }),
  // How networks include or exclude families.
  d('selective-universal', 'inclusion', ['selective', 'universal'], 3, {
    answers: ['rights-based', 'proportionate-universalism', 'balance-universal-local'], quote: 'inch', sources: ['inch', 'kinderen-eerst'],
  }),
  d('instrumental-lifeworld', 'inclusion', ['instrumental', 'lifeworld'], 3, {
    answers: ['needs-first', 'involve-stakeholders'], quote: 'inch', sources: ['inch', 'kinderen-eerst'],
  }),
  d('child-family', 'inclusion', ['child', 'family'], 3, { answers: ['interconnected-rights'], quote: 'inch' }),
  d('conditional-unconditional', 'inclusion', ['conditional', 'unconditional'], 2, { answers: ['inch-micro-rights'] }),
  // Tensions in practice.
  d('formal-informal', 'practice', ['formal', 'informal'], 2, { answers: ['shared-framework'] }),
  d('supportive-controlling', 'practice', ['supportive', 'controlling'], 2, { answers: ['shared-framework'] }),
  d('sharing-secrecy', 'practice', ['sharing', 'secrecy'], 3, {
    answers: ['client-involvement', 'transparency', 'own-story', 'know-the-offer'], sources: ['inch', 'kinderen-eerst'],
  }),
  d('monitoring-distance', 'practice', ['monitoring', 'distance'], 2, { quote: 'bmlik' }),
  d('efficiency-inclusion', 'practice', ['efficiency', 'inclusion'], 3, {
    answers: ['steering-group', 'working-groups', 'one-to-one', 'bring-actors-together'],
    sources: ['inch', 'provan-kenis', 'kinderen-eerst'],
  }),
  d('stigma-matthew', 'practice', ['stigma', 'matthew'], 3, {
    answers: ['proportionate-universalism', 'open-non-stigmatising'], quote: 'inch', sources: ['inch', 'kinderen-eerst'],
  }),
  d('double-nobody', 'practice', ['double-work', 'nobodys-work'], 2, {
    answers: ['clear-tasks', 'reflection-tool', 'combine-existing'], sources: ['inch', 'kinderen-eerst'],
  }),
  d('individual-structural', 'practice', ['individual', 'structural'], 2, {
    answers: ['signal-upwards', 'inch-macro', 'link-local-policy'], sources: ['inch', 'kinderen-eerst'],
  }),
]);

/** The ids of {@link DILEMMAS}, in catalogue order. */
export const DILEMMA_IDS: readonly string[] = Object.freeze(DILEMMAS.map((x) => x.id));

/**
 * The discussion statements INCh put to its audience (seed 002, "Stellingen"), used as
 * workshop prompts: collaboration automatically helps families; some dilemmas weigh
 * more than others; a local central directing role is needed.
 */
export const DILEMMA_STATEMENTS = ['collaboration-automatic', 'unequal-impact', 'central-direction'] as const;
/** A discussion statement id. */
export type DilemmaStatement = (typeof DILEMMA_STATEMENTS)[number];

/** The dilemma with this id, or undefined for an unknown id. */
export function dilemmaById(id: string): Dilemma | undefined {
  return BY_ID.get(id);
}

/** A map, not a search: cleaning an object with 130,000 unknown keys looks each one up. */
const BY_ID = new Map(DILEMMAS.map((d) => [d.id, d]));

/**
 * The dilemmas of the given kinds, in catalogue order.
 * @param kinds the kinds to show; an empty list means all, as with the `kinds` attribute.
 */
export function dilemmasOfKinds(kinds: readonly DilemmaKind[]): Dilemma[] {
  if (kinds.length === 0) return [...DILEMMAS];
  return DILEMMAS.filter((x) => kinds.includes(x.kind));
}
