import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutlineNode } from '../../domain/outline';

export interface OutlineFocus {
  /** The item that is the tree's tab stop. */
  current: string | null;
  setActiveId: (id: string) => void;
  /** Focuses an item once it renders; with `parentId`, only once it stands there (after a move). */
  focusItem: (id: string, parentId?: string) => void;
  /** Arrow keys: the item is on screen, so focus moves at once. */
  moveFocus: (id: string) => void;
  /** Focuses the item at `index` in a parent's task list once a new page of it renders. */
  focusPage: (parentId: string, index: number) => void;
  register: (id: string, el: HTMLLIElement | null) => void;
}

/** Roving focus in the outline tree, including focus asked for before its item exists. */
export function useOutlineFocus(
  visible: readonly OutlineNode[],
  nodeById: ReadonlyMap<string, OutlineNode>,
): OutlineFocus {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string; parentId?: string } | null>(null);
  const [pendingPage, setPendingPage] = useState<{ parentId: string; index: number } | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());

  const current =
    activeId && visible.some((n) => n.id === activeId) ? activeId : (visible[0]?.id ?? null);

  // A focus asked for before the item exists (a new action, a moved task) is given once it renders.
  useEffect(() => {
    if (!focusRequest) return;
    // A moved task still shows in its old place until the live query catches up; that element is about to go.
    if (focusRequest.parentId && nodeById.get(focusRequest.id)?.parentId !== focusRequest.parentId)
      return;
    const el = items.current.get(focusRequest.id);
    if (el) {
      el.focus();
      setFocusRequest(null);
    }
    // The outline is what brings the item into being, so it is watched too.
  }, [focusRequest, visible, nodeById]);

  useEffect(() => {
    if (!pendingPage) return;
    const parent = nodeById.get(pendingPage.parentId);
    const list = parent?.children.filter((c) => c.kind !== 'action') ?? [];
    const next = list[pendingPage.index] ?? list[list.length - 1];
    setPendingPage(null);
    if (next) {
      setActiveId(next.id);
      setFocusRequest({ id: next.id });
    }
  }, [pendingPage, nodeById]);

  const focusItem = useCallback((id: string, parentId?: string) => {
    setActiveId(id);
    setFocusRequest({ id, parentId });
  }, []);

  // One render per key press keeps a long outline responsive: the item's onFocus makes it the tab stop.
  const moveFocus = (id: string) => {
    const el = items.current.get(id);
    if (el) el.focus();
    else focusItem(id);
  };

  const register = useCallback((id: string, el: HTMLLIElement | null) => {
    if (el) items.current.set(id, el);
    else items.current.delete(id);
  }, []);

  return {
    current,
    setActiveId,
    focusItem,
    moveFocus,
    focusPage: (parentId, index) => setPendingPage({ parentId, index }),
    register,
  };
}
