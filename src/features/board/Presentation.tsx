import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stepColumn, type WallColumn } from '../../domain/wall';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { WallCardView } from './WallCard';
import './presentation.css';

interface PresentationProps {
  /** "Sprint 4 (28 apr – 8 jun 2025)", or "Backlog". */
  title: string;
  goal: string | null;
  columns: readonly WallColumn[];
  /** The board is grouped by theme: the steps are called "Thema", else "Kolom". */
  byTheme: boolean;
  onClose: () => void;
}

/**
 * "Presentatiemodus" for the planning meeting: the board one column (theme) at a time in large
 * type, without anything to edit. The arrow keys step through the columns and say where they are;
 * Escape (or leaving full screen) closes it and focus goes back to the button that opened it.
 */
export function Presentation({ title, goal, columns, byTheme, onClose }: PresentationProps) {
  const { t } = useTranslation('wall');
  const ref = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLElement>(null);
  const titleId = useId();
  const headingId = useId();
  const [index, setIndex] = useState(0);
  const [announced, setAnnounced] = useState('');
  useReturnFocus();

  const at = Math.min(index, Math.max(0, columns.length - 1));
  const column = columns[at];
  const where = t(byTheme ? 'presentation.theme' : 'presentation.column', {
    index: at + 1,
    count: columns.length,
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    stage.current?.focus();
  }, []);
  // Leaving full screen with the browser's own key (Escape, F11) ends the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) onClose();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onClose]);

  const step = (by: -1 | 1) => {
    const next = stepColumn(at, by, columns.length);
    setIndex(next);
    const col = columns[next];
    if (col)
      setAnnounced(
        t('presentation.position', {
          where: t(byTheme ? 'presentation.theme' : 'presentation.column', {
            index: next + 1,
            count: columns.length,
          }),
          title: col.title,
        }),
      );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // Nothing is changed from the presentation: the board's undo and redo keys stay with the board.
    if ((e.ctrlKey || e.metaKey) && ['z', 'y'].includes(e.key.toLowerCase())) {
      e.preventDefault();
      e.stopPropagation();
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      step(1);
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      step(-1);
    }
  };

  return (
    <dialog
      ref={ref}
      className="presentation"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="presentation-head">
        <div>
          <h2 id={titleId}>{t('presentation.label', { sprint: title })}</h2>
          {goal && <p className="presentation-goal">{goal}</p>}
        </div>
        <p className="presentation-hint">{t('presentation.hint')}</p>
        <button type="button" className="presentation-close" onClick={onClose}>
          {t('presentation.close')}
        </button>
      </header>
      <ol className="presentation-steps" aria-label={t('presentation.overview')}>
        {columns.map((col, i) => (
          <li
            key={col.key}
            aria-current={i === at ? 'step' : undefined}
            style={col.color ? { borderColor: col.color } : undefined}
          >
            {col.title} ({col.count})
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden">
        {announced}
      </p>
      <section
        ref={stage}
        // In the Tab order: a long column scrolls, with Page Down and the up and down arrows.
        tabIndex={0}
        className="presentation-stage"
        aria-labelledby={headingId}
        style={column?.color ? { borderTopColor: column.color } : undefined}
      >
        <h3 id={headingId}>
          {column ? (
            <>
              <span className="presentation-where">{where}: </span>
              {column.title}
            </>
          ) : (
            t('presentation.noColumns')
          )}
        </h3>
        {column?.count === 0 && <p className="wall-empty">{t('sheet.empty')}</p>}
        {column?.groups.map((group) => (
          <div key={group.lane ?? ''} className="presentation-group">
            {group.lane !== null && <h4>{group.lane}</h4>}
            <ul
              className="presentation-cards"
              aria-label={t('presentation.cards', { title: group.lane ?? column.title })}
            >
              {group.cards.map((card) => (
                <WallCardView key={card.id} card={card} />
              ))}
            </ul>
          </div>
        ))}
      </section>
      <div className="presentation-nav">
        <button type="button" onClick={() => step(-1)}>
          ‹ {t('presentation.previous')}
        </button>
        <span aria-hidden="true">{where}</span>
        <button type="button" onClick={() => step(1)}>
          {t('presentation.next')} ›
        </button>
      </div>
    </dialog>
  );
}
