import { css } from 'lit';

/** Layout of the universal vs targeted slider: the scale on top, its meaning below; the portfolio line. */
export const styles = css`
  :host { container-type: inline-size; }
  /* .head (title and full-screen button) comes from baseStyles: it wraps at 320 px. */
  /* minmax(0, 1fr): a long word (at 1.5× type, 320 px) must break, not widen the column. */
  .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.25em; }

  /* The five stops sit in five equal columns over the slider, as the bands of the scale
     are equal; on a narrow screen they wrap as chips. */
  .stops { display: flex; flex-wrap: wrap; gap: 0.3em; margin-bottom: 0.5em; }
  .stop {
    flex: 1 1 auto; min-width: 0; padding: 0.4em 0.5em; font-size: 0.9em;
    color: var(--_text); background: var(--_surface); border-color: var(--_border);
  }
  .stop.middle { border-style: dashed; border-color: var(--_primary); }
  .stop.current { color: var(--_on-primary); background: var(--_primary); border-style: solid; border-color: var(--_primary); font-weight: 600; }
  @container (min-width: 36em) {
    .stops { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); }
  }
  .range-label { display: block; font-weight: 600; margin-bottom: 0.25em; }
  input[type='range'] { display: block; width: 100%; min-height: 2.75em; margin: 0; accent-color: var(--_primary); cursor: pointer; }
  .ends { display: flex; justify-content: space-between; gap: 1em; font-size: 0.875em; color: var(--_muted); }
  .ends span:last-child { text-align: end; }

  .result { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75em; }
  @container (min-width: 30em) { .result { padding: 0.75em 1em; } }
  .columns { display: grid; gap: 1em; }
  @container (min-width: 44em) {
    .columns { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); }
  }
  .reaches li { margin-bottom: 0.3em; }
  .risks { list-style: none; padding: 0; }
  .risk { margin-bottom: 0.75em; }
  .risk p { margin-bottom: 0.2em; }
  .risk-name { font-weight: 600; }
  .risk.band-high .meter-fill { fill: var(--_text); }

  .source { margin-top: 1em; }
  .toolbar, .link { margin-top: 1em; }
  .link input { display: block; box-sizing: border-box; width: 100%; }

  /* The portfolio view and the room screen's styles come with their views, in the later
     chunk (views/later.styles.ts). */

  /* Windows high contrast: the current stop by system colours and borders, since
     backgrounds are replaced. */
  @media (forced-colors: active) {
    .stop.current { forced-color-adjust: none; color: HighlightText; background: Highlight; border: 0.2em solid Highlight; }
    .stop.middle:not(.current) { border: 0.125em dashed ButtonText; }
    .risk.band-high .meter-fill { fill: CanvasText; }
  }
`;
