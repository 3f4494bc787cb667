/**
 * A staff quality check as a link code (issue 10, "Hand the state on"): the staff
 * answers, the `extended` flag and the service, as base64url JSON for the URL fragment.
 * Only staff answers ever go in: a family's answers are never put in a link (the
 * element offers no link to families, and this code has no place for their answers).
 *
 * The answers are one digit per staff question of the bank, in the bank's order
 * ("0" for no answer), so 21 answers take 21 characters and the link stays short enough
 * for a QR code. A code made with another number of staff questions is refused rather
 * than read into the wrong questions. Internal: not exported from the core's index.
 */
import { jsonFromBase64Url, toBase64Url } from '../dilemmas/base64url.js';
import { isRecord } from '../shared.js';
import { QUALITY_QUESTIONS } from './questions.js';
import { cleanQualityService } from './saved.js';
import type { QualityAnswers } from './scoring.js';

/** Marks a code as a quality check's, so another tool's code is refused. */
export const QUALITY_LINK_FORMAT = 'quality';
/**
 * Our codes are under 300 characters (21 digits and a 120-character service name, in
 * base64url); anything far longer is not decoded at all, so a huge fragment costs nothing.
 */
export const QUALITY_LINK_MAX = 2000;

/** The staff question ids, in the bank's order: the positions of the digits. */
const STAFF_IDS: readonly string[] = QUALITY_QUESTIONS.filter((q) => q.audience === 'staff').map((q) => q.id);

/** What a link holds. */
export interface QualityLinkState {
  /** Staff answers only: question id -> 1..5. */
  answers: QualityAnswers;
  /** Whether being known and trustworthiness are asked. */
  extended: boolean;
  /** The service rated, or ''. */
  service: string;
}

/** Why a code was not read. */
export type QualityLinkRefusal = 'too-large' | 'damaged' | 'not-ours' | 'other-questions';

/** A read code: the state, or why not (never both, never thrown). */
export type QualityLinkRead =
  | { ok: true; value: QualityLinkState; partly: boolean }
  | { ok: false; reason: QualityLinkRefusal };

/** The staff answers, `extended` and the service as a URL-safe code; family answers are left out. */
export function encodeQualityLink(state: QualityLinkState): string {
  const digits = STAFF_IDS.map((id) => {
    const v = state.answers[id];
    return Number.isInteger(v) && v >= 1 && v <= 5 ? String(v) : '0';
  }).join('');
  const data: Record<string, unknown> = { f: QUALITY_LINK_FORMAT, v: 1, a: digits };
  if (state.extended === true) data.x = 1;
  if (state.service) data.s = state.service;
  return toBase64Url(JSON.stringify(data));
}

/**
 * Reads a code. Never throws: too long, not base64url JSON, another tool's, or made
 * for another list of questions each give a reason; a code of ours with a bad service
 * name or a few impossible digits keeps the rest (`partly`).
 */
export function decodeQualityLink(code: unknown): QualityLinkRead {
  if (typeof code !== 'string') return { ok: false, reason: 'damaged' };
  if (code.length > QUALITY_LINK_MAX) return { ok: false, reason: 'too-large' };
  const data = jsonFromBase64Url(code);
  if (!isRecord(data)) return { ok: false, reason: data === undefined ? 'damaged' : 'not-ours' };
  if (data.f !== QUALITY_LINK_FORMAT || data.v !== 1) return { ok: false, reason: 'not-ours' };
  if (typeof data.a !== 'string') return { ok: false, reason: 'damaged' };
  if (data.a.length !== STAFF_IDS.length) return { ok: false, reason: 'other-questions' };
  let partly = false;
  const answers: QualityAnswers = {};
  [...data.a].forEach((digit, i) => {
    if (digit === '0') return;
    if (/^[1-5]$/.test(digit)) answers[STAFF_IDS[i]] = Number(digit);
    else partly = true;
  });
  const service = cleanQualityService(data.s);
  if (service.issues.length) partly = true;
  if (data.x !== undefined && data.x !== 1) partly = true;
  return { ok: true, value: { answers, extended: data.x === 1, service: service.value }, partly };
}
