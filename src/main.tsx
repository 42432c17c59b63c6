import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18next } from './i18n/i18n';
import './app/styles.css';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { repairStoredPlans } from './db/repair';
import { demoNeeded } from './db/queries';
import { runWrite } from './app/writes';
import { repairNames } from './i18n/repair';
import { useRepairNotice } from './state/repairNotice';
import { askPersistenceOnce } from './lib/storage';

async function start() {
  // The demo's data (a fifth of the first load) is fetched only on a device that has no plan yet.
  if (await demoNeeded()) await (await import('./db/seed')).seedDemoIfEmpty();
  // Whatever wrote the stored plans (an older version, a restore, another tab), nothing in them
  // may be invisible: the same repair as for a backup, said once when it changed something.
  const repaired = await runWrite(() =>
    repairStoredPlans(repairNames(i18next.getFixedT(null, 'repair'))),
  );
  if (repaired.ok && repaired.value.length) useRepairNotice.getState().show(repaired.value);
  // Without persistence the browser may clear the plan when the disk runs low.
  void askPersistenceOnce();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      {/* The views have their own boundary; this one catches a crash in the frame around them. */}
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
