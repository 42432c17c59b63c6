import { useEffect, useState } from 'react';

/**
 * A dialog that is unmounted while open never runs the browser's own focus return, so the
 * keyboard user would land on <body>. This puts focus back on whatever had it when the dialog
 * mounted (the card, the header button), when that element is still on the page.
 */
export function useReturnFocus(): void {
  // Read during the first render: the dialog's own effect moves focus into it right after.
  const [opener] = useState(() =>
    typeof document === 'undefined' ? null : document.activeElement,
  );
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) {
        // After the unmount has finished, or the leaving dialog would take the focus with it.
        window.setTimeout(() => {
          if (opener.isConnected) opener.focus();
        }, 0);
      }
    },
    [opener],
  );
}
