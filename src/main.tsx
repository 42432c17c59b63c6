import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './app/styles.css';
import { App } from './app/App';
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
      <App />
    </StrictMode>,
  );
}

void start();
