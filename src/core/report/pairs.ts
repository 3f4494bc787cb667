/**
 * Families next to staff: which family question asks the same thing as which staff
 * question. Only these pairs are compared, so the comparison never sets a parent's
 * answer about one thing against a professional's answer about another.
 */
import { QUALITY_DIMENSIONS, type QualityDimension, qualityPairs, qualityQuestion } from '../quality/index.js';

/** A family question and the staff question that asks the same thing of the service. */
export interface QualityPair {
  /** The family question's id. */
  family: string;
  /** The staff question's id. */
  staff: string;
}

/**
 * The pairs of the original questions, read from their texts: the two sides ask
 * about the same thing (a quick start and the waiting list, the price and what the
 * family can pay). A question with no counterpart is left out on purpose: e.g. "did you
 * feel welcome" (family) and "can families come without fear" (staff) are both about
 * trust, but not the same thing.
 */
const READ_PAIRS: readonly QualityPair[] = [
  { family: 'family-availability-quick-help', staff: 'staff-availability-waiting-list' },
  { family: 'family-availability-easy-to-arrange', staff: 'staff-availability-paperwork' },
  { family: 'family-reachability-easy-to-get-there', staff: 'staff-reachability-distance-transport' },
  { family: 'family-reachability-suitable-times', staff: 'staff-reachability-opening-hours' },
  { family: 'family-affordability-could-pay', staff: 'staff-affordability-price' },
  { family: 'family-affordability-no-extra-costs', staff: 'staff-affordability-hidden-costs' },
  { family: 'family-usability-helped', staff: 'staff-usability-fits-needs' },
  { family: 'family-usability-fits-family', staff: 'staff-usability-specific-families' },
  { family: 'family-comprehensibility-explained-during', staff: 'staff-comprehensibility-explained-during' },
  { family: 'family-awareness-heard-about', staff: 'staff-awareness-known-by-families' },
  { family: 'family-trust-same-person', staff: 'staff-trust-named-contact' },
];

/**
 * Every pair: those above and the ones the question bank declares itself
 * (`pairsWith`, the family questions written to pair with a staff question).
 */
export const QUALITY_PAIRS: readonly QualityPair[] = [
  ...READ_PAIRS,
  ...qualityPairs().filter(([family]) => !READ_PAIRS.some((p) => p.family === family)).map(([family, staff]) => ({ family, staff })),
];

/** The pairs of one B; empty when none of its questions has a counterpart. */
export function qualityPairsOf(dimension: QualityDimension): QualityPair[] {
  // A pair whose question left the bank is dropped rather than compared half.
  return QUALITY_PAIRS.filter((p) => qualityQuestion(p.family)?.dimension === dimension && qualityQuestion(p.staff)?.dimension === dimension);
}

/** The B's that have no pair at all, in the canonical order. */
export function qualityUnpairedDimensions(): QualityDimension[] {
  return QUALITY_DIMENSIONS.filter((d) => qualityPairsOf(d).length === 0);
}
