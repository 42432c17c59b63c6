import { create } from 'zustand';
import type { Repair } from '../domain/repair';

interface RepairNoticeState {
  /** What the check on start repaired; empty when nothing needed it or the notice was closed. */
  repairs: Repair[];
  show: (repairs: Repair[]) => void;
  dismiss: () => void;
}

export const useRepairNotice = create<RepairNoticeState>()((set) => ({
  repairs: [],
  show: (repairs) => set({ repairs }),
  dismiss: () => set({ repairs: [] }),
}));
