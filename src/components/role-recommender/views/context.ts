/**
 * What the role recommender's views read: the answers and results, the element's
 * heading helper (headings follow `heading-level`) and the one action, answering.
 * Built by the element once per render, so the views stay plain functions.
 */
import type { TemplateResult } from 'lit';
import type { DirectingType, GovernanceForm, RoleAnswers, RoleResult, TypologyResult } from '../../../core/roles/index.js';

/** The three sets of answers, by the attribute that holds them. */
export type AnswerKind = 'answers' | 'governance' | 'directing';

/** See the module comment. */
export interface RrContext {
  answers: RoleAnswers;
  governance: Record<string, string>;
  directing: Record<string, string>;
  result: RoleResult;
  governanceResult: TypologyResult<GovernanceForm>;
  directingResult: TypologyResult<DirectingType>;
  /** A heading at the widget's level: 0 the title's, 1 and 2 below it. */
  heading(depth: 0 | 1 | 2, content: unknown, options?: { id?: string; className?: string }): TemplateResult;
  /** Applies a user's answer (an empty value: "Don't know"). */
  answer(kind: AnswerKind, id: string, value: string): void;
}
