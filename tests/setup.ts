import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';
import { addMessages } from '../src/i18n/i18n';
import { lazyNamespaces } from '../src/i18n/lazyNamespaces';

// findBy/waitFor wait for Dexie's live queries; on a loaded two-core machine that can pass 1 s.
configure({ asyncUtilTimeout: 5000 });

// Property tests draw from a fixed seed so a run is repeatable: a counterexample found once is
// found again, and CI never passes or fails by the luck of the draw. FC_SEED and FC_RUNS widen
// the search by hand (e.g. FC_SEED=$RANDOM FC_RUNS=5000 npx vitest run tests/domain).
fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261206),
  numRuns: Number(process.env.FC_RUNS ?? 100),
});

// A component test may render one piece of a lazily loaded view without its entry module, which
// is what registers the view's words in the app; here every chunk counts as loaded.
for (const [ns, messages] of Object.entries(lazyNamespaces))
  addMessages(ns as keyof typeof lazyNamespaces, messages as never);

afterEach(() => {
  cleanup();
});
