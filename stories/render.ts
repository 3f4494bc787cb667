/**
 * A story's render for a samen element: every arg is set as the element's property (a
 * kebab-case attribute name such as `heading-level` as its camelCase property), so every
 * control Storybook shows from custom-elements.json works, not only those a hand-written
 * template happens to bind. `onChange` listens to `samen-change` (shown in Actions).
 * Properties are part of the public API like attributes, and take objects as they are.
 */

/** The args every samen story has besides the element's own. */
export interface ChangeArgs {
  /** Receives every `samen-change` (Storybook's `fn()`, shown in Actions). */
  onChange?: (event: Event) => void;
}

/** `heading-level` -> `headingLevel`. */
const propertyOf = (name: string): string => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** A render function that creates `<tag>` and sets each arg the way a page's script would. */
export function renderElement<Args extends ChangeArgs>(tag: string): (args: Args) => HTMLElement {
  return (args) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(args)) {
      if (name === 'onChange') {
        if (typeof value === 'function') element.addEventListener('samen-change', value as EventListener);
      } else if (value !== undefined) {
        (element as unknown as Record<string, unknown>)[propertyOf(name)] = value;
      }
    }
    return element;
  };
}
