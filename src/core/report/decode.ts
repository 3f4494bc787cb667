/**
 * The text of an export file, whatever the spreadsheet saved it as. Excel on a Belgian
 * Windows saves "CSV (puntkomma gescheiden)" / "CSV (séparateur : point-virgule)" in
 * Windows-1252, not UTF-8, and "Unicode text" in UTF-16; read as UTF-8, "café" would
 * become "caf\uFFFD". The bytes are read as UTF-8 strictly, and only when they are not
 * valid UTF-8 as Windows-1252 (every byte is a character there, so it never fails).
 */

/**
 * Windows-1252's characters for the bytes 0x80..0x9F (where it differs from Latin-1);
 * the five bytes it leaves undefined keep their own code point, as the WHATWG standard
 * says. Browsers decode this way already; Node's TextDecoder reads the label as
 * Latin-1, so the core applies the table itself (a no-op in a browser).
 */
const C1 = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F'
  + '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The encodings a file of answers is read in, as the reader tries them. */
export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes a file's bytes: UTF-16 when it starts with a UTF-16 byte order mark, else
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252. A UTF-8 or UTF-16 byte
 * order mark is dropped. Never throws.
 * @param bytes the file's content.
 */
export function decodeReportBytes(bytes: Uint8Array): { text: string; encoding: ReportEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return { text: text.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]), encoding: 'windows-1252' };
  }
}
