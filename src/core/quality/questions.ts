/**
 * The quality checker's data: the B's, the question bank per audience and the
 * improvement ideas. Ids only; the element looks up every text with `msg()`.
 *
 * The five B's are Roose & De Bie's (2003) with VVSG's working definitions; Flemish
 * practice adds being known and trustworthiness (DOMAIN.md section 3).
 */

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
}

/** Builds the rows of one audience and dimension; the id says all three things. */
function rows(audience: QualityAudience, dimension: QualityDimension, slugs: readonly string[]): QualityQuestion[] {
  return slugs.map((slug) => ({ id: `${audience}-${dimension}-${slug}`, dimension, audience }));
}

/**
 * The question bank. Every answer is on the same 1..5 scale where 5 is the accessible
 * end, so no question is phrased in reverse. Family questions are about one service
 * the parent uses, in plain words; staff questions are about the staff's own service.
 * The family list stays short (two per B) because it is answered on a phone.
 */
export const QUALITY_QUESTIONS: readonly QualityQuestion[] = [
  // Family: one parent, one service. Texts avoid every stigmatising word.
  ...rows('family', 'availability', ['quick-help', 'easy-to-arrange']),
  ...rows('family', 'reachability', ['easy-to-get-there', 'suitable-times']),
  ...rows('family', 'affordability', ['could-pay', 'no-extra-costs']),
  ...rows('family', 'usability', ['helped', 'fits-family']),
  ...rows('family', 'comprehensibility', ['clear-information', 'explained-during']),
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
   * evidence against and not only the remedy. Absent when the seeds name none.
   */
  caveat?: string;
}

/**
 * Improvement ideas from the seeds (DOMAIN.md section 3), in the order they are shown.
 * Every dimension has at least one idea.
 */
export const QUALITY_IDEAS: readonly QualityIdea[] = [
  // Reachability and being known.
  { id: 'home-visits', dimensions: ['reachability', 'awareness'], caveat: 'home-visits-need-trust' },
  { id: 'meeting-spaces', dimensions: ['reachability', 'awareness'] },
  { id: 'newsletters-local-papers', dimensions: ['awareness'] },
  { id: 'school-contact', dimensions: ['awareness', 'reachability'] },
  { id: 'bridge-figure', dimensions: ['reachability', 'awareness'] },
  { id: 'information-point', dimensions: ['awareness', 'reachability'] },
  // Affordability.
  { id: 'discount-systems', dimensions: ['affordability'] },
  { id: 'passes', dimensions: ['affordability'] },
  { id: 'local-funds', dimensions: ['affordability'] },
  // Usability and trust.
  { id: 'named-contact-person', dimensions: ['usability', 'trust'], caveat: 'named-contact-single-person' },
  { id: 'continuity-transitions', dimensions: ['usability', 'trust'] },
  // Comprehensibility, and non-take-up, which is also an availability matter.
  { id: 'inform-rights', dimensions: ['comprehensibility'] },
  { id: 'mini-rights-check', dimensions: ['comprehensibility', 'availability'] },
  // Every B: quality is built in dialogue with the families.
  { id: 'involve-parents', dimensions: ['usability', 'availability', 'comprehensibility', 'trust'] },
  { id: 'demand-led-work', dimensions: ['availability', 'usability'] },
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

/** The question with this id, or undefined for an id outside the bank. */
export function qualityQuestion(id: string): QualityQuestion | undefined {
  return QUALITY_QUESTIONS.find((q) => q.id === id);
}
