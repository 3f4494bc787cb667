/**
 * What the slider's views read and do: the position and its meaning, the portfolio, the
 * element's heading helper (headings follow `heading-level`) and the user's actions on
 * the slider. Built by the element once per render. Adding and removing services is the
 * portfolio editor's (portfolio-editor.ts, in the later chunk).
 */
import type { TemplateResult } from 'lit';
import type { SliderPortfolio, SliderResult } from '../../../core/proportionate/index.js';

/** See the module comment. */
export interface UtContext {
  result: SliderResult;
  portfolio: SliderPortfolio;
  /** A heading at the widget's level: 0 the title's, 1 and 2 below it. */
  heading(depth: 0 | 1 | 2, content: unknown, options?: { id?: string; className?: string }): TemplateResult;
  /** Moves the slider; `announce` reads the new stop and its strongest risk. */
  moveTo(value: number, announce: boolean): void;
  onInput(event: Event): void;
  onChange(): void;
  onRangeKey(event: KeyboardEvent): void;
}
