import { create } from 'zustand';
import type { Peer, PresenceState } from '../domain/presence';

// Presence per shared plan, for the screens and the sync engine: what this browser says (who it
// is, which task it has open) and who else is there. View state only.

interface PresenceStore {
  mine: Record<string, PresenceState>;
  peers: Record<string, Peer[]>;
  setMine: (planId: string, patch: Partial<PresenceState>) => void;
  setPeers: (planId: string, peers: Peer[]) => void;
  forgetPeers: (planId: string) => void;
}

const NOBODY: PresenceState = { personId: null, openTaskId: null };
const NONE: Peer[] = [];

export const usePresence = create<PresenceStore>((set) => ({
  mine: {},
  peers: {},
  setMine: (planId, patch) =>
    set((s) => {
      const was = s.mine[planId] ?? NOBODY;
      const next = { ...was, ...patch };
      if (next.personId === was.personId && next.openTaskId === was.openTaskId) return s;
      return { mine: { ...s.mine, [planId]: next } };
    }),
  setPeers: (planId, peers) => set((s) => ({ peers: { ...s.peers, [planId]: peers } })),
  forgetPeers: (planId) =>
    set((s) => {
      const { [planId]: _gone, ...rest } = s.peers;
      return { peers: rest };
    }),
}));

/** The other browsers on a plan; the same empty list while there are none, so memos hold. */
export const usePeers = (planId: string | null): Peer[] =>
  usePresence((s) => (planId ? (s.peers[planId] ?? NONE) : NONE));

export const mineOf = (planId: string): PresenceState =>
  usePresence.getState().mine[planId] ?? NOBODY;
