import { useEffect, useRef, useState } from 'react';

/**
 * For a dialog (or any piece that takes focus) while it is mounted: when it goes away, focus goes
 * back to what had it when the piece appeared (the card, the "Verwijderen" button), or, when that
 * is no longer on the page, to `fallback()`. A dialog that is unmounted while open never runs
 * the browser's own focus return, so without this the keyboard user would land on <body>.
 */
export function useReturnFocus(
  fallback?: () => HTMLElement | null | undefined,
  enabled = true,
): void {
  // Read during the first render: the dialog's own effect moves focus into it right after.
  const [opener] = useState(() =>
    typeof document === 'undefined' ? null : document.activeElement,
  );
  const latest = useRef({ fallback, enabled });
  useEffect(() => {
    latest.current = { fallback, enabled };
  });
  useEffect(
    () => () => {
      if (!latest.current.enabled) return;
      const fallbackOf = latest.current.fallback;
      // After the unmount has finished, or the leaving dialog would take the focus with it.
      window.setTimeout(() => {
        const back =
          opener instanceof HTMLElement && opener.isConnected && opener !== document.body
            ? opener
            : fallbackOf?.();
        back?.focus();
      }, 0);
    },
    [opener],
  );
}
