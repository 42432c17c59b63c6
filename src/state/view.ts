import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { GroupBy } from '../domain/group';

interface ViewState {
  groupBy: GroupBy;
  /** Optional swimlanes by a second field. */
  laneBy: GroupBy | null;
  setGroupBy: (groupBy: GroupBy) => void;
  setLaneBy: (laneBy: GroupBy | null) => void;
}

// Grouping is a personal preference: kept in this browser, not in the shared URL.
export const useViewPrefs = create<ViewState>()(
  persist(
    (set) => ({
      groupBy: 'label',
      laneBy: null,
      setGroupBy: (groupBy) =>
        set((s) => ({ groupBy, laneBy: s.laneBy === groupBy ? null : s.laneBy })),
      setLaneBy: (laneBy) => set({ laneBy }),
    }),
    { name: 'sprintbord.view', version: 2 },
  ),
);
