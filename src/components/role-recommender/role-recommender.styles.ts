import { css } from 'lit';

/**
 * Layout of the role recommender: questions and result side by side when there is room.
 * What only the later part shows is styled in views/later.styles.ts, adopted with it.
 */
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
  .toolbar { margin-top: 1em; }
  /* What only the later part shows (a result, the link, the room screen, the presenter's
     notes) is styled with it: views/later.styles.ts. */
`;
