/**
 * The role recommender's answers as a link (issue 10, "Hand the state on"): base64url
 * of a small JSON object in the `#samen-roles=` fragment, so nothing is sent to a
 * server. Reading a link never throws: a broken or foreign code gives one warning and
 * the defaults; a code of ours with a few bad answers keeps the good ones.
 */
import { msg } from '@lit/localize';
import { toBase64Url } from '../../core/dilemmas/base64url.js';
import { DIRECTING_QUESTIONS, GOVERNANCE_QUESTIONS, cleanRoleAnswers, cleanTypologyAnswers, type RoleAnswers } from '../../core/roles/index.js';
import type { InputIssue } from '../../core/shared.js';
import { readLinkCode } from '../../internal/controllers/share.js';

/** The fragment parameter of a role recommender link. */
export const ROLE_LINK_PARAM = 'samen-roles';
/** Our codes are a few hundred characters; anything far longer is not decoded at all. */
const ROLE_LINK_MAX = 4000;
/** Marks a code as ours, so a code of another tool pasted under our name is refused. */
const FORMAT = 'roles';

/** What a link holds: the answers of the three views. */
export interface RoleLinkState {
  /** Coordinator-role answers. */
  answers: RoleAnswers;
  /** Governance-form answers. */
  governance: Record<string, string>;
  /** Directing-type answers. */
  directing: Record<string, string>;
}

/** The answers as a URL-safe code; empty views are left out to keep the link short. */
export function encodeRoleLink(state: RoleLinkState): string {
  const data: Record<string, unknown> = { f: FORMAT, v: 1 };
  if (Object.keys(state.answers).length) data.a = state.answers;
  if (Object.keys(state.governance).length) data.g = state.governance;
  if (Object.keys(state.directing).length) data.d = state.directing;
  return toBase64Url(JSON.stringify(data));
}

/**
 * Reads a link code. `value` is null when the code is not a role recommender link
 * (then keep the defaults); `issues` hold what to warn about, in one warning.
 */
export function decodeRoleLink(code: string): { value: RoleLinkState | null; issues: InputIssue[] } {
  const read = readLinkCode(code, FORMAT, ROLE_LINK_MAX);
  if (read.data === null) return { value: null, issues: read.issues };
  const data = read.data;
  const answers = cleanRoleAnswers(data.a);
  const governance = cleanTypologyAnswers(GOVERNANCE_QUESTIONS, data.g, 'governance');
  const directing = cleanTypologyAnswers(DIRECTING_QUESTIONS, data.d, 'directing');
  return {
    value: { answers: answers.value, governance: governance.value, directing: directing.value },
    issues: [...answers.issues, ...governance.issues, ...directing.issues],
  };
}

export type { ShownLink } from '../../internal/controllers/share.js';

/** The button's label. */
export function roleLinkButtonText(): string {
  return msg('Copy a link to these answers', { id: 'rr.share.copy' });
}
