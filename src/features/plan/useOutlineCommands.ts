import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionsOfTheme } from '../../domain/actionOrder';
import {
  newTaskPlacement,
  outlineNodeId,
  planOutlineMove,
  reorderInOutline,
  type OutlineNode,
} from '../../domain/outline';
import { belongsToAction } from '../../domain/placement';
import type { Action, Task, Theme } from '../../domain/types';
import { createAction, deleteAction, moveAction } from '../../db/commands/catalogue';
import type { PlanBundle } from '../../db/live';
import {
  createTaskUndoable,
  deleteTaskUndoable,
  editTask,
  moveTaskUndoable,
  runWrite,
} from '../../app/writes';
import { useToasts } from '../../state/toast';
import type { TaskFormResult } from './OutlineForms';

export interface PendingDelete {
  kind: 'action' | 'task';
  id: string;
  title: string;
  parentId: string | null;
  count: number;
}

interface OutlineCommandsInput {
  bundle: PlanBundle;
  allTasks: readonly Task[];
  taskById: ReadonlyMap<string, Task>;
  actionById: ReadonlyMap<string, Action>;
  nodeById: ReadonlyMap<string, OutlineNode>;
  focusItem: (id: string, parentId?: string) => void;
  setOpen: (id: string, open: boolean) => void;
  /** Opens these items, leaving the others as they are. */
  expand: (ids: readonly string[]) => void;
  setEditing: (id: string | null) => void;
  /** Keeps a task on screen past the page it would fall on. */
  setPinned: (id: string) => void;
  closePanel: (id: string) => void;
}

/** What the year plan's items do: reorder, add, save, move and delete, each followed by the focus. */
export function useOutlineCommands({
  bundle,
  allTasks,
  taskById,
  actionById,
  nodeById,
  focusItem,
  setOpen,
  expand,
  setEditing,
  setPinned,
  closePanel,
}: OutlineCommandsInput) {
  const { t } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);

  const reorder = async (node: OutlineNode, direction: -1 | 1) => {
    if (node.kind === 'action') {
      await runWrite(() => moveAction(node.entityId, direction));
    } else if (node.kind === 'task') {
      const task = taskById.get(node.entityId);
      const parent = node.parentId ? nodeById.get(node.parentId) : undefined;
      if (!task || !parent) return;
      const siblings = parent.children
        .filter((c) => c.kind === 'task')
        .flatMap((c) => taskById.get(c.entityId) ?? []);
      const change = reorderInOutline(siblings, task.id, direction, allTasks);
      if (!change) {
        useToasts.getState().show(t('reorderNotPossible'));
        return;
      }
      await moveTaskUndoable(task.id, { rank: change.rank }, change.reranked);
    }
    focusItem(node.id);
  };

  const canReorder = (node: OutlineNode, direction: -1 | 1): boolean => {
    const parent = node.parentId ? nodeById.get(node.parentId) : undefined;
    if (!parent) return false;
    if (node.kind === 'action') {
      const themeId = actionById.get(node.entityId)?.themeId;
      const list = themeId === undefined ? [] : actionsOfTheme(themeId, bundle.actions);
      const i = list.findIndex((a) => a.id === node.entityId);
      return i + direction >= 0 && i + direction < list.length;
    }
    const siblings = parent.children
      .filter((c) => c.kind === 'task')
      .flatMap((c) => taskById.get(c.entityId) ?? []);
    return reorderInOutline(siblings, node.entityId, direction, allTasks) !== null;
  };

  const askDelete = (node: OutlineNode) => {
    if (node.kind === 'action') {
      const action = actionById.get(node.entityId);
      if (!action) return;
      const count = allTasks.filter((x) => belongsToAction(x, action)).length;
      setPendingDelete({
        kind: 'action',
        id: action.id,
        title: action.title,
        parentId: node.parentId,
        count,
      });
    } else if (node.kind === 'task') {
      const task = taskById.get(node.entityId);
      if (task)
        setPendingDelete({
          kind: 'task',
          id: task.id,
          title: task.title,
          parentId: node.parentId,
          count: 1,
        });
    }
  };

  const confirmDelete = async () => {
    const pending = pendingDelete;
    if (!pending) return;
    setPendingDelete(null);
    setEditing(null);
    if (pending.kind === 'action') {
      const removed = await runWrite(() => deleteAction(pending.id));
      if (removed.ok) useToasts.getState().show(t('actionDeleted', { title: pending.title }));
    } else {
      await deleteTaskUndoable(pending.id);
    }
    if (pending.parentId) focusItem(pending.parentId);
  };

  const addAction = (theme: Theme) => async (title: string) => {
    const created = await runWrite(
      () => createAction({ planId: bundle.plan.id, themeId: theme.id, title }),
      { inline: true },
    );
    return created.ok ? null : tc(`errors.${created.code}`);
  };

  const addTask = (action: Action) => async (title: string) => {
    const created = await createTaskUndoable(
      {
        planId: bundle.plan.id,
        themeId: action.themeId,
        actionId: action.id,
        title,
        ...newTaskPlacement(action, bundle.sprints),
      },
      { inline: true },
    );
    if (!created.ok) return tc(`errors.${created.code}`);
    setOpen(outlineNodeId('action', action.id), true);
    setPinned(created.value.id);
    return null;
  };

  const saveTask = (task: Task, nodeId: string) => async (result: TaskFormResult) => {
    const patch: Partial<Task> = {};
    if (result.title.trim() !== task.title) patch.title = result.title;
    if (result.phase !== task.phase) patch.phase = result.phase;
    const move = planOutlineMove(task, result.moveTo, {
      themes: bundle.themes,
      actions: bundle.actions,
    });
    if (move) Object.assign(patch, move);
    if (Object.keys(patch).length && !(await editTask(task.id, patch)).ok) return;
    if (move) {
      setPinned(task.id);
      const parent = move.actionId
        ? outlineNodeId('action', move.actionId)
        : outlineNodeId('theme', move.themeId);
      expand([outlineNodeId('theme', move.themeId), parent]);
      setEditing(null);
      focusItem(nodeId, parent);
      return;
    }
    closePanel(nodeId);
  };

  const cancelDelete = () => {
    if (!pendingDelete) return;
    const back = outlineNodeId(pendingDelete.kind, pendingDelete.id);
    setPendingDelete(null);
    focusItem(back);
  };

  return {
    reorder,
    canReorder,
    askDelete,
    pendingDelete,
    confirmDelete,
    cancelDelete,
    addAction,
    addTask,
    saveTask,
  };
}
