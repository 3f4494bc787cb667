import { css } from 'lit';

/**
 * The styles of what only the later part shows (later.ts): a result (verdict, the roles
 * in order, why, what a role does), the copied link, the room screen and the
 * presenter's notes. They come with that code, not with the first chunk; the element
 * adopts them after its own styles in the first render that can show one of those
 * views, so none shows unstyled. Same rules, in the same order, as before the split
 * (they came after the first screen's rules, and no first-screen rule after them
 * matches the same elements).
 */
export const laterStyles = css`
  .verdict { font-size: 1.25em; margin-bottom: 0.25em; }
  .verdict strong { color: var(--_primary); }
  .scores { list-style: none; padding: 0; }
  .scores li { margin-bottom: 0.4em; }
  .scores li.top span { font-weight: 600; }
  .reasons li { margin-bottom: 0.3em; }
  dl { margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0 0 0.4em; }
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
