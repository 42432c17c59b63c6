import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** Which sprint the board shows: a sprint id, 'backlog', or null for "the current one". */
export type SprintChoice = string | 'backlog' | null;

interface ViewState {
  sprint: SprintChoice;
  setSprint: (sprint: SprintChoice) => void;
}

export const useView = create<ViewState>()(
  persist(
    (set) => ({
      sprint: null,
      setSprint: (sprint) => set({ sprint }),
    }),
    { name: 'sprintbord.view', version: 1 },
  ),
);
