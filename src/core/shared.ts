/**
 * Shared shapes of the rules core. The core holds no user-visible text: it reports
 * what was wrong with an input as a machine-readable issue, and the element turns that
 * into one console warning.
 */

/** What was wrong with one piece of input that the core cleaned. */
export interface InputIssue {
  /** Where the input went wrong, e.g. `answers.commitment` or `positions.loyalty`. */
  path: string;
  /** The kind of mistake. */
  problem: 'not-an-object' | 'not-json' | 'unknown-id' | 'invalid-value' | 'out-of-range' | 'duplicate' | 'too-large';
  /** The offending value, for the developer reading the warning. */
  received?: unknown;
}

/** A cleaned input together with what had to be dropped or corrected to clean it. */
export interface Cleaned<T> {
  /** The safe value to use. */
  value: T;
  /** Everything that was ignored, clamped or defaulted; empty when the input was fine. */
  issues: InputIssue[];
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses JSON given as an attribute without ever throwing.
 * @param text the attribute value; null or empty means "nothing given".
 * @param path the attribute name, used in the issue.
 */
export function parseJson(text: string | null, path: string): Cleaned<unknown> {
  if (text === null || text.trim() === '') return { value: undefined, issues: [] };
  try {
    return { value: JSON.parse(text) as unknown, issues: [] };
  } catch {
    return { value: undefined, issues: [{ path, problem: 'not-json', received: text }] };
  }
}
