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

/**
 * An ARIA tab list with roving focus: Left/Right (and Home/End) move and select, as
 * the WAI-ARIA tabs pattern with automatic activation describes.
 * @param idPrefix prefix for the tab ids; panels are labelled by `${idPrefix}-${tab.id}`.
 */
export function tabList(
  label: string,
  tabs: readonly Tab[],
  selected: string,
  onSelect: (id: string) => void,
  idPrefix: string,
): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const next: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in next)) return;
    event.preventDefault();
    const target = tabs[(next[event.key] + tabs.length) % tabs.length];
    onSelect(target.id);
    const list = event.currentTarget as HTMLElement;
    // Focus follows after the re-render that moved tabindex=0 to the new tab.
    requestAnimationFrame(() => list.querySelector<HTMLElement>(`#${idPrefix}-${target.id}`)?.focus());
  };
  return html`<div class="tabs no-print" role="tablist" aria-label=${label} @keydown=${onKey} part="tabs">
    ${tabs.map(
      (t) => html`<button type="button" role="tab" id="${idPrefix}-${t.id}" aria-selected=${t.id === selected ? 'true' : 'false'}
        aria-controls="${idPrefix}-panel" tabindex=${t.id === selected ? 0 : -1} @click=${() => onSelect(t.id)}>${t.label}</button>`,
    )}
  </div>`;
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
