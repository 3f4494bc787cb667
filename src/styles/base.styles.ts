/**
 * samen's design tokens and the styles every element shares.
 *
 * Theming is layered: a page sets public `--samen-*` custom properties (or maps its own
 * design tokens onto them); each element reads them through private `--_*` properties
 * with a calm, accessible default. Sizes are in em, never rem, because CMS themes often
 * set `html { font-size: 62.5% }` and the widget must follow the text around it.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_font: var(--samen-font-family, inherit);
    --_text: var(--samen-color-text, #1b1f24);
    --_muted: var(--samen-color-muted, #4b5561);
    --_bg: var(--samen-color-background, #ffffff);
    --_surface: var(--samen-color-surface, #f3f5f7);
    --_border: var(--samen-color-border, #77818c);
    --_primary: var(--samen-color-primary, #0b5394);
    --_on-primary: var(--samen-color-on-primary, #ffffff);
    --_primary-soft: var(--samen-color-primary-soft, #e3edf8);
    --_warning-soft: var(--samen-color-warning-soft, #fdf1d8);
    --_focus: var(--samen-focus-color, #b4470b);
    --_radius: var(--samen-radius, 0.375em);
    --_space: var(--samen-space, 1em);
    --_focus-width: var(--samen-focus-width, 0.1875em);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--_font);
    font-size: var(--samen-font-size, 1em);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    /* Whole words: a host's overflow-wrap: anywhere (inherited) would split words mid-word
       and let a flex title shrink to a letter per line. Long words still break at the
       edge, and hyphenate in the widget's own lang. */
    overflow-wrap: break-word;
    word-break: normal;
    hyphens: auto;
    text-align: start;
  }
  :host([hidden]) { display: none; }
  :host([presentation]) {
    --_text: var(--samen-color-text, #000000);
    --_muted: var(--samen-color-text, #1f1f1f);
    --_border: #000000;
    --_focus-width: 0.25em;
    font-size: calc(var(--samen-font-size, 1em) * 1.5);
    padding: calc(var(--_space) * 1.5);
  }
  :host(:fullscreen) { overflow: auto; border: 0; border-radius: 0; }
  /* Projected on a phone or at 400% zoom: less padding, and a title whose longest word
     ("coordination", "Gezinsbegeleiding") fits on its line. */
  @media (max-width: 30em) { :host([presentation]) { padding: var(--_space); } }
  @container (max-width: 16em) { .h2.title { font-size: 1.1em; } }
  *, *::before, *::after { box-sizing: inherit; }
  h2, h3, h4, h5, h6, p, ul, ol, dl, fieldset { margin: 0 0 0.75em; }
  /* The look goes with the depth (class), the tag with the page's outline (heading-level). */
  h2, .h2 { font-size: 1.35em; line-height: 1.25; }
  h3, .h3 { font-size: 1.15em; line-height: 1.3; }
  h4, .h4, h5, h6 { font-size: 1em; line-height: 1.5; }

  /* Title and full-screen button: side by side when there is room, the button under the
     title when not; the title never shrinks below a readable width. */
  .head { display: flex; flex-wrap: wrap; gap: 0 1em; align-items: flex-start; justify-content: space-between; }
  .head > :first-child { flex: 1 1 15em; min-width: min(100%, 12em); }
  .head > button { flex: 0 1 auto; max-width: 100%; margin-bottom: 0.75em; }
  ul, ol { padding-inline-start: 1.25em; }
  .muted { color: var(--_muted); }
  .small { font-size: 0.875em; }
  .sr-only {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  :focus-visible { outline: var(--_focus-width) solid var(--_focus); outline-offset: 0.125em; }

  button, .button {
    font: inherit; color: var(--_primary); background: var(--_bg);
    border: 1px solid var(--_primary); border-radius: var(--_radius);
    padding: 0.5em 0.9em; min-height: 2.75em; cursor: pointer; line-height: 1.2;
  }
  button:hover { background: var(--_primary-soft); }
  button.primary { color: var(--_on-primary); background: var(--_primary); }
  button.primary:hover { filter: brightness(1.15); }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
  button[aria-pressed='true'] { color: var(--_on-primary); background: var(--_primary); }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
  .toolbar .spacer { flex: 1 1 auto; }

  fieldset { border: 0; padding: 0; min-width: 0; }
  legend { font-weight: 600; padding: 0; margin-bottom: 0.4em; }
  .choices { display: flex; flex-wrap: wrap; gap: 0.4em; }
  .choice {
    display: flex; align-items: center; gap: 0.5em; flex: 1 1 10em;
    min-height: 2.75em; padding: 0.4em 0.7em; cursor: pointer;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg);
  }
  .choice:has(input:checked) { border-color: var(--_primary); background: var(--_primary-soft); box-shadow: inset 0 0 0 1px var(--_primary); }
  .choice input { margin: 0; width: 1.1em; height: 1.1em; flex: none; accent-color: var(--_primary); }
  .choice:has(input:focus-visible) { outline: var(--_focus-width) solid var(--_focus); outline-offset: 0.125em; }
  .choice input:focus-visible { outline: none; }

  .card { background: var(--_surface); border-radius: var(--_radius); padding: 0.75em 1em; margin-bottom: 0.75em; }
  .note { border-inline-start: 0.25em solid var(--_primary); padding: 0.5em 0.75em; background: var(--_primary-soft); margin-bottom: 0.75em; }
  .warning { border-inline-start: 0.25em solid #9a6700; background: var(--_warning-soft); padding: 0.5em 0.75em; margin-bottom: 0.75em; }
  .source { font-size: 0.85em; color: var(--_muted); }

  /* Underlined tabs: they read well when they wrap onto several lines at 320 px. */
  .tabs { display: flex; flex-wrap: wrap; column-gap: 0.25em; border-bottom: 1px solid var(--_border); margin-bottom: 1em; }
  .tabs [role='tab'] { border: 0; border-radius: 0; color: var(--_text); background: none; padding-inline: 0.5em; box-shadow: inset 0 -0.2em 0 transparent; }
  .tabs [role='tab']:hover { box-shadow: inset 0 -0.2em 0 var(--_border); }
  .tabs [role='tab'][aria-selected='true'] { color: var(--_primary); font-weight: 600; box-shadow: inset 0 -0.25em 0 var(--_primary); }

  .meter { display: block; width: 100%; height: 0.6em; }
  .meter-track { fill: var(--_surface); stroke: var(--_border); stroke-width: 0.5; }
  .meter-fill { fill: var(--_primary); }

  /* Windows high contrast replaces colours, backgrounds and shadows: every state that
     shows by colour alone also gets a border, outline or system colour here. */
  @media (forced-colors: active) {
    .choice:has(input:checked) { border: 0.2em solid Highlight; outline: 0.125em solid Highlight; }
    .tabs [role='tab'][aria-selected='true'] { border-bottom: 0.25em solid Highlight; color: Highlight; }
    button[aria-pressed='true'] {
      forced-color-adjust: none; color: HighlightText; background: Highlight; border-color: Highlight;
    }
    .meter-fill { fill: CanvasText; }
    .meter-track { fill: Canvas; stroke: CanvasText; }
    .note, .warning { border: 1px solid CanvasText; border-inline-start-width: 0.25em; }
    :focus-visible, .choice:has(input:focus-visible) { outline-color: Highlight; }
  }

  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
  @media print {
    :host { border: 0; padding: 0; font-size: 10pt; }
    .no-print, button { display: none !important; }
  }
`;
