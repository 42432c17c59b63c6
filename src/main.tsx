import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './app/styles.css';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { demoNeeded } from './db/queries';
import { inviteOf } from './domain/syncShare';
import { checkStoredPlans } from './app/startupRepair';
import { afterFirstScreen } from './lib/firstScreen';
import { askPersistenceOnce } from './lib/storage';
import { useRepairNotice } from './state/repairNotice';

/**
 * The views have their own boundary; this one catches a crash in the frame around them, and
 * starts again once the check on start has repaired what the frame may have crashed on.
 */
function Root() {
  const repairRound = useRepairNotice((s) => s.repairRound);
  return (
    <ErrorBoundary key={repairRound}>
      <App />
    </ErrorBoundary>
  );
}

async function start() {
  // The demo's data (a fifth of the first load) is fetched only on a device that has no plan yet,
  // and not while an invite link asks to join a plan: a teammate opening it in a new browser
  // gets the team's plan, not a demo beside it (JoinPrompt seeds it when they decline).
  if (!inviteOf(window.location.hash) && (await demoNeeded()))
    await (await import('./db/seed')).seedDemoIfEmpty();
  // After the first screen rather than before it (see checkStoredPlans).
  afterFirstScreen(() => void checkStoredPlans());
  // Without persistence the browser may clear the plan when the disk runs low.
  void askPersistenceOnce();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}

void start();
