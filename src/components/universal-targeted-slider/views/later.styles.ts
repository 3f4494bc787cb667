import { css } from 'lit';

/**
 * The styles of the later chunk's views (later-views.ts): the portfolio (the line, the
 * gaps, the services by stop, the form to add one) and the room screen with the
 * presenter's notes. The element adopts them when the chunk arrives, before the first
 * render that shows those views, so they never show unstyled.
 */
export const laterStyles = css`
  .line-wrap { margin: 0.5em 0 1em; padding-inline: 0.75em; }
  .line { display: block; overflow: visible; }
  .band { fill: var(--_surface); }
  .band-odd { fill: var(--_bg); }
  .band.middle { fill: var(--_primary-soft); }
  .axis { stroke: var(--_border); stroke-width: 2; }
  .marker line { stroke: var(--_primary); stroke-width: 2; }
  .marker circle { fill: var(--_primary); }
  .marker text { fill: var(--_on-primary); font-size: 12px; font-weight: 600; }
  .line-labels { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); font-size: 0.75em; color: var(--_muted); text-align: center; }
  .line-labels span { padding-inline: 0.1em; }
  /* Five stop names do not fit under a phone-wide line; the list below names the stops,
     so the line shows only its two ends there. */
  .line-ends { margin-inline: -0.75em; }
  @container (min-width: 30em) { .line-ends { display: none; } }
  @container (max-width: 29.99em) { .line-labels { display: none; } }

  .gaps { list-style: none; padding: 0; }
  /* One row per stop: names of services are long words ("Consultatiebureau") that
     five narrow columns would break mid-word. */
  .groups { list-style: none; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.4em; }
  .group { background: var(--_surface); border-radius: var(--_radius); padding: 0.5em 0.75em; }
  .group .h4 { margin-bottom: 0.3em; }
  .group > p { margin: 0; }
  @container (min-width: 36em) {
    .group { display: grid; grid-template-columns: 10em minmax(0, 1fr); gap: 0.75em; align-items: start; }
    .group .h4 { margin: 0; padding-top: 0.2em; }
  }
  .services { list-style: none; padding: 0; margin: 0; }
  .services li { display: grid; grid-template-columns: auto minmax(0, 1fr); align-items: center; gap: 0.2em 0.5em; margin-bottom: 0.5em; }
  .services .remove { grid-column: 2; justify-self: start; }
  @container (min-width: 30em) {
    .services li { grid-template-columns: auto minmax(0, 1fr) auto; margin-bottom: 0.3em; }
    .services .remove { grid-column: auto; }
  }
  .services li:last-child { margin-bottom: 0; }
  .service-name { overflow-wrap: break-word; }
  .number {
    display: inline-grid; place-items: center; flex: none; width: 1.6em; height: 1.6em; border-radius: 50%;
    background: var(--_primary); color: var(--_on-primary); font-size: 0.8em; font-weight: 600;
  }
  .remove { min-height: 2.75em; padding: 0.2em 0.6em; font-size: 0.875em; }

  .add { margin-top: 1em; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5em; justify-items: start; }
  .field { display: grid; gap: 0.2em; width: 100%; max-width: 28em; }
  .field input, .field select {
    font: inherit; color: var(--_text); background: var(--_bg); min-height: 2.75em; min-width: 0; width: 100%;
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.3em 0.5em;
  }
  .error { margin: 0; color: #a4262c; font-weight: 600; }
  .error:empty { display: none; }

  /* The room screen (issue 10): the five stops with the offer's marked, then what it
     reaches and risks; type sized to the window's height, so 720 px projected shows it. */
  :host([data-room-screen]) .room-screen { font-size: min(1em, 2.8vh); }
  .room-screen .title { margin-bottom: 0.3em; }
  .room-stops { list-style: none; padding: 0; margin: 0 0 0.2em; display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 0.3em; }
  .room-stops .stop { border: 1px solid var(--_border); border-radius: var(--_radius); text-align: center; }
  .room-stops .stop.middle { border-style: dashed; border-color: var(--_primary); }
  .room-screen .result { margin-top: 0.5em; border: 0; padding: 0; }
  .room-columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 1.5em; }
  @container (min-width: 36em) { .room-columns { grid-template-columns: minmax(0, 4fr) minmax(0, 3fr) minmax(0, 4fr); } }
  .room-columns .note { font-size: 0.85em; }
  .room-screen .reaches li { margin-bottom: 0.2em; }
  .room-screen .risk { margin-bottom: 0.4em; }
  .room-screen .risk .small { font-size: 0.75em; }
  .keys, .room-note, .blank-note { margin-top: 0.5em; }

  /* Windows high contrast: the middle band, the markers and the room screen's current
     stop by system colours and borders, since backgrounds and fills are replaced. */
  @media (forced-colors: active) {
    .room-stops .stop.current { border: 0.2em solid CanvasText; }
    .marker line { stroke: CanvasText; }
    .marker circle { fill: Canvas; stroke: CanvasText; stroke-width: 2; }
    .marker text { fill: CanvasText; }
    .band.middle { fill: Canvas; stroke: CanvasText; stroke-dasharray: 4 3; }
    .number { forced-color-adjust: none; background: CanvasText; color: Canvas; }
  }
`;
