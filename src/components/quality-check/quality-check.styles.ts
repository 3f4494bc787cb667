import { css } from 'lit';

/**
 * Layout of the quality checker. Phone first: every answer is a full-width target for
 * one thumb; from a wider container the scale sits on one row. Printing keeps only
 * the result, so it fits one A4 page.
 */
export const styles = css`
  :host { container-type: inline-size; }
  .head { display: flex; flex-wrap: wrap; gap: 0 1em; align-items: flex-start; justify-content: space-between; }
  .head > div { flex: 1 1 15em; }
  .head button { flex: none; white-space: nowrap; margin-bottom: 0.75em; }
  .questions { container-type: inline-size; margin-bottom: 1.25em; }
  .progress { margin-bottom: 0.25em; font-weight: 600; }
  .meter { margin-bottom: 1em; }
  .group > .h3 { margin-top: 0.5em; color: var(--_primary); }
  .question { margin-bottom: 1.1em; }
  .question .choices { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.3em; }
  @container (min-width: 38em) {
    .question .choices { grid-template-columns: repeat(6, minmax(0, 1fr)); }
    .question .choice { flex-direction: column; justify-content: center; text-align: center; gap: 0.25em; overflow-wrap: normal; hyphens: auto; }
  }
  /* On a phone every pixel goes to the table: no box, a rule above instead. */
  .result { border-top: 1px solid var(--_border); padding-top: 0.75em; margin-bottom: 1em; }
  @container (min-width: 30em) { .result { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75em 1em; } }
  /* Whole words size the columns (the host's overflow-wrap: anywhere would split names). */
  table { border-collapse: collapse; width: 100%; margin-bottom: 1em; overflow-wrap: break-word; }
  caption { text-align: start; font-size: 0.9em; color: var(--_muted); padding-bottom: 0.4em; }
  th, td { text-align: start; vertical-align: top; padding: 0.4em 0.4em 0.4em 0; border-bottom: 1px solid var(--_surface); }
  thead th { border-bottom: 1px solid var(--_border); font-size: 0.9em; }
  /*
   * On a phone the two columns do not fit long words (Informationen, Aufmerksamkeit),
   * so each row stacks: name, then score and bar. The explicit ARIA roles on the table
   * keep it a table for screen readers whatever its CSS display.
   */
  @container (max-width: 29.99em) {
    .scores thead {
      position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
    }
    .scores tr { display: block; padding: 0.5em 0; border-bottom: 1px solid var(--_surface); }
    .scores th, .scores td { display: block; padding: 0; border: 0; }
  }
  /* contain: size, or the bar's aspect ratio makes it 130 px wide at minimum and the
     table overflows a phone. */
  .scores .meter { margin: 0.2em 0; height: 0.5em; contain: size; flex: 1 0 100%; order: 1; }
  .cell { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 0.4em; }
  .cell .answered { flex: 1 0 100%; order: 2; }
  .score-text { font-weight: 600; }
  .band { font-size: 0.85em; color: var(--_muted); }
  .band-attention { color: var(--_text); font-weight: 600; }
  .weakest { list-style: none; padding: 0; }
  .weakest .card { margin-bottom: 0.6em; padding: 0.5em 0.6em; }
  @container (min-width: 30em) { .weakest .card { padding: 0.75em 1em; } }
  /* Headings by class: their tag follows heading-level. */
  .weakest-title { font-size: 1em; }
  .card-title { font-size: 1em; margin: 0 0 0.4em; }
  .ideas-title { font-weight: 600; margin-bottom: 0.25em; }
  .ideas { margin-bottom: 0; }
  .ideas li { margin-bottom: 0.25em; }
  details > summary { cursor: pointer; padding-block: 0.6em; color: var(--_primary); }
  .tools { display: grid; gap: 0.75em; margin-bottom: 1em; }
  .field { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.25em; max-width: 28em; }
  .file-button { display: inline-flex; align-items: center; position: relative; margin-bottom: 0.75em; }
  .file-button input {
    position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer;
  }
  .file-button:has(input:focus-visible) { outline: var(--_focus-width) solid var(--_focus); outline-offset: 0.125em; }
  .file-button:hover { background: var(--_primary-soft); }
  .field input[type='text'] {
    font: inherit; color: var(--_text); background: var(--_bg); min-height: 2.75em;
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.4em 0.6em;
  }
  .check { display: flex; gap: 0.5em; align-items: center; min-height: 2.75em; font-weight: 600; cursor: pointer; }
  .check input { width: 1.25em; height: 1.25em; margin: 0; accent-color: var(--_primary); }
  .storage p { margin-bottom: 0.5em; }
  .compare { border-top: 1px solid var(--_border); padding-top: 0.75em; }
  .table-scroll { overflow-x: auto; }
  .compare-table td, .compare-table th { min-width: 4.5em; }
  .compare-table td.lowest { font-weight: 700; }
  .col-label { display: none; }
  /* On a phone, one B per block: each view's score on its own line, named. */
  @container (max-width: 29.99em) {
    .compare-table thead {
      position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
    }
    .compare-table tr { display: block; padding: 0.5em 0; border-bottom: 1px solid var(--_border); }
    .compare-table th, .compare-table td { display: flex; justify-content: space-between; gap: 1em; padding: 0.1em 0; border: 0; min-width: 0; }
    .compare-table td > :last-child { text-align: end; }
    .col-label { display: block; color: var(--_muted); font-weight: 400; }
  }
  .loaded { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5em; }
  /* Where the answers go: right after the questions, where a user looks for "what now". */
  .where { font-weight: 600; margin-bottom: 1em; }
  .thanks { border-inline-start: 0.25em solid var(--_primary); padding-inline-start: 0.6em; }
  .reset-ask { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; flex-basis: 100%; }
  .reset-ask p { flex-basis: 100%; margin: 0; font-weight: 600; }
  .about { margin-top: 0.5em; }
  .about .source { margin-top: 0; }
  /* A title with a long word (views/head.ts, longWordClass): smaller where the container
     is narrow, so "Consultatiebureau" fits whole at 320 px in presentation mode (about
     0.63em per bold character). Never larger than the title's own size. */
  .h2.title.long-word { font-size: min(1.35em, 9cqi); }
  .h2.title.longer-word { font-size: min(1.35em, 7cqi); }
  /* Such a word now fits its line whole, so it is not hyphenated either: Firefox would
     split a Dutch name by German or French rules to fill the line before. */
  .h2.title.long-word, .h2.title.longer-word { hyphens: manual; }
  .h2.title.longest-word { font-size: min(1.35em, 5.5cqi); }
  /* Easy read (issue 12): slightly larger type, one message per line, a pictogram beside
     each question (in the text colour, so forced colours and dark themes keep it visible). */
  :host([reading-level='easy']:not([audience='staff'])) { font-size: calc(var(--samen-font-size, 1em) * 1.1); }
  :host([reading-level='easy'][presentation]:not([audience='staff'])) { font-size: calc(var(--samen-font-size, 1em) * 1.5); }
  .lines .line { display: block; }
  .lines .line + .line { margin-top: 0.2em; }
  .picto-item { display: grid; grid-template-columns: 2.5em minmax(0, 1fr); gap: 0 0.6em; align-items: start; }
  /* No colour of its own: the inherited one is what forced colours replace (an SVG keeps an authored colour). */
  .picto { width: 2.5em; height: 2.5em; margin-top: 0.15em; }
  @container (min-width: 30em) { .picto-item { grid-template-columns: 3.25em minmax(0, 1fr); } .picto { width: 3.25em; height: 3.25em; } }
  .credit { margin-top: 0.25em; }
  /* The staff link (issue 10): the question when a link would replace answers, its
     notice, the copied link and its QR code (dark on white in every theme: phones need it). */
  .link-ask { border-inline-start: 0.25em solid var(--_primary); padding-inline-start: 0.6em; margin-bottom: 1em; }
  .link-notice { margin-bottom: 1em; }
  .link-ask { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
  .link-ask p { flex-basis: 100%; margin: 0; font-weight: 600; }
  .link-notice .note { margin: 0 0 0.5em; }
  .link-field {
    display: block; width: 100%; font: inherit; color: var(--_text); background: var(--_surface);
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.4em 0.6em; min-height: 2.75em;
  }
  .link-done { font-weight: 600; }
  .qr-figure { margin: 0; max-width: 18em; }
  .qr { display: block; width: 100%; max-width: 16em; height: auto; background: #ffffff; }
  @media (forced-colors: active) { .qr { forced-color-adjust: none; } }
  @media print {
    :host { font-size: 9pt; line-height: 1.35; }
    .questions, .tools, details:not([open]) { display: none !important; }
    .result { border: 0; padding: 0; }
    .h2 { font-size: 1.25em; }
    th, td { padding-block: 0.15em; }
    .card { break-inside: avoid; padding: 0.3em 0.6em; margin-bottom: 0.3em; }
    /* The table already shows the stronger B's; on paper they take one line each. */
    .card:not(.open) > p, .card:not(.open) > details { display: none; }
    .card:not(.open) .card-title { margin: 0; }
    .scores .meter { height: 0.4em; margin: 0.1em 0 0; }
    /* On paper the count sits on the score's line: one line less per B. */
    .cell .answered { flex: 0 1 auto; order: 0; }
    .weakest .card { padding: 0.35em 0.6em; }
    /* On paper one source line under the result credits every idea: one A4 page. */
    .ideas .source { display: none; }
    /* The table shows what was answered; the sources in small print: one A4 page in German too. */
    .skip-note { display: none; }
    .result > .source { font-size: 0.8em; }
    .ideas li { margin-bottom: 0.1em; }
    .weakest-title { margin-bottom: 0.4em; }
  }
`;
