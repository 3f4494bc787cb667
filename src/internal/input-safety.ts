/**
 * Reading whatever a page hands a widget without ever throwing or freezing: a bounded
 * preview of any value for the console, the caps on what a widget reads at all, and a
 * comparable key of a page-set value (to notice the page setting the same value again).
 *
 * Why not `JSON.stringify`: it throws on a BigInt or a cycle, runs a Proxy's traps and
 * throwing getters, and turns a 130,000-key object into a megabyte string before any cap
 * could apply. The preview walks the value itself and stops when it has enough.
 */

/** Attribute JSON longer than this (in characters, about 256 kB) is not parsed at all. */
export const MAX_JSON_CHARS = 256 * 1024;
/**
 * An object or array given to a widget with more entries than this is refused. High
 * enough for a real network's portfolio (the slider renders 5,000 services in linear
 * time), low enough that 130,000 keys are refused before any cleaning walks them.
 */
export const MAX_ENTRIES = 10_000;
/** Console warnings list at most this many issues, then say how many more there were. */
export const MAX_ISSUE_LINES = 20;

/**
 * A short, human-readable preview of any value, at most `max` characters. Never throws:
 * BigInts, Symbols, cycles, Proxies, throwing getters and null-prototype objects all
 * give a preview.
 */
export function preview(value: unknown, max = 80): string {
  let out = '';
  const seen = new Set<object>();
  const full = () => out.length >= max;
  const write = (v: unknown, depth: number): void => {
    if (full()) return;
    switch (typeof v) {
      case 'string': out += JSON.stringify(v.length > max ? v.slice(0, max) : v); return;
      case 'bigint': out += `${v}n`; return;
      case 'symbol': out += v.toString(); return;
      case 'function': out += 'function'; return;
      case 'object': break;
      default: out += String(v); return; // number, boolean, undefined
    }
    if (v === null) { out += 'null'; return; }
    if (seen.has(v) || depth > 3) { out += '…'; return; }
    seen.add(v);
    const array = Array.isArray(v);
    out += array ? '[' : '{';
    // Object.keys may throw (a revoked Proxy, an ownKeys trap): the catch below ends it.
    const keys = array ? [] : Object.keys(v);
    const count = array ? (v as unknown[]).length : keys.length;
    for (let i = 0; i < count && !full(); i++) {
      if (i) out += ',';
      if (!array) out += `${JSON.stringify(keys[i])}:`;
      let item: unknown;
      try {
        item = array ? (v as unknown[])[i] : (v as Record<string, unknown>)[keys[i]];
      } catch {
        out += '(throws)';
        continue;
      }
      write(item, depth + 1);
    }
    out += array ? ']' : '}';
  };
  try {
    write(value, 0);
  } catch {
    out += '…';
  }
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

/**
 * Why an input is too big to read, or undefined when it is fine. Counts only: the
 * entries of an object or array at the top, and the length of a string.
 * May throw for hostile objects (a Proxy's ownKeys trap); callers catch.
 */
export function tooLarge(input: unknown): string | undefined {
  if (typeof input === 'string') {
    return input.length > MAX_JSON_CHARS ? `${input.length} characters, more than ${MAX_JSON_CHARS}` : undefined;
  }
  if (typeof input !== 'object' || input === null) return undefined;
  const count = Array.isArray(input) ? input.length : Object.keys(input).length;
  return count > MAX_ENTRIES ? `${count} entries, more than ${MAX_ENTRIES}` : undefined;
}

/**
 * A key that is equal for two page-set values the widget would read the same way: the
 * attribute string itself, or the JSON of a property value (so `answers='{"a":"b"}'` and
 * `el.answers = { a: 'b' }` compare equal). Undefined when the value has no JSON form
 * (a BigInt, a cycle, a throwing getter): such a value is never taken for a repeat.
 */
export function pageValueKey(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (input === undefined) return '';
  try {
    if (tooLarge(input)) return undefined;
    return JSON.stringify(input);
  } catch {
    return undefined;
  }
}
