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

/** Reads the text of files the user picked in an `<input type=file>`; never rejects. */
export async function readFiles(files: FileList | readonly File[] | null): Promise<Array<{ name: string; text: string | null }>> {
  return Promise.all([...(files ?? [])].map(async (f) => ({ name: f.name, text: await f.text().catch(() => null) })));
}

/** Copies text to the clipboard; resolves false where the browser does not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
