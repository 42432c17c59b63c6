import { useEffect, useId, useRef, useState, type TouchEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { swipeStep } from '../../domain/phone';

export interface PickerColumn {
  key: string;
  label: string;
  /** The cards in this column as the board shows them (all lanes, after the filters). */
  count: number;
}

interface ColumnPickerProps {
  columns: readonly PickerColumn[];
  at: number;
  onPick: (key: string) => void;
}

/**
 * The phone board's "Kolom" list: it shows one column at a time, and this says which and how
 * many cards each holds. A change (from the list or a swipe) is announced politely, so a screen
 * reader user hears where a swipe went.
 */
export function ColumnPicker({ columns, at, onPick }: ColumnPickerProps) {
  const { t } = useTranslation('phone');
  const hintId = useId();
  const shown = columns[at];
  const [said, setSaid] = useState('');
  const first = useRef(true);
  const key = shown?.key;
  useEffect(() => {
    // Nothing to say when the board opens: only a change of column is news.
    if (first.current) {
      first.current = false;
      return;
    }
    if (shown) setSaid(t('shown', { name: shown.label, at: at + 1, total: columns.length }));
    // Only when the column changes, not when its count does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (
    <div className="column-picker">
      <label className="toolbar-field">
        <span>{t('column')}</span>
        <select
          value={key ?? ''}
          aria-describedby={hintId}
          onChange={(e) => onPick(e.target.value)}
        >
          {columns.map((c) => (
            <option key={c.key} value={c.key}>
              {t('columnOption', { name: c.label, count: c.count })}
            </option>
          ))}
        </select>
      </label>
      <span id={hintId} className="visually-hidden">
        {t('swipeHint')}
      </span>
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </div>
  );
}

/**
 * Touch handlers for swiping between the phone board's columns: `onStep(1)` for the next column,
 * `onStep(-1)` for the previous. A touch that became a card drag (see `cancel`), or that started
 * in a text field, is no swipe. Touch events rather than pointer events: the browser cancels a
 * pointer once it starts scrolling, but it always ends a touch.
 */
export function useSwipe(onStep: (step: 1 | -1) => void) {
  const track = useRef<{ x: number; y: number; dx: number; dy: number } | null>(null);
  return {
    /** A card drag began: the touch that started it is a drag, not a swipe. */
    cancel: () => {
      track.current = null;
    },
    handlers: {
      onTouchStart: (e: TouchEvent) => {
        const touch = e.touches[0];
        const field = (e.target as Element).closest?.('input, textarea, select');
        track.current =
          e.touches.length === 1 && touch && !field
            ? { x: touch.clientX, y: touch.clientY, dx: 0, dy: 0 }
            : null;
      },
      // The distance is that of the last move: where a touch ends, browsers may report a point
      // guessed ahead of the finger.
      onTouchMove: (e: TouchEvent) => {
        const touch = e.touches[0];
        const at = track.current;
        if (!at || !touch || e.touches.length !== 1) return;
        at.dx = touch.clientX - at.x;
        at.dy = touch.clientY - at.y;
      },
      onTouchEnd: () => {
        const at = track.current;
        track.current = null;
        if (!at) return;
        const step = swipeStep(at.dx, at.dy);
        if (step !== 0) onStep(step);
      },
      onTouchCancel: () => {
        track.current = null;
      },
    },
  };
}
