/**
 * The skipped questions of a saved result, cleaned: used both where a result is written
 * (saved.ts) and where one is read (read.ts), and in neither's module so that writing
 * does not pull in the reader. Not part of the core's public API.
 */
import type { Cleaned, InputIssue } from '../shared.js';
import { QUALITY_QUESTIONS } from './questions.js';
import type { QualityAnswers } from './scoring.js';

/** Known question ids only, once each, and never one that has an answer. */
// Stryker disable next-line StringLiteral: the one caller without a path (qualityDocument) keeps the value and drops the issues, so the default path is never read
export function cleanSkipped(input: unknown, answers: QualityAnswers, path = 'skipped'): Cleaned<string[]> {
  // Stryker disable next-line ObjectLiteral,ArrayDeclaration: no caller passes undefined (parseQualityDocument checks first, qualityDocument passes an array), so this value is never returned
  if (input === undefined) return { value: [], issues: [] };
  if (!Array.isArray(input)) return { value: [], issues: [{ path, problem: 'not-an-object', received: input }] };
  const value: string[] = [];
  const issues: InputIssue[] = [];
  for (const id of input) {
    if (typeof id !== 'string' || !QUALITY_QUESTIONS.some((q) => q.id === id)) issues.push({ path, problem: 'unknown-id', received: id });
    else if (!(id in answers) && !value.includes(id)) value.push(id);
  }
  return { value, issues };
}
