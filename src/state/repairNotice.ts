import { create } from 'zustand';
import type { Repair } from '../domain/repair';

interface RepairNoticeState {
  /** What the check on start repaired; empty when nothing needed it or the notice was closed. */
  repairs: Repair[];
  /**
   * Counts the check on start's stored repairs (0 or 1): a view that crashed on a damaged row before
   * the check on start had repaired it is drawn again from the repaired rows.
   */
  repairRound: number;
  show: (repairs: Repair[]) => void;
  /** The check on start stored these repairs: said, and the views drawn again from them. */
  showStartRepairs: (repairs: Repair[]) => void;
  dismiss: () => void;
}

export const useRepairNotice = create<RepairNoticeState>()((set) => ({
  repairs: [],
  repairRound: 0,
  show: (repairs) => set({ repairs }),
  showStartRepairs: (repairs) => set((s) => ({ repairs, repairRound: s.repairRound + 1 })),
  dismiss: () => set({ repairs: [] }),
}));
