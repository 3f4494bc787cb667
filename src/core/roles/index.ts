/**
 * Coordinator roles of a local network, from its characteristics.
 *
 * Role names follow Span, Luijkx, Schols & Schalk (2012); the contingency rules are the
 * INCh project's ("there is no ultimate coordinator role: the role depends on the
 * network's characteristics"). The three roles sit on one scale from bottom-up to
 * top-down, so each answer is placed on that scale and every role scores by how close
 * it stands to the answer. That keeps co-producer, the middle role, the natural
 * recommendation when the answers pull both ways. That is a modelling choice of this
 * tool, not a finding: the result says so (`middleByModel`) and offers an ordering
 * (`order`) rather than percentages.
 */
import { type Cleaned, type InputIssue, isRecord } from '../shared.js';

/** The three coordinator roles, bottom-up to top-down. */
export const ROLES = ['facilitator', 'co-producer', 'commissioner'] as const;
/** A coordinator role. */
export type Role = (typeof ROLES)[number];

/** Where each role stands on the bottom-up (0) to top-down (1) scale. */
const ROLE_POSITION: Record<Role, number> = { facilitator: 0, 'co-producer': 0.5, commissioner: 1 };

/** One pole of a network characteristic and the roles INCh links it to. */
export interface RolePole {
  /** The answer value, e.g. `low`. */
  value: string;
  /** The roles this pole points to, as INCh's table lists them. */
  roles: readonly Role[];
}

/** A network characteristic the recommender asks about. */
export interface RoleFactor {
  /** Stable id, used as the key in `answers`. */
  id: string;
  /** The two poles, in the order the question shows them. */
  poles: readonly [RolePole, RolePole];
  /** Where the rule comes from: the INCh deck (000) or the workability deck (001). */
  source: 'inch-2018' | 'inch-workability';
}

const F: Role = 'facilitator';
const CP: Role = 'co-producer';
const C: Role = 'commissioner';

/** INCh's contingency table: nine characteristics, each pole pointing to one or two roles. */
export const ROLE_FACTORS: readonly RoleFactor[] = [
  { id: 'commitment', poles: [{ value: 'low', roles: [C] }, { value: 'high', roles: [F] }], source: 'inch-2018' },
  { id: 'consensus', poles: [{ value: 'high', roles: [F] }, { value: 'low', roles: [CP, C] }], source: 'inch-2018' },
  { id: 'history', poles: [{ value: 'positive', roles: [C] }, { value: 'negative', roles: [F] }], source: 'inch-2018' },
  { id: 'diversity', poles: [{ value: 'high', roles: [C] }, { value: 'low', roles: [F] }], source: 'inch-2018' },
  { id: 'participation', poles: [{ value: 'voluntary', roles: [F] }, { value: 'mandatory', roles: [C] }], source: 'inch-2018' },
  { id: 'continuity', poles: [{ value: 'stable', roles: [F, CP] }, { value: 'unstable', roles: [C] }], source: 'inch-2018' },
  { id: 'time', poles: [{ value: 'much', roles: [F, CP] }, { value: 'little', roles: [C] }], source: 'inch-2018' },
  { id: 'addedValue', poles: [{ value: 'high', roles: [F, CP] }, { value: 'low', roles: [C] }], source: 'inch-workability' },
  { id: 'trust', poles: [{ value: 'high', roles: [F, CP] }, { value: 'low', roles: [C] }], source: 'inch-workability' },
];

/** Answers keyed by factor id with the chosen pole value; a missing key is unanswered. */
export type RoleAnswers = Partial<Record<string, string>>;

/** Why the result is what it is: one entry per answered factor. */
export interface RoleReason {
  /** The factor id. */
  factor: string;
  /** The chosen pole value. */
  value: string;
  /** The roles this answer points to. */
  roles: readonly Role[];
}

/** How clearly the top role leads. */
export type RoleLead = 'none' | 'tied' | 'slight' | 'clear';

/** The recommendation and its explanation. */
export interface RoleResult {
  /** The best-fitting role; null while nothing is answered or when the top roles tie. */
  role: Role | null;
  /** The roles sharing the top score when they tie; empty otherwise. */
  tied: Role[];
  /** How well each role fits the answers (sum over answers, each 0..1). */
  scores: Record<Role, number>;
  /** One entry per answered factor, in the order of the questions. */
  reasons: RoleReason[];
  /** How clear the lead of the top role is. */
  lead: RoleLead;
  /** True when some answers point bottom-up and others top-down. */
  mixed: boolean;
  /** How many of the factors are answered. */
  answered: number;
  /**
   * The roles from closest to furthest from the answers (ties in scale order). Show
   * this ordering, not the scores: the scores are a modelling choice (the middle role
   * never falls below 62.5% of the maximum), not a measurement.
   */
  order: Role[];
  /**
   * True when the co-producer is at the top (alone or tied) although no answer points to
   * it: it then comes out on top only because the model puts it in the middle of split
   * answers. That is the tool's reading, not a finding of INCh's table.
   */
  middleByModel: boolean;
}

/**
 * How well a role fits an answer, by their distance on the bottom-up/top-down scale.
 * A table rather than a formula: strictly falling with distance (so moving an answer
 * toward a role never lowers that role's score), and a pure pole still gives the middle
 * role a fair share, so co-producer wins when answers are split about evenly.
 */
const FIT_BY_DISTANCE: ReadonlyArray<[number, number]> = [
  [0, 1],
  [0.25, 0.875],
  [0.5, 0.625],
  [0.75, 0.25],
  // Stryker disable next-line ArrayDeclaration: a distance with no row fits 0 too (see fit); the row is there to be read.
  [1, 0],
];

function fit(role: Role, answerPosition: number): number {
  const distance = Math.abs(ROLE_POSITION[role] - answerPosition);
  // Stryker disable next-line EqualityOperator: distances are exact quarters, never 1e-9 off a row.
  const row = FIT_BY_DISTANCE.find(([d]) => Math.abs(d - distance) < 1e-9);
  return row ? row[1] : 0;
}

/** The position of an answer on the scale: the mean of the roles its pole points to. */
function positionOf(roles: readonly Role[]): number {
  return roles.reduce((sum, r) => sum + ROLE_POSITION[r], 0) / roles.length;
}

/** Share of the answered factors by which the top role must lead to count as clear. */
const CLEAR_LEAD = 0.2;
/** Fewer answers than this give at most a slight lead. */
const MIN_ANSWERS_FOR_CLEAR = 3;

/**
 * Cleans answers given as a property or parsed JSON attribute: keeps known factors with
 * a valid pole value, reports everything else. Never throws.
 */
export function cleanRoleAnswers(input: unknown): Cleaned<RoleAnswers> {
  const issues: InputIssue[] = [];
  const value: RoleAnswers = {};
  if (input === undefined || input === null) return { value, issues };
  if (!isRecord(input)) return { value, issues: [{ path: 'answers', problem: 'not-an-object', received: input }] };
  for (const [key, answer] of Object.entries(input)) {
    const factor = ROLE_FACTORS.find((f) => f.id === key);
    if (!factor) issues.push({ path: `answers.${key}`, problem: 'unknown-id', received: answer });
    else if (answer === null || answer === undefined) continue; // explicit "not answered"
    else if (!factor.poles.some((p) => p.value === answer))
      issues.push({ path: `answers.${key}`, problem: 'invalid-value', received: answer });
    else value[key] = answer as string;
  }
  return { value, issues };
}

/**
 * Recommends a coordinator role from (cleaned) answers. Pure and order-independent.
 * @param answers factor id -> chosen pole value; unknown entries are ignored.
 */
export function recommendRole(answers: RoleAnswers): RoleResult {
  const scores: Record<Role, number> = { facilitator: 0, 'co-producer': 0, commissioner: 0 };
  const reasons: RoleReason[] = [];
  let bottomUp = false;
  let topDown = false;
  for (const factor of ROLE_FACTORS) {
    const pole = factor.poles.find((p) => p.value === answers[factor.id]);
    if (!pole) continue;
    const position = positionOf(pole.roles);
    for (const role of ROLES) scores[role] += fit(role, position);
    reasons.push({ factor: factor.id, value: pole.value, roles: pole.roles });
    // Stryker disable next-line EqualityOperator: no pole of ROLE_FACTORS sits at exactly 0.5 (one middle role, or both ends).
    if (position < 0.5) bottomUp = true;
    // Stryker disable next-line EqualityOperator: as above.
    if (position > 0.5) topDown = true;
  }
  const answered = reasons.length;
  // Stable sort: equal scores keep the bottom-up to top-down order of ROLES.
  const order = [...ROLES].sort((a, b) => scores[b] - scores[a]);
  if (answered === 0) return { role: null, tied: [], scores, reasons, lead: 'none', mixed: false, answered, order: [...ROLES], middleByModel: false };
  const best = Math.max(...ROLES.map((r) => scores[r]));
  // Stryker disable next-line EqualityOperator: scores are sums of eighths, never exactly 1e-9 apart.
  const top = ROLES.filter((r) => Math.abs(scores[r] - best) < 1e-9);
  const second = Math.max(...ROLES.filter((r) => !top.includes(r)).map((r) => scores[r]), 0);
  const tied = top.length > 1 ? top : [];
  // A lead built on one or two answers is never called clear, however large.
  // Stryker disable next-line EqualityOperator: no answer set of the 3^9 has a lead of exactly 0.2 per answer (enumerated).
  const clear = answered >= MIN_ANSWERS_FOR_CLEAR && (best - second) / answered >= CLEAR_LEAD;
  const lead: RoleLead = tied.length ? 'tied' : clear ? 'clear' : 'slight';
  const middleByModel = top.includes('co-producer') && !reasons.some((r) => r.roles.includes('co-producer'));
  return { role: tied.length ? null : top[0], tied, scores, reasons, lead, mixed: bottomUp && topDown, answered, order, middleByModel };
}

export * from './typologies.js';
