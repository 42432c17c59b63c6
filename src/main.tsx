import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import './app/styles.css';
import { App } from './app/App';
import { seedDemoIfEmpty } from './db/seed';

async function start() {
  await seedDemoIfEmpty();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
