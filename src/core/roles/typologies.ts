/**
 * Two further views of the same network, each a small typology where every answer
 * option points to one type: the network governance form (Provan & Kenis 2008) and the
 * directing type of local government (INCh). Both are tallied the same way.
 */
import { type Cleaned, type InputIssue, isRecord } from '../shared.js';

/** A question of a typology: each option points to exactly one type. */
export interface TypologyQuestion<T extends string> {
  /** Stable id, the key in the answers object. */
  id: string;
  /** Option value -> the type it points to, in the order shown. */
  options: ReadonlyArray<{ value: string; type: T }>;
}

/** The tally of a typology: best type, ties, and per-type counts. */
export interface TypologyResult<T extends string> {
  /** The type most answers point to; null when nothing is answered or on a tie. */
  type: T | null;
  /** The types sharing the top count on a tie; empty otherwise. */
  tied: T[];
  /** How many answers point to each type. */
  counts: Record<T, number>;
  /** How many questions are answered. */
  answered: number;
}

/** Provan & Kenis's three network governance forms. */
export const GOVERNANCE_FORMS = ['shared', 'lead-organisation', 'nao'] as const;
/** A network governance form: self-regulating (shared), lead organisation, or NAO. */
export type GovernanceForm = (typeof GOVERNANCE_FORMS)[number];

/** Provan & Kenis's predictors of the effective governance form (JPART 18(2), 2008). */
export const GOVERNANCE_QUESTIONS: readonly TypologyQuestion<GovernanceForm>[] = [
  // Options are listed along their own scale (high to low trust, agreement), not by form.
  { id: 'trust', options: [{ value: 'widely-shared', type: 'shared' }, { value: 'moderate', type: 'nao' }, { value: 'low-centralised', type: 'lead-organisation' }] },
  { id: 'size', options: [{ value: 'few', type: 'shared' }, { value: 'moderate', type: 'lead-organisation' }, { value: 'many', type: 'nao' }] },
  { id: 'goalConsensus', options: [{ value: 'high', type: 'shared' }, { value: 'moderately-high', type: 'nao' }, { value: 'moderately-low', type: 'lead-organisation' }] },
  { id: 'competencies', options: [{ value: 'low', type: 'shared' }, { value: 'moderate', type: 'lead-organisation' }, { value: 'high', type: 'nao' }] },
];

/** INCh's directing types of local government. */
export const DIRECTING_TYPES = ['executer', 'partner', 'initiator'] as const;
/** How local government directs the network. */
export type DirectingType = (typeof DIRECTING_TYPES)[number];

/** The eight aspects of directing; on each, the municipality acts alone, jointly, or leaves it to the parties. */
export const DIRECTING_QUESTIONS: readonly TypologyQuestion<DirectingType>[] = [
  'steering', 'boundaries', 'dependency', 'alignment', 'goals', 'responsibility', 'vision', 'monitoring',
].map((id) => ({
  id,
  options: [
    { value: 'municipality', type: 'executer' as const },
    { value: 'joint', type: 'partner' as const },
    { value: 'parties', type: 'initiator' as const },
  ],
}));

/**
 * Cleans typology answers (property or parsed JSON); never throws.
 * @param path the name used in issues, e.g. `governance`.
 */
export function cleanTypologyAnswers<T extends string>(
  questions: readonly TypologyQuestion<T>[],
  input: unknown,
  path: string,
): Cleaned<Record<string, string>> {
  const issues: InputIssue[] = [];
  const value: Record<string, string> = {};
  if (input === undefined || input === null) return { value, issues };
  if (!isRecord(input)) return { value, issues: [{ path, problem: 'not-an-object', received: input }] };
  for (const [key, answer] of Object.entries(input)) {
    const question = questions.find((q) => q.id === key);
    if (!question) issues.push({ path: `${path}.${key}`, problem: 'unknown-id', received: answer });
    else if (!question.options.some((o) => o.value === answer))
      issues.push({ path: `${path}.${key}`, problem: 'invalid-value', received: answer });
    else value[key] = answer as string;
  }
  return { value, issues };
}

/** Tallies which type the answers point to. Pure and order-independent. */
export function tallyTypology<T extends string>(
  types: readonly T[],
  questions: readonly TypologyQuestion<T>[],
  answers: Record<string, string | undefined>,
): TypologyResult<T> {
  const counts = Object.fromEntries(types.map((t) => [t, 0])) as Record<T, number>;
  let answered = 0;
  for (const q of questions) {
    const option = q.options.find((o) => o.value === answers[q.id]);
    if (!option) continue;
    counts[option.type] += 1;
    answered += 1;
  }
  if (answered === 0) return { type: null, tied: [], counts, answered };
  const best = Math.max(...types.map((t) => counts[t]));
  const top = types.filter((t) => counts[t] === best);
  return { type: top.length === 1 ? top[0] : null, tied: top.length > 1 ? top : [], counts, answered };
}
