import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Up and down buttons that move an item one place in its list; focus stays on the moved item. */
export function OrderButtons({
  name,
  first,
  last,
  onMove,
}: {
  name: string;
  first: boolean;
  last: boolean;
  onMove: (direction: -1 | 1) => void;
}) {
  const { t } = useTranslation('settings');
  return (
    <span className="settings-order">
      <button
        type="button"
        data-move="up"
        disabled={first}
        aria-label={t('moveUpLabel', { name })}
        onClick={() => onMove(-1)}
      >
        ↑ {t('moveUp')}
      </button>
      <button
        type="button"
        data-move="down"
        disabled={last}
        aria-label={t('moveDownLabel', { name })}
        onClick={() => onMove(1)}
      >
        ↓ {t('moveDown')}
      </button>
    </span>
  );
}

/**
 * After a move the list is drawn anew; this puts focus back on the moved item's button in the
 * same direction, or on the other one when the item reached the end of the list. It waits for the
 * stored list to change, so the buttons it looks at are the new ones.
 */
export function useMoveFocus(list: unknown) {
  const [pending, setPending] = useState<{ id: string; direction: -1 | 1; before: unknown } | null>(
    null,
  );
  const current = useRef(list);
  useEffect(() => {
    current.current = list;
  }, [list]);
  useEffect(() => {
    if (!pending || list === pending.before) return;
    const item = document.querySelector<HTMLElement>(`[data-order-item="${pending.id}"]`);
    setPending(null);
    if (!item) return;
    const want = item.querySelector<HTMLButtonElement>(
      `button[data-move="${pending.direction === -1 ? 'up' : 'down'}"]`,
    );
    const other = item.querySelector<HTMLButtonElement>(
      `button[data-move="${pending.direction === -1 ? 'down' : 'up'}"]`,
    );
    (want && !want.disabled ? want : other)?.focus();
  }, [pending, list]);
  return useCallback(async (id: string, direction: -1 | 1, work: () => Promise<unknown>) => {
    const before = current.current;
    await work();
    setPending({ id, direction, before });
  }, []);
}
