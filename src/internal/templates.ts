/**
 * Small template helpers shared by the elements, so every widget asks questions,
 * shows tabs and meters the same accessible way.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** One option of a choice group. */
export interface ChoiceOption {
  /** The value reported when chosen; '' means "no answer" (don't know / skip). */
  value: string;
  /** Visible label. */
  label: string;
}

/**
 * A question as a native radio group in a fieldset: arrow keys move within the group,
 * Tab moves between questions, and the legend names the group for screen readers.
 * `live()` compares with the radio's actual state, so a radio reused for another
 * question, or changed by the user, never keeps a stale checked state.
 * @param name unique radio name within the element.
 * @param legend the question.
 * @param selected the chosen value, or '' / undefined when unanswered.
 * @param onChoose called with the chosen value.
 * @param hint optional line under the question.
 */
export function choiceGroup(
  name: string,
  legend: string,
  options: readonly ChoiceOption[],
  selected: string | undefined,
  onChoose: (value: string) => void,
  hint?: string,
): TemplateResult {
  const current = selected ?? '';
  return html`<fieldset class="question" part="question">
    <legend>${legend}</legend>
    ${hint ? html`<p class="muted small hint">${hint}</p>` : nothing}
    <div class="choices">
      ${options.map(
        (o) => html`<label class="choice">
          <input type="radio" name=${name} .value=${o.value} .checked=${live(o.value === current)}
            @change=${() => onChoose(o.value)} />
          <span>${o.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** A tab of a tab list. */
export interface Tab {
  /** Stable id of the view. */
  id: string;
  /** Visible label. */
  label: string;
}

/** How a tab list activates its tabs. */
export interface TabListOptions {
  /**
   * `automatic` (default): arrow keys move focus and select, for views that show at
   * once. `manual`: arrow keys only move focus; Enter or Space selects. For tabs whose
   * selection costs something (a workshop's mode, a heavy view), as the WAI-ARIA tabs
   * pattern recommends.
   */
  activation?: 'automatic' | 'manual';
}

/**
 * An ARIA tab list with roving focus: Left/Right and Home/End move between tabs.
 * Focus moves in the same task as the key press (never a frame later, when the user
 * or a screen reader may have moved it elsewhere); only the selected tab is in the Tab
 * order, as the WAI-ARIA tabs pattern describes.
 * @param idPrefix prefix for the tab ids; panels are labelled by `${idPrefix}-${tab.id}`.
 */
export function tabList(
  label: string,
  tabs: readonly Tab[],
  selected: string,
  onSelect: (id: string) => void,
  idPrefix: string,
  options: TabListOptions = {},
): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    const list = event.currentTarget as HTMLElement;
    const buttons = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
    // From the tab that has focus: in manual mode it need not be the selected one.
    const from = buttons.indexOf(event.target as HTMLElement);
    const index = from >= 0 ? from : tabs.findIndex((t) => t.id === selected);
    const next: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in next) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = (next[event.key] + tabs.length) % tabs.length;
    // A tab with tabindex=-1 still takes focus from script; the re-render then moves
    // tabindex=0 to it when it is selected.
    buttons[target]?.focus();
    if (options.activation !== 'manual') onSelect(tabs[target].id);
  };
  return html`<div class="tabs no-print" role="tablist" aria-label=${label} @keydown=${onKey} part="tabs">
    ${tabs.map(
      (t) => html`<button type="button" role="tab" id="${idPrefix}-${t.id}" aria-selected=${t.id === selected ? 'true' : 'false'}
        aria-controls="${idPrefix}-panel" tabindex=${t.id === selected ? 0 : -1} @click=${() => onSelect(t.id)}>${t.label}</button>`,
    )}
  </div>`;
}

/**
 * A heading at a given level (2..6) that looks like the h2/h3/h4 of its depth whatever
 * that level is (classes `h2`, `h3`, `h4` in baseStyles). Five literal templates, not a
 * dynamic tag: Lit cannot bind a tag name, and static tags would cost a bigger template cache.
 * @param depth 0 for a widget's title, 1 and 2 below it: sets the look.
 */
export function headingTemplate(level: number, depth: number, content: unknown, options: { id?: string; className?: string } = {}): TemplateResult {
  const cls = `h${depth + 2}${options.className ? ` ${options.className}` : ''}`;
  const id = options.id ?? nothing;
  switch (level) {
    case 3: return html`<h3 id=${id} class=${cls}>${content}</h3>`;
    case 4: return html`<h4 id=${id} class=${cls}>${content}</h4>`;
    case 5: return html`<h5 id=${id} class=${cls}>${content}</h5>`;
    case 6: return html`<h6 id=${id} class=${cls}>${content}</h6>`;
    default: return html`<h2 id=${id} class=${cls}>${content}</h2>`;
  }
}

/**
 * A widget's live region: present from the first render (a region added together with
 * its text is often not announced) and visually hidden.
 */
export function statusRegion(message: string): TemplateResult {
  return html`<div class="sr-only" role="status">${message}</div>`;
}

/**
 * A decorative bar for a 0..1 share; the number it shows must also be given as text
 * nearby. Drawn as SVG geometry, not a style binding: `style` attributes set from
 * script break under a strict Content-Security-Policy (`style-src 'self'`).
 */
export function meter(share: number): TemplateResult {
  const width = Math.round(Math.max(0, Math.min(1, share)) * 1000) / 10;
  return html`<svg class="meter" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="meter-track" x="0" y="0" width="100" height="6" rx="3"></rect>
    <rect class="meter-fill" x="0" y="0" width=${width} height="6" rx="3"></rect>`}
  </svg>`;
}
