import { css } from 'lit';

/**
 * Layout of the dilemma explorer: what the shared base styles lack. The scale between
 * two poles, the pressing list, the workshop stage (large when projected) and a print
 * layout that fits the profile or summary on one A4 page.
 */
export const styles = css`
  :host { container-type: inline-size; }
  .head { display: flex; flex-wrap: wrap; gap: 0 1em; align-items: flex-start; justify-content: space-between; }
  .head > div { flex: 1 1 18em; }
  .head > button { flex: none; overflow-wrap: normal; margin-bottom: 0.75em; }
  .tabs [role='tab'] { padding-inline: 0.6em; }
  .pole { display: inline-block; }
  .pole::first-letter { text-transform: uppercase; }
  .star { color: var(--_primary); }

  .dilemma { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75em 1em; margin-bottom: 1em; }
  .dilemma h3 { margin-bottom: 0.4em; }
  @container (max-width: 30em) {
    .dilemma { border: 0; border-top: 1px solid var(--_border); border-radius: 0; padding-inline: 0; }
  }
  .scale { margin-bottom: 0.5em; }
  .poles { display: flex; justify-content: space-between; gap: 1em; font-weight: 600; margin-bottom: 0.3em; }
  .poles .end { text-align: end; }
  .stops { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 0.25em; }
  .stop {
    display: flex; flex-direction: column; align-items: center; gap: 0.2em; padding: 0.35em 0.1em;
    min-height: 2.75em; cursor: pointer; border: 1px solid var(--_border); border-radius: var(--_radius);
    font-size: 0.85em; text-align: center; background: var(--_bg);
  }
  .stop:has(input:checked) { border-color: var(--_primary); background: var(--_primary-soft); box-shadow: inset 0 0 0 1px var(--_primary); font-weight: 600; }
  .stop input { margin: 0; width: 1.2em; height: 1.2em; accent-color: var(--_primary); }
  .stop:has(input:focus-visible) { outline: var(--_focus-width) solid var(--_focus); outline-offset: 0.125em; }
  .stop input:focus-visible { outline: none; }
  button[aria-pressed='true'] { color: var(--_on-primary); background: var(--_primary); }
  button[aria-pressed='true']::before { content: '★ '; }
  details { margin-top: 0.75em; }
  summary { cursor: pointer; color: var(--_primary); font-weight: 600; min-height: 2.75em; display: flex; align-items: center; }
  summary:focus-visible { outline: var(--_focus-width) solid var(--_focus); }
  .tools { margin-top: 1em; border-top: 1px solid var(--_border); padding-top: 0.75em; }
  .button.file { display: inline-flex; align-items: center; }
  .button.file:has(input:focus-visible) { outline: var(--_focus-width) solid var(--_focus); outline-offset: 0.125em; }
  .confirm { display: inline-flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
  .link { margin-top: 0.75em; }
  .link label { display: block; font-weight: 600; }
  .link input { font: inherit; width: 100%; padding: 0.4em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); }

  /* Projected, the stage is what the room reads: the widget's introduction gives way. */
  :host([presentation][mode='workshop']) .head p { display: none; }

  /* What only the later part shows (details, profile, workshop, room screen) is styled
     with it: later.styles.ts. */

  @media print {
    /* One A4 page: compact type, no borders, and only the dilemmas the network placed. */
    :host { line-height: 1.3; }
    .dilemma, details, .stage { border: 0; padding: 0; }
    h2 { font-size: 1.3em; }
    h4 { margin-bottom: 0.3em; }
    p, ul, ol { margin-bottom: 0.5em; }
    .head p, .note, .kind-label + .muted { display: none; }
  }
`;
