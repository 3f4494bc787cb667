import { css } from 'lit';

/** Layout of the role recommender: questions and result side by side when there is room. */
export const styles = css`
  :host { container-type: inline-size; }
  /* .head (title and full-screen button) comes from baseStyles: it wraps at 320 px. */
  /* minmax(0, 1fr): a long word (at 1.5× type, 320 px) must break, not widen the column. */
  .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.25em; }
  @container (min-width: 44em) {
    .layout { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
    .result { position: sticky; top: 0.5em; }
  }
  .question { margin-bottom: 1em; }
  .progress { margin-bottom: 0.25em; font-weight: 600; }
  .meter { margin-bottom: 1em; }
  .result { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75em 1em; }
  .verdict { font-size: 1.25em; margin-bottom: 0.25em; }
  .verdict strong { color: var(--_primary); }
  .scores { list-style: none; padding: 0; }
  .scores li { margin-bottom: 0.4em; }
  .scores li.top span { font-weight: 600; }
  .reasons li { margin-bottom: 0.3em; }
  dl { margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0 0 0.4em; }
  .toolbar { margin-top: 1em; }
  .link { margin-top: 0.75em; }
  .link input { display: block; box-sizing: border-box; width: 100%; }
  /* The room screen (issue 10): the result beside the answers given, its type sized to
     the window's height so a projected 720 px shows the verdict, the order and the why. */
  :host([data-room-screen]) .room-screen { font-size: min(1em, 2.8vh); }
  .room-grid { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.25em 1.5em; }
  @container (min-width: 44em) { .room-grid { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } }
  .room-screen .title { margin-bottom: 0.3em; }
  .room-screen .scores li, .room-screen .reasons li { margin-bottom: 0.15em; }
  .given dl { margin-bottom: 0.5em; }
  .given dt { font-weight: 400; font-size: 0.8em; }
  .given dd { font-weight: 600; margin-bottom: 0.25em; }
  .given dd strong { color: var(--_primary); }
  .room-main .counter li { font-size: 0.85em; margin-bottom: 0.3em; }
  .room-main .source { font-size: 0.75em; }
  .keys, .room-note, .blank-note { margin-top: 0.5em; }
  @media (forced-colors: active) {
    .verdict strong { color: Highlight; }
    .scores li.top { border-inline-start: 0.25em solid Highlight; padding-inline-start: 0.4em; }
  }
`;
