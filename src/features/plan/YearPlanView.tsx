import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonth, type Lang } from '../../domain/dates';
import { filterTasks, isFilterEmpty, knownIdsOf, parseFilter } from '../../domain/filter';
import {
  buildOutline,
  isPipelineTheme,
  newTaskPlacement,
  outlineNodeId,
  planOutlineMove,
  reorderInOutline,
  treeKey,
  visibleNodes,
  type OutlineNode,
} from '../../domain/outline';
import { belongsToAction } from '../../domain/placement';
import { actionsOfTheme } from '../../domain/actionOrder';
import {
  EMPTY_PROGRESS,
  progressOf,
  rollupPlan,
  sprintSpanOf,
  type Rollup,
} from '../../domain/rollup';
import { currentSprint } from '../../domain/sprints';
import { isLate } from '../../domain/tasks';
import type { Action, Sprint, Task, Theme } from '../../domain/types';
import {
  createAction,
  deleteAction,
  moveAction,
  updateAction,
  updateTheme,
} from '../../db/commands/catalogue';
import { usePlanTasks, type PlanBundle } from '../../db/live';
import {
  createTaskUndoable,
  deleteTaskUndoable,
  editTask,
  moveTaskUndoable,
  runWrite,
} from '../../app/writes';
import { today as clockToday } from '../../lib/clock';
import { useSearch } from '../../lib/url';
import { useToasts } from '../../state/toast';
import { Dialog } from '../../ui/Dialog';
import {
  ActionForm,
  AddForm,
  TaskForm,
  ThemeForm,
  type ActionPatch,
  type TaskFormResult,
} from './OutlineForms';
import './plan.css';

interface YearPlanViewProps {
  bundle: PlanBundle;
  /** The filter bar, composed in by the app shell (same signature as the board's). */
  renderFilters?: (tasks: Task[], sprint: Sprint | null) => ReactNode;
}

/** Tasks listed under one theme or action before "Nog … tonen": a plan of 10,000 tasks stays a small DOM. */
export const OUTLINE_PAGE = 25;

interface PendingDelete {
  kind: 'action' | 'task';
  id: string;
  title: string;
  parentId: string | null;
  count: number;
}

type PlanT = ReturnType<typeof useTranslation<'plan'>>['t'];

function spanText(span: Rollup['span'], t: PlanT): string {
  if (!span) return t('progress.spanNone');
  return span.from === span.to
    ? t('progress.spanOne', { from: span.from })
    : t('progress.span', { from: span.from, to: span.to });
}

/** The counters as one sentence: the description of a theme or action in the tree. */
function statsText(rollup: Rollup, t: PlanT): string {
  const p = rollup.progress;
  return [
    t('progress.done', { done: p.done, total: p.total }),
    t('progress.open', { count: p.open }),
    t('progress.blocked', { count: p.blocked }),
    t('progress.late', { count: p.late }),
    spanText(rollup.span, t),
  ].join(', ');
}

/**
 * A tree item's description, said after its name. Hidden: it repeats as one sentence what the row
 * shows in columns (a reference to the columns themselves would read the bar's label in between).
 */
function Description({ id, text }: { id: string; text: string }) {
  return (
    <span id={id} hidden>
      {text}
    </span>
  );
}

function ProgressStats({ title, rollup }: { title: string; rollup: Rollup }) {
  const { t } = useTranslation('plan');
  const p = rollup.progress;
  return (
    <span className="outline-stats">
      <span className="outline-done">{t('progress.done', { done: p.done, total: p.total })}</span>
      <progress
        className="outline-bar"
        max={Math.max(p.total, 1)}
        value={p.done}
        aria-label={t('progress.bar', { title, done: p.done, total: p.total })}
      />
      <span className="outline-count">{t('progress.open', { count: p.open })}</span>
      <span className={`outline-count${p.blocked ? ' outline-count-blocked' : ''}`}>
        {t('progress.blocked', { count: p.blocked })}
      </span>
      <span className={`outline-count${p.late ? ' outline-count-late' : ''}`}>
        {t('progress.late', { count: p.late })}
      </span>
      <span className="outline-span">{spanText(rollup.span, t)}</span>
    </span>
  );
}

export function YearPlanView({ bundle, renderFilters }: YearPlanViewProps) {
  const { t, i18n } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  const today = clockToday();
  const loaded = usePlanTasks(bundle.plan.id);
  const allTasks = useMemo(() => loaded ?? [], [loaded]);
  const sprint = useMemo(
    () => currentSprint(bundle.sprints, today) ?? null,
    [bundle.sprints, today],
  );

  const query = useSearch().toString();
  const filter = useMemo(
    () => parseFilter(new URLSearchParams(query), knownIdsOf(bundle)),
    [query, bundle],
  );
  const filtering = !isFilterEmpty(filter);
  const tasks = useMemo(
    () => filterTasks(allTasks, filter, { today, sprint }),
    [allTasks, filter, today, sprint],
  );
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
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  /** The item to focus once it renders; with `parentId`, only once it stands there (after a move). */
  const [focusRequest, setFocusRequest] = useState<{ id: string; parentId?: string } | null>(null);
  const [pendingPage, setPendingPage] = useState<{ parentId: string; index: number } | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  const keysId = useId();

  const visible = useMemo(() => visibleNodes(roots, expanded), [roots, expanded]);
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
  }, [focusRequest, roots, expanded, nodeById]);

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

  // Arrow keys: the item is on screen, so focus moves at once and its onFocus makes it the tab stop;
  // one render per key press keeps a long outline responsive.
  const moveFocus = (id: string) => {
    const el = items.current.get(id);
    if (el) el.focus();
    else focusItem(id);
  };

  const setOpen = (id: string, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

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
    setPendingPage({ parentId: parent.id, index: list.length });
  };

  const closePanel = (id: string) => {
    setEditing(null);
    focusItem(id);
  };

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

  const startAdding = (parentId: string) => {
    setEditing(null);
    setOpen(parentId, true);
    setAdding(parentId);
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
      setExpanded((prev) => new Set([...prev, outlineNodeId('theme', move.themeId), parent]));
      setEditing(null);
      focusItem(nodeId, parent);
      return;
    }
    closePanel(nodeId);
  };

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
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && e.altKey) {
      e.preventDefault();
      if (node.kind === 'action' || node.kind === 'task')
        void reorder(node, e.key === 'ArrowUp' ? -1 : 1);
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
        askDelete(node);
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const cmd = treeKey(e.key, node.id, roots, expanded);
    switch (cmd.kind) {
      case 'none':
        return;
      case 'focus':
        moveFocus(cmd.id);
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

  const reorderTools = (node: OutlineNode, title: string) => (
    <>
      <button
        type="button"
        disabled={!canReorder(node, -1)}
        aria-label={t('moveUpLabel', { title })}
        onClick={() => void reorder(node, -1)}
      >
        ↑ {t('moveUp')}
      </button>
      <button
        type="button"
        disabled={!canReorder(node, 1)}
        aria-label={t('moveDownLabel', { title })}
        onClick={() => void reorder(node, 1)}
      >
        ↓ {t('moveDown')}
      </button>
    </>
  );

  const renderPanel = (node: OutlineNode): ReactNode => {
    if (editing !== node.id || node.kind === 'more') return null;
    const cancel = () => closePanel(node.id);
    if (node.kind === 'theme') {
      const theme = themeById.get(node.entityId);
      if (!theme) return null;
      return (
        <ThemeForm
          theme={theme}
          onCancel={cancel}
          onSave={async (name) => {
            if (name.trim() !== theme.name) await runWrite(() => updateTheme(theme.id, { name }));
            cancel();
          }}
          tools={
            <button type="button" onClick={() => startAdding(node.id)}>
              + {t('addAction')}
            </button>
          }
        />
      );
    }
    if (node.kind === 'action') {
      const action = actionById.get(node.entityId);
      if (!action) return null;
      return (
        <ActionForm
          action={action}
          people={bundle.people}
          sprints={bundle.sprints}
          lang={lang}
          pipeline={pipeline.has(action.themeId)}
          onCancel={cancel}
          onSave={async (patch: ActionPatch) => {
            const saved = await runWrite(() => updateAction(action.id, patch));
            if (saved.ok) cancel();
          }}
          tools={
            <>
              {reorderTools(node, action.title)}
              <button type="button" onClick={() => startAdding(node.id)}>
                + {t('addTask')}
              </button>
              <button type="button" className="danger" onClick={() => askDelete(node)}>
                {t('deleteAction')}
              </button>
            </>
          }
        />
      );
    }
    const task = taskById.get(node.entityId);
    if (!task) return null;
    return (
      <TaskForm
        task={task}
        themes={bundle.themes}
        actions={bundle.actions}
        pipeline={pipeline.has(task.themeId)}
        onCancel={cancel}
        onSave={saveTask(task, node.id)}
        tools={
          <>
            {reorderTools(node, task.title)}
            <button type="button" className="danger" onClick={() => askDelete(node)}>
              {t('deleteTask')}
            </button>
          </>
        }
      />
    );
  };

  const renderAdd = (node: OutlineNode): ReactNode => {
    if (adding !== node.id || node.kind === 'more' || node.kind === 'task') return null;
    const close = () => {
      setAdding(null);
      focusItem(node.id);
    };
    if (node.kind === 'theme') {
      const theme = themeById.get(node.entityId);
      return theme ? (
        <AddForm label={t('newActionTitle')} onAdd={addAction(theme)} onClose={close} />
      ) : null;
    }
    const action = actionById.get(node.entityId);
    return action ? (
      <AddForm label={t('newTaskTitle')} onAdd={addTask(action)} onClose={close} />
    ) : null;
  };

  const renderRow = (node: OutlineNode, titleId: string, statsId: string): ReactNode => {
    const open = expanded.has(node.id);
    const toggle = node.children.length ? (
      <span className="outline-toggle" aria-hidden="true" onClick={() => setOpen(node.id, !open)}>
        {open ? '▾' : '▸'}
      </span>
    ) : (
      <span className="outline-toggle" aria-hidden="true" />
    );
    const editButton = (title: string) => (
      <button
        type="button"
        tabIndex={-1}
        className="outline-button"
        aria-label={t('editLabel', { title })}
        onClick={() => setEditing(node.id)}
      >
        {t('edit')}
      </button>
    );
    if (node.kind === 'theme') {
      const theme = themeById.get(node.entityId)!;
      const themeRollup = rollup.byTheme.get(theme.id) ?? { progress: EMPTY_PROGRESS, span: null };
      return (
        <div className="outline-row outline-row-theme" style={{ borderLeftColor: theme.color }}>
          {toggle}
          <span className="outline-main">
            <span id={titleId} className="outline-title">
              {theme.name}
            </span>
          </span>
          <ProgressStats title={theme.name} rollup={themeRollup} />
          <Description id={statsId} text={statsText(themeRollup, t)} />
          <span className="outline-buttons">
            <button
              type="button"
              tabIndex={-1}
              className="outline-button"
              onClick={() => startAdding(node.id)}
            >
              + {t('addAction')}
            </button>
            {editButton(theme.name)}
          </span>
        </div>
      );
    }
    if (node.kind === 'action') {
      const action = actionById.get(node.entityId)!;
      const actionRollup = rollup.byAction.get(action.id) ?? {
        progress: EMPTY_PROGRESS,
        span: null,
      };
      const owner = action.ownerId ? peopleById.get(action.ownerId) : undefined;
      const target = action.targetSprintId ? sprintById.get(action.targetSprintId) : undefined;
      return (
        <div className="outline-row outline-row-action">
          {toggle}
          <span className="outline-main">
            <span id={titleId} className="outline-title">
              {action.title}
            </span>
            <span className="outline-meta">
              {owner && <span>{t('owner', { name: owner.name })}</span>}
              {target && (
                <span>{t('target', { name: tc('sprint.name', { number: target.number }) })}</span>
              )}
              {action.phase && (
                <span className="outline-phase">
                  {t('phaseBadge', { phase: t(`phase.${action.phase}`) })}
                </span>
              )}
            </span>
            {action.description && (
              <span className="outline-description">{action.description}</span>
            )}
          </span>
          <ProgressStats title={action.title} rollup={actionRollup} />
          <Description id={statsId} text={statsText(actionRollup, t)} />
          <span className="outline-buttons">
            <button
              type="button"
              tabIndex={-1}
              className="outline-button"
              onClick={() => startAdding(node.id)}
            >
              + {t('addTask')}
            </button>
            {editButton(action.title)}
          </span>
        </div>
      );
    }
    if (node.kind === 'more') {
      const step = Math.min(OUTLINE_PAGE, node.hidden ?? 0);
      return (
        <div className="outline-row outline-row-more">
          <span className="outline-toggle" aria-hidden="true" />
          <span id={titleId} className="outline-more">
            {t('moreTasks', { count: step, hidden: node.hidden ?? 0 })}
          </span>
          <span id={statsId} />
        </div>
      );
    }
    const task = taskById.get(node.entityId)!;
    const taskSprint = task.sprintId ? sprintById.get(task.sprintId) : undefined;
    const parts: Array<{ key: string; text: string; className?: string }> = [
      {
        key: 'status',
        text: tc(`status.${task.status}`),
        className: `outline-status outline-status-${task.status}`,
      },
    ];
    // "Backlog" once, not as status and as sprint.
    if (taskSprint || task.status !== 'backlog')
      parts.push({
        key: 'sprint',
        text: taskSprint ? tc('sprint.name', { number: taskSprint.number }) : tc('sprint.backlog'),
      });
    if (task.dueDate)
      parts.push({ key: 'due', text: t('due', { date: formatDayMonth(task.dueDate) }) });
    if (isLate(task, today))
      parts.push({ key: 'late', text: t('lateMarker'), className: 'outline-count-late' });
    if (task.phase)
      parts.push({
        key: 'phase',
        text: t('phaseBadge', { phase: t(`phase.${task.phase}`) }),
        className: 'outline-phase',
      });
    return (
      <div
        className={`outline-row outline-row-task${task.status === 'geblokkeerd' ? ' outline-row-blocked' : ''}`}
      >
        {toggle}
        <span className="outline-main">
          <span id={titleId} className="outline-title">
            {task.title}
          </span>
        </span>
        <span className="outline-task-meta">
          {parts.map((part) => (
            <span key={part.key} className={part.className}>
              {part.text}
            </span>
          ))}
        </span>
        <Description id={statsId} text={parts.map((part) => part.text).join(', ')} />
        <span className="outline-buttons">{editButton(task.title)}</span>
      </div>
    );
  };

  // A row is drawn once per change of what it shows, not on every arrow key: moving the focus only
  // changes tab stops, and an unchanged element lets React skip the row (a long outline stays quick).
  const rows = useMemo(
    () =>
      new Map(
        visible.map(
          (node) =>
            [node.id, renderRow(node, `${keysId}-${node.id}-t`, `${keysId}-${node.id}-s`)] as const,
        ),
      ),
    // Everything renderRow reads; the setters it calls are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      visible,
      rollup,
      themeById,
      actionById,
      peopleById,
      sprintById,
      taskById,
      expanded,
      t,
      tc,
      today,
      keysId,
    ],
  );

  const renderNode = (node: OutlineNode, level: number): ReactNode => {
    const titleId = `${keysId}-${node.id}-t`;
    const statsId = `${keysId}-${node.id}-s`;
    const open = expanded.has(node.id);
    const row = rows.get(node.id) ?? renderRow(node, titleId, statsId);
    return (
      <li
        key={node.id}
        role="treeitem"
        aria-level={level}
        aria-expanded={node.children.length ? open : undefined}
        aria-labelledby={titleId}
        aria-describedby={statsId}
        tabIndex={node.id === current ? 0 : -1}
        data-node-id={node.id}
        className={`outline-item outline-${node.kind}`}
        ref={(el) => {
          if (el) items.current.set(node.id, el);
          else items.current.delete(node.id);
        }}
        onFocus={(e) => {
          if (e.target === e.currentTarget) setActiveId(node.id);
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
        {renderPanel(node)}
        {node.children.length > 0 && open && (
          <ul role="group" className="outline-group">
            {node.children.map((child) => renderNode(child, level + 1))}
          </ul>
        )}
        {renderAdd(node)}
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
        <strong>{t('total')}:</strong> <ProgressStats title={t('total')} rollup={totalRollup} />
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
      {pendingDelete && (
        <Dialog
          open
          title={t(pendingDelete.kind === 'action' ? 'confirm.actionTitle' : 'confirm.taskTitle', {
            title: pendingDelete.title,
          })}
          closeLabel={t('close')}
          onClose={() => {
            const back =
              pendingDelete.kind === 'action'
                ? outlineNodeId('action', pendingDelete.id)
                : outlineNodeId('task', pendingDelete.id);
            setPendingDelete(null);
            focusItem(back);
          }}
        >
          <p>
            {pendingDelete.kind === 'action'
              ? t('confirm.actionText', { count: pendingDelete.count })
              : t('confirm.taskText')}
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="primary danger-primary"
              onClick={() => void confirmDelete()}
            >
              {t('confirm.confirm')}
            </button>
            <button
              type="button"
              autoFocus
              onClick={() => {
                const back =
                  pendingDelete.kind === 'action'
                    ? outlineNodeId('action', pendingDelete.id)
                    : outlineNodeId('task', pendingDelete.id);
                setPendingDelete(null);
                focusItem(back);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
