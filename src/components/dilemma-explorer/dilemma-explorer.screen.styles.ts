import { css } from 'lit';

/**
 * The explorer projected: a workshop step that fits one 1280×720 or 1920×1080 screen
 * (the dilemma and its poles beside the room's counts, notes below), the room screen
 * that covers its page, the black (pause) screen, the count buttons and the QR code.
 * Kept apart from the reflection layout so each file stays readable.
 */
export const screenStyles = css`
  :host { position: relative; }
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
  .done { margin-top: 0.5em; padding: 0.4em 0.6em; border-inline-start: 0.25em solid var(--_primary); background: var(--_surface); }
  .done button { margin-inline-start: 0.5em; }
  .confirm-load { margin-top: 0.75em; padding: 0.5em 0.75em; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .confirm-load button { margin-inline-end: 0.5em; }
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
  :host([presentation][mode='workshop']) .head h2 { font-size: 1em; margin: 0; }
  :host([presentation][mode='workshop']) .head { align-items: center; margin-bottom: 0.25em; }
  :host([presentation][mode='workshop']) .head > button, :host([presentation][mode='workshop']) [role='tab'] { margin-bottom: 0; font-size: 0.7em; min-height: 2.5em; }
  :host([presentation][mode='workshop']) .keys, :host(:fullscreen) .keys, :host(:fullscreen) .tools { display: none; }
  :host([presentation][mode='workshop']) .stepper { margin-bottom: 0.25em; font-size: min(1em, 2.9vh); }
  /* Full screen is what the room sees: the stepper stays for the facilitator, the
     widget's title, mode tabs and tools give way (Escape leaves full screen). */
  :host(:fullscreen[mode='workshop']) .head, :host(:fullscreen[mode='workshop']) [role='tablist'] { display: none; }
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

  /* The room screen covers the page it was opened on: only the widget shows. */
  :host([data-room-screen]) {
    position: fixed; inset: 0; z-index: 2147483646; overflow: auto; border: 0; border-radius: 0; margin: 0;
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
`;
