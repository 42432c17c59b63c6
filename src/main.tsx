import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './app/styles.css';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { seedDemoIfEmpty } from './db/seed';
import { askPersistenceOnce } from './lib/storage';

async function start() {
  await seedDemoIfEmpty();
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
