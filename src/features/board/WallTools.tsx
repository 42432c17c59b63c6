import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell, ColumnDef } from '../../domain/group';
import type { Sprint, Task } from '../../domain/types';
import { wallColumns } from '../../domain/wall';
import { useLang } from '../../i18n/useLang';
import { sprintLabel } from './SprintHeader';
import './wall-tools.css';
import type { PlanBundle } from '../../db/live';

// Loaded on first use: none of them is part of the board's first screen (first-load budget).
const WallSheet = lazy(() => import('./WallSheet').then((m) => ({ default: m.WallSheet })));
const Presentation = lazy(() =>
  import('./Presentation').then((m) => ({ default: m.Presentation })),
);
const CalendarExportDialog = lazy(() =>
  import('./CalendarExportDialog').then((m) => ({ default: m.CalendarExportDialog })),
);

interface WallToolsProps {
  bundle: PlanBundle;
  sprint: Sprint | null;
  /** The board's columns and swimlanes, and its cells as filtered and grouped. */
  columns: readonly ColumnDef[];
  lanes: readonly ColumnDef[] | null;
  /** A column's or swimlane's title in words, as the board shows it. */
  columnTitle: (col: ColumnDef) => string;
  cells: ReadonlyMap<string, Cell>;
  byTheme: boolean;
  today: string;
  shown: number;
  total: number;
  filterTasks?: (tasks: Task[], sprint: Sprint | null) => Task[];
}

/** "Bord afdrukken", "Presentatiemodus" and "Agenda exporteren (.ics)" in the sprint header. */
export function WallTools(props: WallToolsProps) {
  const { t } = useTranslation('wall');
  const { t: tc } = useTranslation();
  const { t: tb } = useTranslation('board');
  const lang = useLang();
  const [printRequest, setPrintRequest] = useState(0);
  const [presenting, setPresenting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const wall = printRequest > 0 || presenting;
  const { columns, lanes, columnTitle, cells, bundle, sprint } = props;
  // Only worked out while the sheet or the presentation is open.
  const wallCols = useMemo(() => {
    if (!wall) return [];
    const head = (col: ColumnDef) => ({ key: col.key, title: columnTitle(col), color: col.color });
    return wallColumns(columns.map(head), lanes?.map(head) ?? null, cells, bundle.people);
  }, [wall, columns, lanes, columnTitle, cells, bundle.people]);
  const title = sprint ? sprintLabel(tc, sprint, lang) : tb('backlog');
  const goal = sprint?.goal.trim() || null;
  const donePrinting = useCallback(() => setPrintRequest(0), []);
  const closePresentation = useCallback(() => {
    setPresenting(false);
    // Here rather than in the presentation's unmount: React's development double mount would
    // leave full screen right after entering it.
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  }, []);

  const present = () => {
    setPresenting(true);
    // Asked here, in the click: a browser grants full screen only to the user's own gesture.
    // Refused or unsupported, the presentation fills the window instead.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <div className="wall-tools" role="group" aria-label={t('tools')}>
      <button type="button" onClick={() => setPrintRequest((n) => n + 1)}>
        {t('print')}
      </button>
      <button type="button" onClick={present}>
        {t('present')}
      </button>
      <button type="button" onClick={() => setExporting(true)}>
        {t('calendar')}
      </button>
      <Suspense fallback={null}>
        {printRequest > 0 && (
          <WallSheet
            planName={bundle.plan.name}
            title={title}
            goal={goal}
            columns={wallCols}
            today={props.today}
            shown={props.shown}
            total={props.total}
            request={printRequest}
            onDone={donePrinting}
          />
        )}
        {presenting && (
          <Presentation
            title={title}
            goal={goal}
            columns={wallCols}
            byTheme={props.byTheme}
            onClose={closePresentation}
          />
        )}
        {exporting && (
          <CalendarExportDialog
            bundle={bundle}
            sprint={sprint}
            filterTasks={props.filterTasks}
            onClose={() => setExporting(false)}
          />
        )}
      </Suspense>
    </div>
  );
}
