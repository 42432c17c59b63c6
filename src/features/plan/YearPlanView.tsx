import { useCallback, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildOutline,
  isPipelineTheme,
  outlineNodeId,
  treeKey,
  visibleNodes,
  type OutlineNode,
} from '../../domain/outline';
import { progressOf, rollupPlan, sprintSpanOf, type Rollup } from '../../domain/rollup';
import type { Sprint, Task } from '../../domain/types';
import type { PlanBundle } from '../../db/live';
import { usePlanReadOnly } from '../../app/usePlanAccess';
import { usePlanView } from '../../app/usePlanView';
import { DeleteDialog } from './DeleteDialog';
import { OutlinePanel } from './OutlinePanel';
import { OUTLINE_PAGE, OutlineRow, ProgressStats, type OutlineData } from './OutlineRows';
import { useOutlineCommands } from './useOutlineCommands';
import { useOutlineFocus } from './useOutlineFocus';
import './plan.css';
import { addMessages } from '../../i18n/i18n';
import { planMessages } from '../../i18n/plan';

addMessages('plan', planMessages);

interface YearPlanViewProps {
  bundle: PlanBundle;
  /** The filter bar, composed in by the app shell (same signature as the board's). */
  renderFilters?: (tasks: Task[], sprint: Sprint | null) => ReactNode;
}

export function YearPlanView({ bundle, renderFilters }: YearPlanViewProps) {
  const { t } = useTranslation('plan');
  const { lang, today, sprint, allTasks, filtering, tasks } = usePlanView(bundle);
  const readOnly = usePlanReadOnly(bundle.plan.id);
  const rollup = useMemo(() => rollupPlan(tasks, bundle, today), [tasks, bundle, today]);

  const themeById = useMemo(() => new Map(bundle.themes.map((x) => [x.id, x])), [bundle.themes]);
  const actionById = useMemo(() => new Map(bundle.actions.map((x) => [x.id, x])), [bundle.actions]);
  const taskById = useMemo(() => new Map(allTasks.map((x) => [x.id, x])), [allTasks]);
  const sprintById = useMemo(() => new Map(bundle.sprints.map((x) => [x.id, x])), [bundle.sprints]);
  const peopleById = useMemo(() => new Map(bundle.people.map((x) => [x.id, x])), [bundle.people]);
  const pipeline = useMemo(
    () =>
      new Set(
        bundle.themes
          .filter((th) => isPipelineTheme(th, bundle.actions, allTasks))
          .map((th) => th.id),
      ),
    [bundle.themes, bundle.actions, allTasks],
  );

  const [limits, setLimits] = useState<ReadonlyMap<string, number>>(() => new Map());
  // A task just added or moved stays on screen even past the page it would fall on.
  const [pinned, setPinned] = useState<string | null>(null);

  const roots = useMemo(
    () =>
      buildOutline({
        themes: bundle.themes,
        actions: bundle.actions,
        sprints: bundle.sprints,
        tasks,
        filtering,
        pageSize: OUTLINE_PAGE,
        limits,
        pinned,
      }),
    [bundle.themes, bundle.actions, bundle.sprints, tasks, filtering, limits, pinned],
  );

  const nodeById = useMemo(() => {
    const map = new Map<string, OutlineNode>();
    const walk = (nodes: OutlineNode[]) =>
      nodes.forEach((n) => (map.set(n.id, n), walk(n.children)));
    walk(roots);
    return map;
  }, [roots]);

  const [expanded, setExpanded] = useState<Set<string>>(
    () => new Set(bundle.themes.map((x) => outlineNodeId('theme', x.id))),
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const keysId = useId();

  const visible = useMemo(() => visibleNodes(roots, expanded), [roots, expanded]);
  const focus = useOutlineFocus(visible, nodeById);
  const { focusItem } = focus;

  const setOpen = useCallback(
    (id: string, open: boolean) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (open) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );

  const allExpandable = () =>
    [...nodeById.values()].filter((n) => n.children.length).map((n) => n.id);

  /** Puts the next page of a long list on screen and moves focus to the first task of it. */
  const showMore = (node: OutlineNode) => {
    const parent = nodeById.get(node.entityId);
    if (!parent) return;
    const shownTasks = parent.children.filter(
      (c) => c.kind === 'task' && c.entityId !== pinned,
    ).length;
    setLimits((prev) => new Map(prev).set(parent.id, shownTasks + OUTLINE_PAGE));
    const list = parent.children.filter((c) => c.kind === 'task');
    // The first task of the new page is only known once it renders; the "more" item is where it will be.
    focus.focusPage(parent.id, list.length);
  };

  const closePanel = (id: string) => {
    setEditing(null);
    focusItem(id);
  };

  const startAdding = useCallback(
    (parentId: string) => {
      setEditing(null);
      setOpen(parentId, true);
      setAdding(parentId);
    },
    [setOpen],
  );

  const commands = useOutlineCommands({
    bundle,
    allTasks,
    taskById,
    actionById,
    nodeById,
    focusItem,
    setOpen,
    expand: (ids) => setExpanded((prev) => new Set([...prev, ...ids])),
    setEditing,
    setPinned,
    closePanel,
  });

  const onTreeKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const target = e.target as HTMLElement;
    // Keys typed in a form inside an item belong to that form.
    if (target.getAttribute('role') !== 'treeitem') return;
    const id = target.dataset.nodeId;
    const node = id ? nodeById.get(id) : undefined;
    if (!node) return;
    if (node.kind === 'more' && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      showMore(node);
      return;
    }
    const editKey =
      ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && e.altKey) ||
      e.key === 'Enter' ||
      e.key === 'F2' ||
      e.key === 'Delete';
    // A read-only plan's tree only moves the focus and opens or closes items.
    if (readOnly && editKey) return;
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && e.altKey) {
      e.preventDefault();
      if (node.kind === 'action' || node.kind === 'task')
        void commands.reorder(node, e.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    if ((e.key === 'Enter' || e.key === 'F2') && node.kind !== 'more') {
      e.preventDefault();
      setAdding(null);
      setEditing(node.id);
      return;
    }
    if (e.key === 'Delete') {
      if (node.kind === 'action' || node.kind === 'task') {
        e.preventDefault();
        commands.askDelete(node);
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const cmd = treeKey(e.key, node.id, roots, expanded);
    switch (cmd.kind) {
      case 'none':
        return;
      case 'focus':
        focus.moveFocus(cmd.id);
        break;
      case 'expand':
        setOpen(cmd.id, true);
        break;
      case 'collapse':
        setOpen(cmd.id, false);
        break;
      case 'expand-siblings':
        setExpanded((prev) => new Set([...prev, ...cmd.ids]));
        break;
    }
    e.preventDefault();
  };

  // A row is drawn once per change of what it shows, not on every arrow key: moving the focus only
  // changes tab stops, and an unchanged element lets React skip the row (a long outline stays quick).
  const data = useMemo<OutlineData>(
    () => ({ themeById, actionById, taskById, sprintById, peopleById, rollup, today }),
    [themeById, actionById, taskById, sprintById, peopleById, rollup, today],
  );
  const rowOf = (node: OutlineNode) => (
    <OutlineRow
      node={node}
      titleId={`${keysId}-${node.id}-t`}
      statsId={`${keysId}-${node.id}-s`}
      open={expanded.has(node.id)}
      data={data}
      onToggle={setOpen}
      onEdit={setEditing}
      onAdd={startAdding}
      readOnly={readOnly}
    />
  );
  const rows = useMemo(
    () => new Map(visible.map((node) => [node.id, rowOf(node)] as const)),
    // Everything rowOf reads; its callbacks are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [visible, data, expanded, keysId, readOnly],
  );

  const panel = (node: OutlineNode, part: 'edit' | 'add') => (
    <OutlinePanel
      part={part}
      node={node}
      editing={editing}
      adding={adding}
      themeById={themeById}
      actionById={actionById}
      taskById={taskById}
      themes={bundle.themes}
      actions={bundle.actions}
      people={bundle.people}
      sprints={bundle.sprints}
      lang={lang}
      pipeline={pipeline}
      canReorder={commands.canReorder}
      reorder={commands.reorder}
      askDelete={commands.askDelete}
      addAction={commands.addAction}
      addTask={commands.addTask}
      saveTask={commands.saveTask}
      startAdding={startAdding}
      closePanel={closePanel}
      closeAdd={(id) => {
        setAdding(null);
        focusItem(id);
      }}
    />
  );

  const renderNode = (node: OutlineNode, level: number): ReactNode => {
    const titleId = `${keysId}-${node.id}-t`;
    const statsId = `${keysId}-${node.id}-s`;
    const open = expanded.has(node.id);
    const row = rows.get(node.id) ?? rowOf(node);
    return (
      <li
        key={node.id}
        role="treeitem"
        aria-level={level}
        aria-expanded={node.children.length ? open : undefined}
        aria-labelledby={titleId}
        aria-describedby={statsId}
        tabIndex={node.id === focus.current ? 0 : -1}
        data-node-id={node.id}
        className={`outline-item outline-${node.kind}`}
        ref={(el) => focus.register(node.id, el)}
        onFocus={(e) => {
          if (e.target === e.currentTarget) focus.setActiveId(node.id);
        }}
        onClick={(e) => {
          // A click on the row itself (not on a button or a form) focuses the item.
          if (
            (e.target as HTMLElement).closest(
              'button, input, select, textarea, form, .outline-toggle',
            )
          )
            return;
          if ((e.target as HTMLElement).closest('[role="treeitem"]') !== e.currentTarget) return;
          if (node.kind === 'more') showMore(node);
          else e.currentTarget.focus();
        }}
      >
        {row}
        {editing === node.id && panel(node, 'edit')}
        {node.children.length > 0 && open && (
          <ul role="group" className="outline-group">
            {node.children.map((child) => renderNode(child, level + 1))}
          </ul>
        )}
        {adding === node.id && panel(node, 'add')}
      </li>
    );
  };

  const totalRollup: Rollup = {
    progress: progressOf(tasks, today),
    span: sprintSpanOf(tasks, bundle.sprints),
  };

  return (
    <section className="year-plan" aria-labelledby={`${keysId}-h`}>
      <div className="year-plan-head">
        <h2 id={`${keysId}-h`}>{t('heading')}</h2>
        <p className="year-plan-intro">{t('intro')}</p>
      </div>
      <div className="year-plan-toolbar">
        {renderFilters?.(allTasks, sprint)}
        <button type="button" onClick={() => setExpanded(new Set(allExpandable()))}>
          {t('expandAll')}
        </button>
        <button
          type="button"
          onClick={() => {
            setExpanded(new Set());
            setEditing(null);
            setAdding(null);
          }}
        >
          {t('collapseAll')}
        </button>
      </div>
      <p className="year-plan-total">
        <strong>{t('totalLabel')}</strong> <ProgressStats title={t('total')} rollup={totalRollup} />
      </p>
      {filtering && (
        <p role="status" className="year-plan-filtered">
          {t('filtered', { shown: tasks.length, total: allTasks.length })}
        </p>
      )}
      <p id={keysId} className="year-plan-keys">
        {t('keys')}
      </p>
      {bundle.themes.length === 0 ? (
        <p>{t('empty')}</p>
      ) : roots.length === 0 ? (
        <p>{t('noMatch')}</p>
      ) : (
        <ul
          role="tree"
          aria-label={t('treeLabel')}
          aria-describedby={keysId}
          className="outline"
          onKeyDown={onTreeKeyDown}
        >
          {roots.map((node) => renderNode(node, 1))}
        </ul>
      )}
      {commands.pendingDelete && (
        <DeleteDialog
          pending={commands.pendingDelete}
          onConfirm={() => void commands.confirmDelete()}
          onCancel={commands.cancelDelete}
        />
      )}
    </section>
  );
}
