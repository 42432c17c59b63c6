import { useState } from 'react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

// Stand-in for vite-plugin-pwa's virtual module, which exists only in a real build: no service
// worker, nothing waiting, nothing to update.
export function useRegisterSW(_options?: RegisterSWOptions) {
  const needRefresh = useState(false);
  const offlineReady = useState(false);
  return { needRefresh, offlineReady, updateServiceWorker: async (_reload?: boolean) => undefined };
}
