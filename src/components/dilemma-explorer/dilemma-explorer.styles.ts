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
  dt { font-weight: 600; }
  dd { margin: 0 0 0.5em; }
  .quote { margin: 0 0 0.75em; border-inline-start: 0.25em solid var(--_border); padding-inline-start: 0.75em; }
  .quote blockquote { margin: 0; font-style: italic; }
  .quote p { margin-bottom: 0.25em; }

  .pressing li, .meeting > li { margin-bottom: 0.4em; }
  .order { display: flex; gap: 0.25em; margin-top: 0.2em; }
  .small-button { min-height: 2.75em; min-width: 2.75em; padding: 0.2em 0.5em; }
  .kind-label { font-weight: 600; color: var(--_muted); margin-bottom: 0.25em; }
  .stands { list-style: none; padding: 0; }
  .stands li { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.1em 0.75em; padding: 0.3em 0; border-bottom: 1px solid var(--_surface); }
  @container (min-width: 40em) {
    .stands li { grid-template-columns: minmax(0, 14em) 7em minmax(0, 1fr); align-items: center; }
    .stands li:has(> :nth-child(2):last-child) { grid-template-columns: minmax(0, 14em) minmax(0, 1fr); }
  }
  .stand-name { font-weight: 600; }
  .mark { width: 7em; height: 0.9em; display: block; }
  .mark-line, .mark-tick { stroke: var(--_border); stroke-width: 1.2; }
  .mark-dot { fill: var(--_primary); }

  .stepper { justify-content: space-between; margin-bottom: 0.5em; }
  .step-count { font-weight: 600; }
  .stage { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 1em; }
  @container (max-width: 30em) {
    .stage, .dilemma { border: 0; border-top: 1px solid var(--_border); border-radius: 0; padding-inline: 0; }
  }
  .stage h3 { font-size: 1.5em; }
  .lead { font-size: 1.1em; }
  .poles-grid { display: grid; gap: 0.75em; }
  @container (min-width: 36em) { .poles-grid { grid-template-columns: 1fr 1fr; } }
  .poles-grid h4 { color: var(--_primary); }
  .statements li { margin-bottom: 0.5em; font-size: 1.1em; }
  .room { margin-top: 1em; }
  .room-rows { display: grid; gap: 0.5em; margin-bottom: 0.75em; }
  .room-row { display: grid; gap: 0.25em 0.5em; align-items: center; }
  .room-row .meter { grid-column: 1; }
  .room-row .share { grid-column: 2; font-variant-numeric: tabular-nums; }
  @container (min-width: 44em) {
    .room-row .meter, .room-row .share, .room-row .counter { grid-column: auto; }
  }
  .room-row input { font: inherit; width: 100%; min-height: 2.75em; padding: 0.3em 0.5em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_text); }
  .rooms { list-style: none; padding: 0; }
  .rooms li { display: grid; gap: 0.2em; padding: 0.5em 0; border-bottom: 1px solid var(--_surface); }
  .histogram { width: 10em; height: 3em; display: block; }
  .bar { fill: var(--_primary); }
  .counts { font-weight: 600; font-variant-numeric: tabular-nums; margin: 0 0.4em; }
  .tag { font-size: 0.8em; border: 1px solid currentColor; border-radius: 1em; padding: 0 0.5em; color: #7a4f00; }

  .tools { margin-top: 1em; border-top: 1px solid var(--_border); padding-top: 0.75em; }
  .button.file { display: inline-flex; align-items: center; }
  .button.file:has(input:focus-visible) { outline: var(--_focus-width) solid var(--_focus); outline-offset: 0.125em; }
  .confirm { display: inline-flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
  .link { margin-top: 0.75em; }
  .link label { display: block; font-weight: 600; }
  .link input { font: inherit; width: 100%; padding: 0.4em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); }

  :host([presentation]) .stage { padding: 1.25em; }
  /* Projected, the stage is what the room reads: the widget's introduction gives way. */
  :host([presentation][mode='workshop']) .head p { display: none; }
  :host([presentation]) .stage h3 { font-size: 1.75em; }

  @media print {
    /* One A4 page: compact type, no borders, and only the dilemmas the network placed. */
    :host { line-height: 1.3; }
    .dilemma, details, .stage { border: 0; padding: 0; }
    .stage h3 { font-size: 1.3em; }
    h2 { font-size: 1.3em; }
    h4 { margin-bottom: 0.3em; }
    p, ul, ol { margin-bottom: 0.5em; }
    .head p, .note, .kind-label + .muted { display: none; }
    .stands li { padding: 0.05em 0; grid-template-columns: 14em 7.5em 1fr; align-items: center; }
    .stands li.unplaced { display: none; }
    .kind-label:not(:has(+ .stands li:not(.unplaced))) { display: none; }
    .pressing li, .meeting > li { margin-bottom: 0.2em; }
    .rooms li { padding: 0.2em 0; }
  }
`;
