import { css } from 'lit';

/**
 * The styles of what only the later part shows (later.ts): a dilemma's details, the
 * profile, the workshop (stepper, stage, room counts, summary) and, projected, a step
 * that fits one 1280×720 or 1920×1080 screen (the dilemma and its poles beside the
 * room's counts, notes below), the room screen, the black (pause) screen and the QR
 * code. The element adopts them, after its own, in the first render once the later
 * part is in (dilemma-explorer.component.ts willUpdate), so no later view ever shows
 * unstyled. Same rules as before the split, in the same order.
 */
export const laterStyles = css`
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
    .stage { border: 0; border-top: 1px solid var(--_border); border-radius: 0; padding-inline: 0; }
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

  :host([presentation]) .stage { padding: 1.25em; }
  :host([presentation]) .stage h3 { font-size: 1.75em; }
  .step-grid { display: grid; gap: 0.75em 1.5em; align-items: start; }
  @container (min-width: 46em) {
    .step-grid { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
    .step-grid .room { margin-top: 0; }
  }
  .notes { margin-top: 1em; }
  .counter { display: inline-flex; gap: 0.25em; align-items: stretch; }
  .counter input { width: 4em; text-align: center; }
  .step-button { min-width: 2.75em; min-height: 2.75em; font-size: 1.1em; font-weight: 700; padding: 0 0.4em; }
  .room-row .counter { grid-column: 2; }
  .room-row { grid-template-columns: minmax(0, 1fr) auto; }
  @container (min-width: 44em) {
    .room-row { grid-template-columns: minmax(0, 1fr) auto minmax(3em, 6em) 3em; }
  }
  /* Beside the dilemma, a row is label over its bar, with the count and share to the
     right: five rows fit the height of a projected screen. */
  .step-grid .room-row { grid-template-columns: minmax(0, 1fr) auto 3em; gap: 0.1em 0.5em; }
  .step-grid .room-row > :first-child { grid-column: 1; grid-row: 1; }
  .step-grid .room-row .meter { grid-column: 1; grid-row: 2; }
  .step-grid .room-row .counter, .step-grid .room-row .count { grid-column: 2; grid-row: 1 / span 2; }
  .step-grid .room-row .share { grid-column: 3; grid-row: 1 / span 2; }
  @container (max-width: 30em) {
    .step-grid .room-row { grid-template-columns: minmax(0, 1fr) auto; }
    .step-grid .room-row > :first-child, .step-grid .room-row .meter { grid-column: 1 / -1; grid-row: auto; }
    .step-grid .room-row .counter, .step-grid .room-row .count { grid-column: 1; grid-row: auto; }
    .step-grid .room-row .share { grid-column: 2; grid-row: auto; }
    .counter input { width: 3.5em; }
    :host([presentation]) .stage { padding-inline: 0; }
  }
  .room-row.view .count { font-weight: 700; font-size: 1.2em; font-variant-numeric: tabular-nums; text-align: end; }
  .corrected { margin: 0 0 0.5em; }
  .histogram-figure { margin: 0; width: 12em; }
  .histogram-figure .histogram { width: 100%; }
  .hist-poles { display: flex; justify-content: space-between; gap: 0.5em; line-height: 1.2; }
  .hist-poles .end { text-align: end; }
  /* Two long pole names share the line: each gets half and wraps (no overlap, seen on the room screen's summary). */
  .hist-poles > * { flex: 1 1 0; min-width: 0; overflow-wrap: break-word; }
  .qr-figure { margin: 0.75em 0 0; max-width: 18em; }
  .qr { display: block; width: 100%; max-width: 16em; height: auto; background: #ffffff; }
  .stage h3[tabindex='-1']:focus, .stage h3[tabindex='-1']:focus-visible { outline: none; }

  /* Projected: smaller chrome, and a stage sized to the screen's height (2.9vh is
     21 px at 720 px high), so a step fits without scrolling. */
  :host([presentation][mode='workshop']) .keys, :host(:fullscreen) .keys { display: none; }
  :host([presentation][mode='workshop']) .stepper { margin-bottom: 0.25em; font-size: min(1em, 2.9vh); }
  :host([presentation]) .stage { font-size: min(1em, 2.9vh); padding: 0.6em 1em; }
  :host([presentation]) .stage .lead { font-size: 0.95em; }
  :host([presentation]) .step-grid .warning { padding-block: 0.2em; margin-bottom: 0.4em; }
  :host([presentation]) .step-grid .room-summary { margin-bottom: 0.4em; }
  :host([presentation]) .step-main .poles-grid .card p { font-size: 0.85em; margin-bottom: 0; }
  /* Block padding kept small: a French step with long poles (step 11, 'Axé sur l’offre…') fits 720 px. */
  :host([presentation]) .step-main .poles-grid .card { padding: 0.35em 0.75em; }
  :host([presentation]) .step-main h4 { margin-bottom: 0.2em; }
  :host([presentation]) .room-rows { gap: 0.3em; margin-bottom: 0.4em; }
  :host([presentation]) .room h4 { margin-bottom: 0.3em; }
  :host([presentation]) .step-grid .room-row > :first-child { font-size: 0.8em; line-height: 1.25; }
  :host([presentation]) .step-grid .step-button, :host([presentation]) .step-grid .counter input { min-height: 2.2em; min-width: 2.2em; padding-block: 0; }
  :host([presentation]) .step-grid .room .toolbar button { font-size: 0.85em; }
  :host([presentation]) .no-present { display: none; }
  @container (min-width: 46em) {
    :host([presentation]) .step-main .poles-grid { grid-template-columns: 1fr 1fr; }
  }

  :host([data-room-screen]) .stage { border: 0; font-size: min(1.1em, 3.2vh); }
  /* The room screen has no count buttons: the dilemma gets the wider column, so its text
     and long pole names ("… gericht op wie het het meest nodig heeft") fit 720 px high. */
  @container (min-width: 46em) {
    :host([data-room-screen]) .step-grid { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  }
  /* The summary on the room screen: the dilemmas side by side, not one long column. */
  :host([data-room-screen]) .rooms { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr)); gap: 0 1.5em; }
  :host([data-room-screen]) .rooms .histogram-figure { width: min(100%, 14em); }
  .screen-count { margin: 0; }
  .room-qr { margin-top: 1em; }

  /* The black (pause) screen, as presentation software has: it covers the viewport. */
  .blank { position: fixed; inset: 0; z-index: 2147483647; background: #000000; }
  @media (forced-colors: active) {
    .blank { forced-color-adjust: none; }
    .qr { forced-color-adjust: none; }
  }
  @media print { .blank { display: none; } }

  @media print {
    /* As the first screen's print rules have it for the cards (dilemma-explorer.styles.ts). */
    .stage { border: 0; padding: 0; }
    .stage h3 { font-size: 1.3em; }
    .stands li { padding: 0.05em 0; grid-template-columns: 14em 7.5em 1fr; align-items: center; }
    .stands li.unplaced { display: none; }
    .kind-label:not(:has(+ .stands li:not(.unplaced))) { display: none; }
    .pressing li, .meeting > li { margin-bottom: 0.2em; }
    .rooms li { padding: 0.2em 0; }
  }
`;
