/**
 * The quality checker's data: the B's, the question bank per audience and the
 * improvement ideas. Ids only; the element looks up every text with `msg()`.
 *
 * The five B's are Roose & De Bie's (2003) with VVSG's working definitions; Flemish
 * practice adds being known and trustworthiness (DOMAIN.md section 3).
 */

import type { Credit } from '../provenance.js';

/**
 * Every dimension, in the canonical order: the five B's, then the two Flemish
 * additions. Ties in "weakest first" and the order of every list follow this order.
 */
export const QUALITY_DIMENSIONS = [
  'availability',
  'reachability',
  'affordability',
  'usability',
  'comprehensibility',
  'awareness',
  'trust',
] as const;
/** One of the B's. */
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

/** The five B's of Roose & De Bie, always shown. */
export const QUALITY_CORE_DIMENSIONS: readonly QualityDimension[] = QUALITY_DIMENSIONS.slice(0, 5);
/** Being known (bekendheid) and trustworthiness (betrouwbaarheid): shown with `extended`. */
export const QUALITY_EXTENDED_DIMENSIONS: readonly QualityDimension[] = QUALITY_DIMENSIONS.slice(5);

/**
 * How the family questions read: `standard` (plain language) or `easy` (an easy-read
 * set: one very short sentence per question, the most familiar words, simpler answer
 * words). A text is easy-read officially only after testing with readers.
 */
export const QUALITY_READING_LEVELS = ['standard', 'easy'] as const;
/** A reading level; see {@link QUALITY_READING_LEVELS}. */
export type QualityReadingLevel = (typeof QUALITY_READING_LEVELS)[number];

/** Who answers: a parent about a service they use, or staff about their own service. */
export const QUALITY_AUDIENCES = ['family', 'staff'] as const;
/** The audience of the questions. */
export type QualityAudience = (typeof QUALITY_AUDIENCES)[number];

/** One question of the bank. Its text is looked up by id in the element. */
export interface QualityQuestion {
  /** Stable, readable id, used as the key in `answers` and in saved results. */
  id: string;
  /** The B it measures. */
  dimension: QualityDimension;
  /** Who it is written for. */
  audience: QualityAudience;
  /**
   * The staff question a family question pairs with (same topic, seen from the other
   * side), so a report can put a parent's and a professional's answer side by side.
   */
  pairsWith?: string;
  /**
   * Which answer words fit the question (always 1..5, 5 the accessible end): `extent`
   * (not at all .. completely, the default), `frequency` (never .. always) for questions
   * about how often, `timing` (much too late .. early) for "early enough".
   */
  scale?: QualityScale;
}

/** The kinds of answer words; see {@link QualityQuestion.scale}. */
export const QUALITY_SCALES = ['extent', 'frequency', 'timing'] as const;
/** A kind of answer words. */
export type QualityScale = (typeof QUALITY_SCALES)[number];

/** Questions that ask for a fact get answer words that fit them. */
const SCALE_OF: Readonly<Record<string, QualityScale>> = {
  'family-availability-quick-help': 'frequency',
  'family-awareness-heard-about': 'timing',
  'family-trust-felt-welcome': 'frequency',
  'family-trust-same-person': 'frequency',
  'family-comprehensibility-told-other-help': 'frequency',
};

/** Builds the rows of one audience and dimension; the id says all three things. */
function rows(audience: QualityAudience, dimension: QualityDimension, slugs: readonly string[]): QualityQuestion[] {
  return slugs.map((slug) => ({ id: `${audience}-${dimension}-${slug}`, dimension, audience }));
}

/** A family question that pairs with a staff question of the same B. */
function paired(dimension: QualityDimension, slug: string, staffSlug: string): QualityQuestion {
  return { id: `family-${dimension}-${slug}`, dimension, audience: 'family', pairsWith: `staff-${dimension}-${staffSlug}` };
}

/**
 * The question bank. Every answer is on the same 1..5 scale where 5 is the accessible
 * end, so no question is phrased in reverse. Family questions are about one service
 * the parent uses, in plain words; staff questions are about the staff's own service.
 * The family list stays short (two or three per B) because it is answered on a phone.
 * The third family questions pair with a staff question (`pairsWith`): being told about
 * other help (non-take-up: "Ze wisten dat en ze hebben me het niet gezegd", INCh), the
 * language of the information, and asking for a lower price without discomfort.
 */
export const QUALITY_QUESTIONS: readonly QualityQuestion[] = [
  // Family: one parent, one service. Texts avoid every stigmatising word.
  ...rows('family', 'availability', ['quick-help', 'easy-to-arrange']),
  ...rows('family', 'reachability', ['easy-to-get-there', 'suitable-times']),
  ...rows('family', 'affordability', ['could-pay', 'no-extra-costs']),
  paired('affordability', 'ask-lower-price', 'discreet-reductions'),
  ...rows('family', 'usability', ['helped', 'fits-family']),
  ...rows('family', 'comprehensibility', ['clear-information', 'explained-during']),
  paired('comprehensibility', 'own-language', 'languages-families-speak'),
  paired('comprehensibility', 'told-other-help', 'rights'),
  ...rows('family', 'awareness', ['heard-about', 'easy-to-find']),
  ...rows('family', 'trust', ['felt-welcome', 'same-person']),
  // Staff: about their own service, including who it misses.
  ...rows('staff', 'availability', ['waiting-list', 'paperwork', 'unspoken-needs']),
  ...rows('staff', 'reachability', ['opening-hours', 'distance-transport', 'outreach']),
  ...rows('staff', 'affordability', ['price', 'hidden-costs', 'discreet-reductions']),
  ...rows('staff', 'usability', ['fits-needs', 'specific-families', 'who-we-miss']),
  ...rows('staff', 'comprehensibility', ['plain-language', 'languages-families-speak', 'explained-during', 'rights']),
  ...rows('staff', 'awareness', ['known-by-families', 'known-by-partners']),
  ...rows('staff', 'trust', ['named-contact', 'transitions', 'no-fear']),
];

/** An improvement idea and the B's it helps with. */
export interface QualityIdea {
  /** Stable id; the element shows its text. */
  id: string;
  /** The B's it improves, first the one it is best known for. */
  dimensions: readonly QualityDimension[];
  /**
   * The known drawback the seeds name with it, as an id, so the widget shows the
   * evidence against and not only the remedy (with the upsides the seeds name next to
   * it, for the contact person). Absent when the seeds name none.
   */
  caveat?: string;
  /** Where the idea comes from and how: a source's finding or example. */
  credit: Credit;
}

const INCH_FINDING: Credit = { provenance: 'finding', source: 'inch' };
const INCH_EXAMPLE: Credit = { provenance: 'example', source: 'inch' };
const KE_EXAMPLE: Credit = { provenance: 'example', source: 'kinderen-eerst' };
const DEMOS_EXAMPLE: Credit = { provenance: 'example', source: 'demos-2014' };

/**
 * Improvement ideas from the seeds (DOMAIN.md section 3), in the order they are shown,
 * each credited to its own source: home visits, the contact person, continuity, rights
 * and involving parents are INCh's findings (seed 000); meeting spaces, newsletters,
 * schools, the bridge figure and the information point are examples of the "Kinderen
 * eerst" good practice "make help more accessible and better known" (seed 003: 52% of
 * the platforms say the threshold was lowered, 54% that help is better known), early
 * partners of its good practice 6 (95%) and involving stakeholders of its good practice 7;
 * discounts, passes and local funds are examples from the Demos talk (seed 004).
 * Every dimension has at least one idea.
 */
export const QUALITY_IDEAS: readonly QualityIdea[] = [
  // Reachability and being known.
  { id: 'home-visits', dimensions: ['reachability', 'awareness'], caveat: 'home-visits-need-trust', credit: INCH_FINDING },
  { id: 'meeting-spaces', dimensions: ['reachability', 'awareness'], credit: KE_EXAMPLE },
  { id: 'newsletters-local-papers', dimensions: ['awareness'], credit: KE_EXAMPLE },
  { id: 'school-contact', dimensions: ['awareness', 'reachability'], credit: KE_EXAMPLE },
  { id: 'bridge-figure', dimensions: ['reachability', 'awareness'], credit: KE_EXAMPLE },
  { id: 'information-point', dimensions: ['awareness', 'reachability'], credit: KE_EXAMPLE },
  { id: 'early-partners', dimensions: ['availability', 'awareness'], credit: KE_EXAMPLE },
  // Affordability.
  { id: 'discount-systems', dimensions: ['affordability'], credit: DEMOS_EXAMPLE },
  { id: 'passes', dimensions: ['affordability'], credit: DEMOS_EXAMPLE },
  { id: 'local-funds', dimensions: ['affordability'], credit: DEMOS_EXAMPLE },
  // Usability and trust.
  {
    id: 'named-contact-person', dimensions: ['usability', 'trust'],
    caveat: 'named-contact-single-person', credit: INCH_FINDING,
  },
  { id: 'continuity-transitions', dimensions: ['usability', 'trust'], credit: INCH_FINDING },
  // Comprehensibility, and non-take-up, which is also an availability matter.
  { id: 'inform-rights', dimensions: ['comprehensibility'], credit: INCH_FINDING },
  { id: 'mini-rights-check', dimensions: ['comprehensibility', 'availability'], credit: INCH_EXAMPLE },
  // Every B: quality is built in dialogue with the families.
  { id: 'involve-parents', dimensions: ['usability', 'availability', 'comprehensibility', 'trust'], credit: INCH_FINDING },
  // "Kinderen eerst" good practice 7, with the study's own example (seed 003); the study
  // gives no survey figure for it, so the text quotes none.
  { id: 'involve-stakeholders', dimensions: ['usability', 'trust'], credit: KE_EXAMPLE },
  { id: 'demand-led-work', dimensions: ['availability', 'usability'], credit: INCH_FINDING },
];

/** The dimensions shown: the five B's, plus being known and trust when `extended`. */
export function qualityDimensions(extended = false): QualityDimension[] {
  return extended ? [...QUALITY_DIMENSIONS] : [...QUALITY_CORE_DIMENSIONS];
}

/**
 * The questions shown to an audience, grouped by dimension in the canonical order.
 * @param audience who answers; an unknown value falls back to `family`.
 * @param extended also ask about being known and trust.
 */
export function qualityQuestions(audience: QualityAudience, extended = false): { id: string; dimension: QualityDimension }[] {
  const who: QualityAudience = audience === 'staff' ? 'staff' : 'family';
  return qualityDimensions(extended).flatMap((dimension) =>
    QUALITY_QUESTIONS.filter((q) => q.audience === who && q.dimension === dimension).map(({ id }) => ({ id, dimension })),
  );
}

/**
 * The improvement ideas for one dimension, ideas that name it first leading.
 * @param dimension the B to improve.
 */
export function qualityIdeas(dimension: QualityDimension): QualityIdea[] {
  const ideas = QUALITY_IDEAS.filter((idea) => idea.dimensions.includes(dimension));
  // Stable sort: ideas that are best known for this B first, then the others in table order.
  return ideas.sort((a, b) => Number(b.dimensions[0] === dimension) - Number(a.dimensions[0] === dimension));
}

/**
 * The answer words that fit a question: `extent` unless the question asks how often or
 * how early. Unknown ids get `extent`.
 */
export function qualityScale(id: string): QualityScale {
  return SCALE_OF[id] ?? 'extent';
}

/** Every family question that pairs with a staff question: `[family id, staff id]`. */
export function qualityPairs(): Array<[string, string]> {
  return QUALITY_QUESTIONS.filter((q) => q.pairsWith).map((q) => [q.id, q.pairsWith as string]);
}

/** The question with this id, or undefined for an id outside the bank. */
export function qualityQuestion(id: string): QualityQuestion | undefined {
  return QUALITY_QUESTIONS.find((q) => q.id === id);
}
