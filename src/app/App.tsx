import type { ParseKeys } from 'i18next';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivePlanId, useBlockedCount, usePlanBundle, useSyncPlans } from '../db/live';
import { runWrite } from './writes';
import { Board } from '../features/board/Board';
import { TaskDialog } from '../features/board/TaskDialog';
import { FilterBar } from '../features/filters/FilterBar';
import { useTaskNarrowing } from '../features/filters/useUrlFilter';
import { formatDateBE } from '../domain/dates';
import { formatShort } from '../i18n/dates';
import { languageOf, setLanguage } from '../i18n/i18n';
import { navigate, useView, type View } from '../lib/url';
import { StoragePanel } from '../features/storage/StoragePanel';
import { UpdatePrompt } from '../features/storage/UpdatePrompt';
import { RepairNotice } from '../features/data/RepairNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { useRepairNotice } from '../state/repairNotice';
import { Toasts } from './Toasts';
import { useOverlayShortcuts, useUndoShortcuts, type Overlay } from './useShortcuts';
import { useTeamSync } from './useTeamSync';
import { PresenceList, usePublishAuthor } from './Presence';
import { SyncIndicator } from './SyncIndicator';
import { JoinPrompt } from './JoinPrompt';
import { useLang } from '../i18n/useLang';

// Every view but the board loads when it is first opened, so the board's first load stays small.
const ReportPage = lazy(() =>
  import('../features/reports/ReportPage').then((m) => ({ default: m.ReportPage })),
);
const DataPage = lazy(() =>
  import('../features/data/DataPage').then((m) => ({ default: m.DataPage })),
);
const BlockedView = lazy(() =>
  import('../features/filters/BlockedView').then((m) => ({ default: m.BlockedView })),
);
const YearPlanView = lazy(() =>
  import('../features/plan/YearPlanView').then((m) => ({ default: m.YearPlanView })),
);
const RoadmapView = lazy(() =>
  import('../features/roadmap/RoadmapView').then((m) => ({ default: m.RoadmapView })),
);
const MyTasksView = lazy(() =>
  import('../features/mytasks/MyTasksView').then((m) => ({ default: m.MyTasksView })),
);
// Ctrl+K and "?": only their key handler is in the first load.
const CommandPalette = lazy(() =>
  import('./CommandPalette').then((m) => ({ default: m.CommandPalette })),
);
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

const NAV: ReadonlyArray<{ view: View; key: ParseKeys }> = [
  { view: 'bord', key: 'nav.board' },
  { view: 'mijn-taken', key: 'nav.myTasks' },
  { view: 'geblokkeerd', key: 'nav.blocked' },
  { view: 'jaarplan', key: 'nav.yearPlan' },
  { view: 'roadmap', key: 'nav.roadmap' },
  { view: 'rapport', key: 'nav.report' },
  { view: 'instellingen', key: 'nav.settings' },
  { view: 'gegevens', key: 'nav.data' },
];

export function App() {
  const { t } = useTranslation();
  const lang = useLang();
  const planId = useActivePlanId();
  const bundle = usePlanBundle(planId);
  const view = useView();
  const repairRound = useRepairNotice((s) => s.repairRound);
  useUndoShortcuts(planId);
  useTeamSync();
  usePublishAuthor(planId ?? null);
  const narrowTasks = useTaskNarrowing(bundle);
  // No plan to show, but one shared with this device: a plan joined a moment ago, its rows
  // still on their way (a stored plan would have been shown).
  const syncPlans = useSyncPlans();
  const joining = bundle === null && !!syncPlans?.length;
  const blockedCount = useBlockedCount(bundle?.plan.id);
  const overlays = useOverlays();
  useOverlayShortcuts(overlays.open);

  if (planId === undefined || bundle === undefined) return <p role="status">{t('app.loading')}</p>;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="app-brand">
          <p className="app-name">{t('app.title')}</p>
          <h1>{bundle?.plan.name ?? t('app.noPlan')}</h1>
        </div>
        <nav aria-label={t('app.mainNav')} className="app-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.view}>
                <a
                  href={`?view=${item.view}`}
                  aria-current={view === item.view ? 'page' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate((p) => {
                      // Each view starts clean except for the shared filters it understands.
                      p.set('view', item.view);
                    });
                  }}
                >
                  {/* The whole plan's blocked count, so this tab is never mistaken for the
                      board's "Alleen geblokkeerd (N)" toggle, which counts one sprint. */}
                  {item.view === 'geblokkeerd' && blockedCount !== undefined
                    ? t('nav.blockedCount', { count: blockedCount })
                    : t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* In the header's flow rather than floating, so its notices never cover the board. */}
        <UpdatePrompt />
        <SyncIndicator planId={planId} />
        {bundle && <PresenceList bundle={bundle} />}
        <label className="lang-switch">
          <span>{t('app.language')}</span>
          <select value={lang} onChange={(e) => setLanguage(languageOf(e.target.value))}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        <RepairNotice />
        <JoinPrompt />
        {bundle?.plan.storyDay && (
          // The demo lives on its story day (planToday): say so, or its dates look wrong.
          <p className="demo-notice">
            {t('app.demoNotice', {
              date:
                lang === 'en'
                  ? formatShort(bundle.plan.storyDay, 'en')
                  : formatDateBE(bundle.plan.storyDay),
            })}
          </p>
        )}
        {/* A view that crashed on a damaged row starts again once the check on start repaired it. */}
        <ErrorBoundary key={`${view}:${repairRound}`}>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            {bundle === null ? (
              view === 'gegevens' ? (
                <DataPage bundle={null} />
              ) : joining ? (
                <p role="status">{t('app.joining')}</p>
              ) : (
                <div className="no-plan">
                  <p>{t('app.noPlan')}</p>
                  <button
                    type="button"
                    className="primary"
                    onClick={() =>
                      void runWrite(async () => (await import('../db/seed')).resetDemo())
                    }
                  >
                    {t('plan.resetDemo')}
                  </button>
                </div>
              )
            ) : (
              <>
                {view === 'bord' && (
                  <Board
                    bundle={bundle}
                    filterTasks={narrowTasks}
                    renderFilters={(tasks, sprint) => (
                      <FilterBar bundle={bundle} tasks={tasks} sprint={sprint} />
                    )}
                  />
                )}
                {view === 'mijn-taken' && (
                  <MyTasksView
                    bundle={bundle}
                    renderFilters={(tasks, sprint) => (
                      <FilterBar bundle={bundle} tasks={tasks} sprint={sprint} />
                    )}
                    renderTaskDialog={(taskId, onClose) => (
                      <TaskDialog taskId={taskId} bundle={bundle} onClose={onClose} />
                    )}
                  />
                )}
                {view === 'geblokkeerd' && (
                  <BlockedView
                    bundle={bundle}
                    renderTaskDialog={(taskId, onClose) => (
                      <TaskDialog taskId={taskId} bundle={bundle} onClose={onClose} />
                    )}
                  />
                )}
                {view === 'jaarplan' && (
                  <YearPlanView
                    bundle={bundle}
                    renderFilters={(tasks, sprint) => (
                      <FilterBar bundle={bundle} tasks={tasks} sprint={sprint} />
                    )}
                  />
                )}
                {view === 'roadmap' && (
                  <RoadmapView
                    bundle={bundle}
                    renderFilters={(tasks, sprint) => (
                      <FilterBar bundle={bundle} tasks={tasks} sprint={sprint} />
                    )}
                  />
                )}
                {view === 'rapport' && <ReportPage bundle={bundle} />}
                {view === 'gegevens' && <DataPage bundle={bundle} />}
                {view === 'instellingen' && (
                  <SettingsPage bundle={bundle} renderStorage={() => <StoragePanel />} />
                )}
              </>
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      {/* Outside the view's error boundary and Suspense: opening one never blanks the view. */}
      <Suspense fallback={null}>
        {overlays.overlay === 'palette' && bundle && (
          <CommandPalette
            bundle={bundle}
            onClose={overlays.close}
            openTask={overlays.openTask}
            openShortcuts={() => overlays.open('shortcuts')}
          />
        )}
        {overlays.overlay === 'shortcuts' && <ShortcutsDialog onClose={() => overlays.close()} />}
      </Suspense>
      {overlays.task && bundle && (
        <TaskDialog taskId={overlays.task} bundle={bundle} onClose={overlays.closeTask} />
      )}
      <Toasts />
    </div>
  );
}

/**
 * The palette, the shortcut list and a task the palette opened. Closing puts the focus back on
 * what had it when the first of them opened (or on the main content when that is gone), as the
 * dialogs unmount while open and the browser then returns the focus nowhere.
 */
function useOverlays() {
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [task, setTask] = useState<string | null>(null);
  const opener = useRef<Element | null>(null);
  const open = useCallback((which: Overlay) => {
    setOverlay((current) => {
      if (current === null) opener.current = document.activeElement;
      return which;
    });
  }, []);
  const close = useCallback((refocus = true) => {
    setOverlay(null);
    if (!refocus) return;
    window.setTimeout(() => {
      const back = opener.current;
      const target =
        back instanceof HTMLElement && back.isConnected && back !== document.body
          ? back
          : document.getElementById('main');
      target?.focus();
    }, 0);
  }, []);
  const openTask = useCallback((id: string) => setTask(id), []);
  const closeTask = useCallback(() => setTask(null), []);
  return { overlay, task, open, close, openTask, closeTask };
}
