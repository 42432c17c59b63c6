import { create } from 'zustand';

interface BoardRequestState {
  /**
   * The theme whose "Taak toevoegen" form the board should open, asked from outside the board
   * (the command palette's "Nieuwe taak in …"); cleared once the form is open.
   */
  addIn: string | null;
  requestAdd: (themeId: string) => void;
  clear: () => void;
}

export const useBoardRequest = create<BoardRequestState>()((set) => ({
  addIn: null,
  requestAdd: (themeId) => set({ addIn: themeId }),
  clear: () => set({ addIn: null }),
}));
