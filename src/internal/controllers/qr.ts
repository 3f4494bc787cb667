/**
 * A link as a QR code, drawn CSP-safely as one SVG `<path>` (no canvas, no data URL,
 * no style attribute). The QR library (uqr) is imported only when a code is asked for,
 * so no widget pays for it on first load.
 */
import { html, svg, type TemplateResult } from 'lit';

/**
 * The longest link drawn as a code, in bytes of UTF-8. A QR code holds up to 2,331
 * bytes at error correction level M (version 40), but at that density (177×177
 * modules) a phone camera rarely reads it off a projector or a printed page; around
 * 1,200 bytes (version 27, 125×125) is what phones still read reliably.
 */
export const QR_MAX_BYTES = 1200;

/** A drawn code, or why there is none. */
export type QrCode =
  | { ok: true; size: number; path: string }
  | { ok: false; reason: 'too-large' | 'failed'; bytes: number };

/** The UTF-8 length of a text, as the QR code's byte mode counts it. */
export function qrBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Encodes a text (a link) at error correction level M. Resolves `too-large` beyond
 * {@link QR_MAX_BYTES}, `failed` when the library cannot be loaded; never rejects.
 */
export async function makeQrCode(text: string): Promise<QrCode> {
  const bytes = qrBytes(text);
  if (bytes > QR_MAX_BYTES) return { ok: false, reason: 'too-large', bytes };
  try {
    const { encode } = await import('uqr');
    const { data, size } = encode(text, { ecc: 'M', border: 4 });
    // One path, a horizontal run of dark modules per segment: small and CSP-safe.
    let path = '';
    data.forEach((row, y) => {
      for (let x = 0; x < size; x++) {
        if (!row[x]) continue;
        let end = x;
        while (end + 1 < size && row[end + 1]) end++;
        path += `M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`;
        x = end;
      }
    });
    return { ok: true, size, path };
  } catch {
    return { ok: false, reason: 'failed', bytes };
  }
}

/** The code as SVG, dark on white whatever the theme (phones need the contrast); `label` names it. */
export function qrSvg(code: Extract<QrCode, { ok: true }>, label: string): TemplateResult {
  return html`<svg class="qr" viewBox="0 0 ${code.size} ${code.size}" role="img" aria-label=${label} shape-rendering="crispEdges">
    ${svg`<rect class="qr-light" x="0" y="0" width=${code.size} height=${code.size} fill="#ffffff"></rect>
    <path class="qr-dark" d=${code.path} fill="#000000"></path>`}
  </svg>`;
}
