import { css } from 'lit';

/**
 * Layout of the quality checker. Phone first: every answer is a full-width target for
 * one thumb; from a wider container the scale sits on one row. Printing keeps only
 * the result, so it fits one A4 page.
 */
export const styles = css`
  :host { container-type: inline-size; }
  .head { display: flex; gap: 1em; align-items: flex-start; justify-content: space-between; }
  .questions { container-type: inline-size; margin-bottom: 1.25em; }
  .progress { margin-bottom: 0.25em; font-weight: 600; }
  .meter { margin-bottom: 1em; }
  .group > h3 { margin-top: 0.5em; color: var(--_primary); }
  .question { margin-bottom: 1.1em; }
  .question .choices { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.3em; }
  @container (min-width: 38em) {
    .question .choices { grid-template-columns: repeat(6, minmax(0, 1fr)); }
    .question .choice { flex-direction: column; justify-content: center; text-align: center; gap: 0.25em; overflow-wrap: normal; hyphens: auto; }
  }
  .result { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75em 1em; margin-bottom: 1em; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
  caption { text-align: start; font-size: 0.9em; color: var(--_muted); padding-bottom: 0.4em; }
  th, td { text-align: start; vertical-align: top; padding: 0.4em 0.5em 0.4em 0; border-bottom: 1px solid var(--_surface); }
  thead th { border-bottom: 1px solid var(--_border); font-size: 0.9em; }
  .scores td:nth-child(2) { width: 45%; }
  .scores .meter { margin: 0.3em 0 0; height: 0.5em; }
  .score-text { font-weight: 600; margin-inline-end: 0.4em; }
  .band { font-size: 0.875em; color: var(--_muted); }
  .band-attention { color: var(--_text); font-weight: 600; }
  .weakest { list-style: none; padding: 0; }
  .weakest .card { margin-bottom: 0.6em; }
  h5 { font-size: 1em; margin: 0 0 0.4em; }
  .ideas-title { font-weight: 600; margin-bottom: 0.25em; }
  .ideas { margin-bottom: 0; }
  .ideas li { margin-bottom: 0.25em; }
  details > summary { cursor: pointer; min-height: 2.75em; display: flex; align-items: center; color: var(--_primary); }
  .tools { display: grid; gap: 0.75em; margin-bottom: 1em; }
  .field { display: grid; gap: 0.25em; max-width: 28em; }
  .field input[type='text'] {
    font: inherit; color: var(--_text); background: var(--_bg); min-height: 2.75em;
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.4em 0.6em;
  }
  .field input[type='file'] { font: inherit; max-width: 100%; }
  .check { display: flex; gap: 0.5em; align-items: center; min-height: 2.75em; font-weight: 600; cursor: pointer; }
  .check input { width: 1.25em; height: 1.25em; margin: 0; accent-color: var(--_primary); }
  .storage p { margin-bottom: 0.5em; }
  .compare { border-top: 1px solid var(--_border); padding-top: 0.75em; }
  .table-scroll { overflow-x: auto; }
  .compare-table td, .compare-table th { min-width: 4.5em; }
  .compare-table td.lowest { font-weight: 700; }
  .loaded { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5em; }
  @media print {
    :host { font-size: 9pt; line-height: 1.35; }
    .questions, .tools, details:not([open]) { display: none !important; }
    .result { border: 0; padding: 0; }
    h2 { font-size: 1.25em; }
    th, td { padding-block: 0.15em; }
    .card { break-inside: avoid; padding: 0.3em 0.6em; margin-bottom: 0.3em; }
    /* The table already shows the stronger B's; on paper they take one line each. */
    .card:not(.open) > p, .card:not(.open) > details { display: none; }
    .card:not(.open) h5 { margin: 0; }
    .scores .meter { height: 0.4em; }
  }
`;
