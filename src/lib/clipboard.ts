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
