/**
 * Puts text on the clipboard; false when the browser refuses (no permission, not a secure
 * context, an old browser), so the caller can offer another way.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!globalThis.navigator?.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts the same content on the clipboard twice: as HTML, which Teams and Outlook paste as
 * headings and tables, and as plain text for everything else. False when the browser refuses.
 */
export async function copyRich(html: string, text: string): Promise<boolean> {
  try {
    if (!globalThis.navigator?.clipboard?.write || typeof ClipboardItem === 'undefined')
      return false;
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}
