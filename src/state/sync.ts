import { create } from 'zustand';

// The state of team sync per plan, for the screens: view state only, never plan rows.

export type SyncStatus =
  'connecting' | 'connected' | 'offline' | 'refused' | 'outdated' | 'serverOutdated';

export interface RejectedRowInfo {
  table: string;
  id: string;
}

export interface PlanSyncState {
  status: SyncStatus;
  /** Local changes not yet in the shared document. */
  pending: number;
  /** Rows from the team that failed the checks: kept aside, not stored. */
  rejected: RejectedRowInfo[];
  /** Changes in the shared document the server has not confirmed yet (the provider's count). */
  unsent: number;
  /** The server accepted a read token: this device's changes are not taken over. */
  readOnly: boolean;
}

interface SyncStore {
  plans: Record<string, PlanSyncState>;
  update: (planId: string, patch: Partial<PlanSyncState>) => void;
  forget: (planId: string) => void;
}

const INITIAL: PlanSyncState = {
  status: 'connecting',
  pending: 0,
  rejected: [],
  unsent: 0,
  readOnly: false,
};

export const useSyncState = create<SyncStore>((set) => ({
  plans: {},
  update: (planId, patch) =>
    set((s) => ({
      plans: { ...s.plans, [planId]: { ...(s.plans[planId] ?? INITIAL), ...patch } },
    })),
  forget: (planId) =>
    set((s) => {
      const { [planId]: _gone, ...rest } = s.plans;
      return { plans: rest };
    }),
}));
