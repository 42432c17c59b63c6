// The sync server this device shared through last, so "Plan delen" needs no typing the next
// time. Per device, not per plan and not in a backup: localStorage is the right home.

const KEY = 'sprintbord.syncServer';

export function rememberedServer(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberServer(serverUrl: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, serverUrl);
  } catch {
    // Without localStorage the field starts empty next time, which does no harm.
  }
}
