import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { wallPrintType, type WallColumn } from '../../domain/wall';
import { formatShort } from '../../i18n/dates';
import { useLang } from '../../i18n/useLang';
import { WallCardView } from './WallCard';
import './wall-print.css';

interface WallSheetProps {
  planName: string;
  /** "Sprint 4 (28 apr – 8 jun 2025)", or "Backlog". */
  title: string;
  goal: string | null;
  columns: readonly WallColumn[];
  today: string;
  shown: number;
  total: number;
  /** Goes up with every press of "Bord afdrukken": each asks the browser's print dialog again. */
  request: number;
  /** The browser has printed (or the user cancelled): the sheet can go. */
  onDone: () => void;
}

/**
 * "Bord afdrukken": the board as filtered and grouped on A3 landscape, one column per group and
 * every card. A direct child of <body>, shown only in print while the app itself is hidden.
 */
export function WallSheet({
  planName,
  title,
  goal,
  columns,
  today,
  shown,
  total,
  request,
  onDone,
}: WallSheetProps) {
  const { t } = useTranslation('wall');
  const lang = useLang();
  const type = wallPrintType(columns.length);
  const style = useMemo(
    () =>
      ({
        '--wall-cols': String(Math.max(1, columns.length)),
        '--wall-title': `${type.title}pt`,
        '--wall-meta': `${type.meta}pt`,
        '--wall-heading': `${type.heading}pt`,
      }) as CSSProperties,
    [columns.length, type.title, type.meta, type.heading],
  );

  useEffect(() => {
    window.addEventListener('afterprint', onDone);
    return () => window.removeEventListener('afterprint', onDone);
  }, [onDone]);
  // After the sheet is in the page, so the print dialog shows it; once per press, also when React
  // runs the effect twice (development).
  const printed = useRef(0);
  useEffect(() => {
    if (printed.current === request) return;
    printed.current = request;
    window.print();
  }, [request]);

  return createPortal(
    <section className="wall-sheet" aria-label={t('sheet.label')} style={style}>
      <header className="wall-sheet-head">
        <h1>{title}</h1>
        <p>{t('sheet.meta', { plan: planName, date: formatShort(today, lang) })}</p>
        {goal && <p className="wall-sheet-goal">{goal}</p>}
        {shown < total && <p>{t('sheet.filtered', { shown, total })}</p>}
      </header>
      <div className="wall-columns">
        {columns.map((col) => (
          <section
            key={col.key}
            className="wall-column"
            aria-label={col.title}
            style={col.color ? { borderTopColor: col.color } : undefined}
          >
            <h2>
              {col.title}{' '}
              <span className="wall-count">({t('sheet.count', { count: col.count })})</span>
            </h2>
            {col.count === 0 && <p className="wall-empty">{t('sheet.empty')}</p>}
            {col.groups.map((group) => (
              <div key={group.lane ?? ''} className="wall-group">
                {group.lane !== null && <h3>{group.lane}</h3>}
                <ul className="wall-cards">
                  {group.cards.map((card) => (
                    <WallCardView key={card.id} card={card} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </section>,
    document.body,
  );
}
