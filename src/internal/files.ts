/**
 * Moving results in and out of a widget without any server: a JSON file to download,
 * a file the user picks to read back, and text for the clipboard. Everything stays in
 * the browser.
 */

/**
 * Offers data as a JSON file download. Uses a Blob URL (no network) and revokes it.
 * @param filename e.g. `samen-quality-check.json`.
 */
export function downloadJson(filename: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Files bigger than this are not read: samen's own files are a few kilobytes, and
 * reading a 50 MB video picked by mistake would freeze the page for seconds.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file the user picked, read as text. */
export interface ReadFile {
  /** The file's name, for messages. */
  name: string;
  /** Its text; null when it could not be read or was too large. */
  text: string | null;
  /** True when the file was not read because it is larger than the limit. */
  tooLarge?: boolean;
}

/**
 * Reads the text of files the user picked in an `<input type=file>`; never rejects.
 * Files over `maxBytes` (default 5 MB) are not read: their `text` is null and `tooLarge`
 * is true, so the widget can say why.
 */
export async function readFiles(files: FileList | readonly File[] | null, maxBytes = MAX_FILE_BYTES): Promise<ReadFile[]> {
  return Promise.all([...(files ?? [])].map(async (f): Promise<ReadFile> =>
    f.size > maxBytes ? { name: f.name, text: null, tooLarge: true } : { name: f.name, text: await f.text().catch(() => null) }));
}

/** How long a copy waits for the clipboard before the widget shows the text to copy by hand. */
export const COPY_WAIT_MS = 1500;

/**
 * Copies text to the clipboard; resolves false where the browser does not allow it, or
 * when the clipboard has not answered within COPY_WAIT_MS (a browser waiting on a
 * permission must not leave the user without an answer: the widget then shows the text).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    const write = navigator.clipboard.writeText(text).then(() => true);
    return await Promise.race([write, new Promise<boolean>((done) => setTimeout(() => done(false), COPY_WAIT_MS))]);
  } catch {
    return false;
  }
}
