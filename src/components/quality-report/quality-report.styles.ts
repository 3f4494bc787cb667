import { css } from 'lit';

/**
 * Layout of the quality report. Phone first: tables stack into one block per row below
 * 30em (each cell with its column's name), so 320 px needs no sideways scrolling.
 * Printing keeps the picture and drops the controls, for one or two A4 pages.
 */
export const styles = css`
  :host { container-type: inline-size; }
  .head { display: flex; flex-wrap: wrap; gap: 0 1em; align-items: flex-start; justify-content: space-between; }
  .head > :first-child { flex: 1 1 15em; }
  .drop { border: 0.15em dashed var(--_border); border-radius: var(--_radius); padding: 0.75em 1em; margin-bottom: 1em; }
  .drop.dragging { border-style: solid; border-color: var(--_primary); background: var(--_primary-soft); }
  .drop p { margin: 0.4em 0 0; }
  .file-button { position: relative; display: inline-flex; }
  .file-button input { position: absolute; inset: 0; opacity: 0; width: 100%; cursor: pointer; }
  .file-button:has(input:focus-visible) { outline: var(--_focus-width) solid var(--_focus); outline-offset: 0.125em; }
  .file-list { list-style: none; padding: 0; margin: 0 0 0.75em; }
  .file-list p { margin: 0 0 0.4em; overflow-wrap: anywhere; }
  .file-list button { margin-top: 0.4em; }
  details > summary { cursor: pointer; padding-block: 0.4em; color: var(--_primary); }
  .report { border-top: 1px solid var(--_border); padding-top: 0.75em; }
  .group { margin-bottom: 1.25em; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 0.5em; overflow-wrap: break-word; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.4em; }
  th, td { text-align: start; vertical-align: top; padding: 0.35em 0.5em 0.35em 0; border-bottom: 1px solid var(--_surface); }
  thead th { border-bottom: 1px solid var(--_border); font-size: 0.9em; }
  .col-label { display: none; }
  .hidden-figure { color: var(--_muted); font-style: italic; }
  .hidden-group { font-weight: 600; margin-block: 1rem; }
  /* The five counts stay on one line: at 320 px a count at the start of a line reads as another figure. */
  .spread { white-space: nowrap; }
  @container (max-width: 29.99em) {
    .figures thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .figures tr { display: block; padding: 0.4em 0; border-bottom: 1px solid var(--_border); }
    .figures th, .figures td { display: block; padding: 0.1em 0; border: 0; }
    .figures .col-label { display: inline; color: var(--_muted); }
    /* The name above its bar, so the bar keeps the width of the phone. */
    .chart-row { grid-template-columns: minmax(0, 1fr); gap: 0.1em; margin-bottom: 0.4em; }
  }
  .chart { margin: 0 0 0.75em; }
  /* The name column is at least its longest word wide: "Comprehensibility" was cut as "Comprehensibilit/y". */
  .chart-row { display: grid; grid-template-columns: minmax(min-content, 9em) minmax(0, 1fr); gap: 0.5em; align-items: center; margin-bottom: 0.25em; }
  .chart-name { overflow-wrap: normal; }
  .stack { display: block; width: 100%; height: 1em; contain: size; }
  /* The five answers, from "not at all" to "completely": light to dark primary. */
  .a1 { fill: var(--_primary); fill-opacity: 0.15; }
  .a2 { fill: var(--_primary); fill-opacity: 0.35; }
  .a3 { fill: var(--_primary); fill-opacity: 0.55; }
  .a4 { fill: var(--_primary); fill-opacity: 0.78; }
  .a5 { fill: var(--_primary); fill-opacity: 1; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.75em; margin: 0.25em 0 0; }
  .key { display: inline-flex; align-items: center; gap: 0.3em; }
  .key svg { width: 0.9em; height: 0.9em; }
  .weakest ol { list-style: none; padding: 0; }
  .ideas { margin: 0.4em 0 0; }
  .ideas li { margin-bottom: 0.25em; }
  .period { border: 0; padding: 0; margin: 0 0 0.75em; display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; }
  .period legend { font-weight: 600; margin-bottom: 0.25em; }
  .check { display: inline-flex; gap: 0.4em; align-items: center; min-height: 2.75em; }
  .field { display: inline-grid; gap: 0.2em; }
  .toolbar { margin: 1em 0; }
  @media (forced-colors: active) {
    .a1, .a2, .a3, .a4, .a5 { fill: CanvasText; stroke: Canvas; stroke-width: 0.6; }
    .a1 { fill-opacity: 0.2; } .a3 { fill-opacity: 0.6; }
    .drop.dragging { border-color: Highlight; }
  }
  @media print {
    .report { border: 0; }
    .group, table, .chart { break-inside: avoid; }
    .files { display: none; }
  }
`;
