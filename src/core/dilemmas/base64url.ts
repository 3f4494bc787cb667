/**
 * base64url (RFC 4648 section 5, no padding) for the workshop link, written out so the
 * core needs neither Node's Buffer nor the browser's btoa. Text is encoded as UTF-8,
 * so any string survives the round trip. Internal: not exported from the core.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Encodes a string as unpadded base64url of its UTF-8 bytes. */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * Decodes unpadded (or padded) base64url, and plain base64 as links sometimes get
 * rewritten. Returns null for anything that is not valid base64url of UTF-8 text.
 */
export function fromBase64Url(code: string): string | null {
  const clean = code.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (clean.length % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    // Stryker disable next-line ConditionalExpression: without this check an unknown character (-1) sets every bit of the buffer, so the next byte is 0xfc-0xff, never valid UTF-8, and the fatal decoder returns null anyway (a lone last character is refused by the length check).
    if (v < 0) return null;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/**
 * The JSON value a base64url link code holds, or undefined when the code is not
 * base64url of UTF-8 text or the text is not JSON. Never throws: every link reader
 * (workshop, roles, slider, quality check) starts here.
 */
export function jsonFromBase64Url(code: string): unknown {
  const text = fromBase64Url(code.trim());
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
