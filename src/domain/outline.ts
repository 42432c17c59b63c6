import { actionsOfTheme } from './actionOrder';
import { normalizeText } from './filter';
import { listWindow } from './listWindow';
import { byRank, needsRebalance, rankBetween, rebalance } from './ordering';
import { placeTasks } from './placement';
import type { Action, Sprint, Task, Theme } from './types';

// ---------- order in the outline ----------

/**
 * The tasks of one action (or a theme's tasks without action) as the outline lists them: in
 * sprint order, the backlog last, and by rank (the board's order) inside one sprint.
 */
export function outlineOrder(
  tasks: readonly Task[],
  sprints: readonly Pick<Sprint, 'id' | 'number'>[],
): Task[] {
  const numbers = new Map(sprints.map((s) => [s.id, s.number]));
  const sprintNo = (t: Task) =>
    t.sprintId === null
      ? Number.MAX_SAFE_INTEGER
      : (numbers.get(t.sprintId) ?? Number.MAX_SAFE_INTEGER - 1);
  return [...tasks].sort((a, b) => sprintNo(a) - sprintNo(b) || byRank(a, b));
}

export interface RankChange {
  rank: number;
  /** Other tasks of the sprint that get a fresh rank when the gap ran out. */
  reranked: Array<{ id: string; rank: number }>;
}

/**
 * Moving a task one place up or down among its siblings in the outline. The outline follows the
 * sprints, so a task only trades places with a sibling in the same sprint; it is then put just
 * before (up) or after (down) that sibling in the sprint's own order, which is also the board's.
 * Null when there is no such sibling.
 */
export function reorderInOutline(
  siblings: readonly Task[],
  id: string,
  direction: -1 | 1,
  sprintTasks: readonly Task[],
): RankChange | null {
  const i = siblings.findIndex((t) => t.id === id);
  const task = siblings[i];
  const other = siblings[i + direction];
  if (!task || !other || other.sprintId !== task.sprintId) return null;
  const column = [...sprintTasks]
    .filter((t) => t.id !== task.id && t.sprintId === task.sprintId)
    .sort(byRank);
  const at = column.findIndex((t) => t.id === other.id);
  if (at < 0) return null;
  const before = direction === -1 ? column[at - 1] : column[at];
  const after = direction === -1 ? column[at] : column[at + 1];
  if (!needsRebalance(before?.rank, after?.rank)) {
    return { rank: rankBetween(before?.rank, after?.rank), reranked: [] };
  }
  const insertAt = direction === -1 ? at : at + 1;
  const order = [...column.slice(0, insertAt), task, ...column.slice(insertAt)];
  const ranks = rebalance(order.length);
  return {
    rank: ranks[insertAt]!,
    reranked: order.flatMap((t, k) => (t.id === task.id ? [] : [{ id: t.id, rank: ranks[k]! }])),
  };
}

// ---------- moving a task to another action or theme ----------

/** Values of the "Verplaatsen naar…" choice. */
export const moveTargetOfTheme = (themeId: string) => `thema:${themeId}`;
export const moveTargetOfAction = (actionId: string) => `actie:${actionId}`;

/** The fields a task gets when moved to a theme (without action) or an action. Null when nothing changes or the target is unknown. */
export function planOutlineMove(
  task: Pick<Task, 'themeId' | 'actionId'>,
  target: string,
  ctx: { themes: readonly Pick<Theme, 'id'>[]; actions: readonly Action[] },
): Pick<Task, 'themeId' | 'actionId'> | null {
  let next: Pick<Task, 'themeId' | 'actionId'> | null = null;
  if (target.startsWith('thema:')) {
    const id = target.slice('thema:'.length);
    if (ctx.themes.some((t) => t.id === id)) next = { themeId: id, actionId: null };
  } else if (target.startsWith('actie:')) {
    const action = ctx.actions.find((a) => a.id === target.slice('actie:'.length));
    if (action) next = { themeId: action.themeId, actionId: action.id };
  }
  if (!next || (next.themeId === task.themeId && next.actionId === task.actionId)) return null;
  return next;
}

/** Where a task added under an action starts: in the action's target sprint when that is still open, else in the backlog. */
export function newTaskPlacement(
  action: Pick<Action, 'targetSprintId'> | null,
  sprints: readonly Pick<Sprint, 'id' | 'closedAt'>[],
): Pick<Task, 'sprintId' | 'status'> {
  const target = action?.targetSprintId
    ? sprints.find((s) => s.id === action.targetSprintId)
    : undefined;
  return target && target.closedAt === null
    ? { sprintId: target.id, status: 'gepland' }
    : { sprintId: null, status: 'backlog' };
}

// ---------- the use-case pipeline ----------

/**
 * Whether a theme is the use-case theme, whose actions and tasks walk the road Inspireren →
 * Investeren. Themes are data, so it is recognised by its name or label, or by phases already given.
 */
export function isPipelineTheme(
  theme: Pick<Theme, 'id' | 'name' | 'label'>,
  actions: readonly Pick<Action, 'themeId' | 'phase'>[],
  tasks: readonly Pick<Task, 'themeId' | 'phase'>[],
): boolean {
  const text = normalizeText(`${theme.label} ${theme.name}`).replace(/[\s_-]+/g, '');
  if (text.includes('usecase')) return true;
  return (
    actions.some((a) => a.themeId === theme.id && a.phase !== null) ||
    tasks.some((t) => t.themeId === theme.id && t.phase !== null)
  );
}

// ---------- keyboard navigation of the outline tree (WAI-ARIA APG tree view) ----------

export interface TreeNode {
  id: string;
  /** null for a top-level item. */
  parentId: string | null;
  children: readonly TreeNode[];
}

/** The items a user can reach: those whose ancestors are all expanded, in document order. */
export function visibleNodes<T extends TreeNode & { children: readonly T[] }>(
  roots: readonly T[],
  expanded: ReadonlySet<string>,
): T[] {
  const out: T[] = [];
  const walk = (nodes: readonly T[]) => {
    for (const n of nodes) {
      out.push(n);
      if (n.children.length && expanded.has(n.id)) walk(n.children);
    }
  };
  walk(roots);
  return out;
}

export type TreeCommand =
  | { kind: 'focus'; id: string }
  | { kind: 'expand'; id: string }
  | { kind: 'collapse'; id: string }
  | { kind: 'expand-siblings'; ids: string[] }
  | { kind: 'none' };

/**
 * What a key does on the focused item: Up/Down move through the visible items, Right expands a
 * closed item or enters an open one, Left closes an open item or goes to the parent, Home/End
 * go to the first/last item, `*` opens all siblings.
 */
export function treeKey(
  key: string,
  currentId: string,
  roots: readonly TreeNode[],
  expanded: ReadonlySet<string>,
): TreeCommand {
  const visible = visibleNodes(roots, expanded);
  const i = visible.findIndex((n) => n.id === currentId);
  const node = visible[i];
  if (!node) return visible[0] ? { kind: 'focus', id: visible[0].id } : { kind: 'none' };
  const focus = (n: TreeNode | undefined): TreeCommand =>
    n ? { kind: 'focus', id: n.id } : { kind: 'none' };
  switch (key) {
    case 'ArrowDown':
      return focus(visible[i + 1]);
    case 'ArrowUp':
      return focus(visible[i - 1]);
    case 'Home':
      return focus(visible[0]);
    case 'End':
      return focus(visible[visible.length - 1]);
    case 'ArrowRight':
      if (!node.children.length) return { kind: 'none' };
      return expanded.has(node.id) ? focus(node.children[0]) : { kind: 'expand', id: node.id };
    case 'ArrowLeft':
      if (node.children.length && expanded.has(node.id)) return { kind: 'collapse', id: node.id };
      return node.parentId === null ? { kind: 'none' } : { kind: 'focus', id: node.parentId };
    case '*': {
      const siblings = visible.filter((n) => n.parentId === node.parentId && n.children.length);
      return { kind: 'expand-siblings', ids: siblings.map((n) => n.id) };
    }
    default:
      return { kind: 'none' };
  }
}

// ---------- the year-plan tree ----------

/** "more": the item that puts the next page of a long task list on screen. */
export type OutlineKind = 'theme' | 'action' | 'task' | 'more';

export interface OutlineNode extends TreeNode {
  kind: OutlineKind;
  /** Theme, action or task id; for "more", the id of the node whose tasks it pages. */
  entityId: string;
  children: OutlineNode[];
  /** For "more": how many tasks are not shown yet. */
  hidden?: number;
}

export const outlineNodeId = (kind: OutlineKind, id: string) => `${kind}:${id}`;

export interface OutlineInput {
  themes: readonly Theme[];
  actions: readonly Action[];
  sprints: readonly Pick<Sprint, 'id' | 'number'>[];
  /** The tasks to show: the plan's, narrowed by the filter when there is one. */
  tasks: readonly Task[];
  /** A filter is on: themes and actions without a matching task are left out. */
  filtering: boolean;
  /** Tasks listed under one theme or action before a "more" item. */
  pageSize: number;
  /** Per node id, how many of its tasks are on screen when more than a page was asked for. */
  limits: ReadonlyMap<string, number>;
  /** A task just added or moved: it is listed even past the page it would fall on. */
  pinned: string | null;
}

/**
 * The year plan as a tree: themes in their order, under each its actions in their order with
 * their tasks, then the theme's tasks without action; tasks in outline order (`outlineOrder`), a
 * page at a time, a "more" item after a page that leaves tasks out.
 */
export function buildOutline(input: OutlineInput): OutlineNode[] {
  const { perAction, loosePerTheme } = placeTasks(input.tasks, input.actions);
  const paged = (list: readonly Task[], parentId: string): OutlineNode[] => {
    const { shown, hidden } = listWindow(
      outlineOrder(list, input.sprints),
      input.limits.get(parentId) ?? input.pageSize,
      input.pinned,
    );
    const nodes = shown.map((task): OutlineNode => ({
      id: outlineNodeId('task', task.id),
      parentId,
      kind: 'task',
      entityId: task.id,
      children: [],
    }));
    if (hidden > 0)
      nodes.push({
        id: outlineNodeId('more', parentId),
        parentId,
        kind: 'more',
        entityId: parentId,
        children: [],
        hidden,
      });
    return nodes;
  };
  const themes = [...input.themes].sort((a, b) => a.order - b.order);
  return themes.flatMap((theme): OutlineNode[] => {
    const themeId = outlineNodeId('theme', theme.id);
    const actionNodes = actionsOfTheme(theme.id, input.actions).flatMap((action): OutlineNode[] => {
      const own = perAction.get(action.id) ?? [];
      if (input.filtering && own.length === 0) return [];
      const id = outlineNodeId('action', action.id);
      return [
        { id, parentId: themeId, kind: 'action', entityId: action.id, children: paged(own, id) },
      ];
    });
    const children = [...actionNodes, ...paged(loosePerTheme.get(theme.id) ?? [], themeId)];
    if (input.filtering && children.length === 0) return [];
    return [{ id: themeId, parentId: null, kind: 'theme', entityId: theme.id, children }];
  });
}
