/**
 * The role recommender's tab labels and the tools under it: start again (with undo)
 * and the link to hand on. (The room screen's button sits by Full screen, in the head.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderRoleLink, roleLinkButtonText, type ShownLink } from '../role-link.js';
import { resetTexts } from '../role-recommender.texts.js';

/** The three views' tabs. */
export function viewTabs(): Array<{ id: string; label: string }> {
  return [
    { id: 'role', label: msg('Coordinator role', { id: 'rr.tab.role' }) },
    { id: 'governance', label: msg('Governance form', { id: 'rr.tab.governance' }) },
    { id: 'directing', label: msg('Role of local government', { id: 'rr.tab.directing' }) },
  ];
}

/** What the tools show and do. */
export interface RrTools {
  /** True while "Start again" can be undone. */
  cleared: boolean;
  shownLink: ShownLink | null;
  reset(): void;
  undo(): void;
  copyLink(): void;
}

/** The toolbar, the link once copied, and the room-screen notes. */
export function renderToolbar(t: RrTools): TemplateResult {
  return html`<div class="toolbar no-print">
      <button type="button" class="reset" @click=${t.reset}>${msg('Start again', { id: 'rr.reset' })}</button>
      <button type="button" class="copy-link" @click=${t.copyLink}>${roleLinkButtonText()}</button>
      ${t.cleared
        ? html`<span class="muted">${msg('All answers cleared.', { id: 'rr.cleared' })}</span>
          <button type="button" class="undo" @click=${t.undo}>${resetTexts().undo}</button>`
        : nothing}
    </div>
    ${renderRoleLink(t.shownLink)}`;
}
