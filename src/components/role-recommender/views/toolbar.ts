/**
 * The role recommender's tab labels and the tools under it: start again (with undo)
 * and the link to hand on. (The room screen's button sits by Full screen, in the head.)
 * What a tool shows once used (the undo offer, the copied link) comes with the later
 * chunk (tools.ts): a loading line until then.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { later } from '../../../internal/controllers/lazy-texts.js';
import { roleLinkButtonText, type ShownLink } from '../role-link.js';
import { rrLater } from './later.js';

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
      ${t.cleared ? later(rrLater, (views) => views.renderUndo(t.undo)) : nothing}
    </div>
    ${t.shownLink ? later(rrLater, (views) => views.renderRoleLink(t.shownLink!)) : nothing}`;
}
