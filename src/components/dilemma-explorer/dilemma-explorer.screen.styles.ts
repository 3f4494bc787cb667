import { css } from 'lit';

/**
 * The explorer projected, as far as the first screen goes: the header and tabs of a
 * projected or full-screen workshop, the room screen covering its page, and the tools'
 * confirmations. The projected workshop itself (a step that fits one 1280×720 or
 * 1920×1080 screen, the room screen's layout, the black screen, the count buttons, the
 * QR code) comes with the later part: later.styles.ts.
 */
export const screenStyles = css`
  :host { position: relative; }
  .done { margin-top: 0.5em; padding: 0.4em 0.6em; border-inline-start: 0.25em solid var(--_primary); background: var(--_surface); }
  .done button { margin-inline-start: 0.5em; }
  .confirm-load { margin-top: 0.75em; padding: 0.5em 0.75em; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .confirm-load button { margin-inline-end: 0.5em; }
  :host([presentation][mode='workshop']) .head h2 { font-size: 1em; margin: 0; }
  :host([presentation][mode='workshop']) .head { align-items: center; margin-bottom: 0.25em; }
  :host([presentation][mode='workshop']) .head > button, :host([presentation][mode='workshop']) [role='tab'] { margin-bottom: 0; font-size: 0.7em; min-height: 2.5em; }
  :host(:fullscreen) .tools { display: none; }
  /* Full screen is what the room sees: the stepper stays for the facilitator, the
     widget's title, mode tabs and tools give way (Escape leaves full screen). */
  :host(:fullscreen[mode='workshop']) .head, :host(:fullscreen[mode='workshop']) [role='tablist'] { display: none; }
  /* The room screen covers the page it was opened on: only the widget shows. */
  :host([data-room-screen]) {
    position: fixed; inset: 0; z-index: 2147483646; overflow: auto; border: 0; border-radius: 0; margin: 0;
  }
`;
