import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonth } from '../../domain/dates';
import type { OutlineNode } from '../../domain/outline';
import { EMPTY_PROGRESS, type PlanRollup, type Rollup } from '../../domain/rollup';
import { isLate } from '../../domain/tasks';
import type { Action, IsoDate, Person, Sprint, Task, Theme } from '../../domain/types';

/** Tasks listed under one theme or action before "Nog … tonen": a plan of 10,000 tasks stays a small DOM. */
export const OUTLINE_PAGE = 25;

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

export function ProgressStats({ title, rollup }: { title: string; rollup: Rollup }) {
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

/** What the rows look up: one object, so that a row is redrawn only when something in it changes. */
export interface OutlineData {
  themeById: ReadonlyMap<string, Theme>;
  actionById: ReadonlyMap<string, Action>;
  taskById: ReadonlyMap<string, Task>;
  sprintById: ReadonlyMap<string, Sprint>;
  peopleById: ReadonlyMap<string, Person>;
  rollup: PlanRollup;
  today: IsoDate;
}

interface OutlineRowProps {
  node: OutlineNode;
  titleId: string;
  statsId: string;
  open: boolean;
  data: OutlineData;
  onToggle: (id: string, open: boolean) => void;
  onEdit: (id: string) => void;
  onAdd: (id: string) => void;
  /** A plan opened with a read-only link: no add or edit buttons. */
  readOnly: boolean;
}

type RowProps = Omit<OutlineRowProps, 'data'> & {
  toggle: ReactNode;
  editButton: (title: string) => ReactNode;
};

/** The visible line of a tree item, drawn by its kind. */
export function OutlineRow(props: OutlineRowProps) {
  const { t } = useTranslation('plan');
  const { node, open, data, onToggle, onEdit } = props;
  const toggle = node.children.length ? (
    <span className="outline-toggle" aria-hidden="true" onClick={() => onToggle(node.id, !open)}>
      {open ? '▾' : '▸'}
    </span>
  ) : (
    <span className="outline-toggle" aria-hidden="true" />
  );
  const editButton = (title: string) =>
    props.readOnly ? null : (
      <button
        type="button"
        tabIndex={-1}
        className="outline-button"
        aria-label={t('editLabel', { title })}
        onClick={() => onEdit(node.id)}
      >
        {t('edit')}
      </button>
    );
  const row: RowProps = { ...props, toggle, editButton };
  switch (node.kind) {
    case 'theme': {
      const theme = data.themeById.get(node.entityId)!;
      const rollup = data.rollup.byTheme.get(theme.id) ?? { progress: EMPTY_PROGRESS, span: null };
      return <ThemeRow {...row} theme={theme} rollup={rollup} />;
    }
    case 'action': {
      const action = data.actionById.get(node.entityId)!;
      const rollup = data.rollup.byAction.get(action.id) ?? {
        progress: EMPTY_PROGRESS,
        span: null,
      };
      const owner = action.ownerId ? data.peopleById.get(action.ownerId) : undefined;
      const target = action.targetSprintId ? data.sprintById.get(action.targetSprintId) : undefined;
      return <ActionRow {...row} action={action} rollup={rollup} owner={owner} target={target} />;
    }
    case 'more':
      return <MoreRow {...row} />;
    case 'task': {
      const task = data.taskById.get(node.entityId)!;
      const sprint = task.sprintId ? data.sprintById.get(task.sprintId) : undefined;
      return <TaskRow {...row} task={task} sprint={sprint} today={data.today} />;
    }
  }
}

function ThemeRow({
  node,
  titleId,
  statsId,
  toggle,
  editButton,
  onAdd,
  readOnly,
  theme,
  rollup,
}: RowProps & { theme: Theme; rollup: Rollup }) {
  const { t } = useTranslation('plan');
  return (
    <div className="outline-row outline-row-theme" style={{ borderLeftColor: theme.color }}>
      {toggle}
      <span className="outline-main">
        <span id={titleId} className="outline-title">
          {theme.name}
        </span>
      </span>
      <ProgressStats title={theme.name} rollup={rollup} />
      <Description id={statsId} text={statsText(rollup, t)} />
      <RowButtons
        add={t('addAction')}
        onAdd={() => onAdd(node.id)}
        edit={editButton(theme.name)}
        readOnly={readOnly}
      />
    </div>
  );
}

/** A theme's or action's row buttons: add a child, edit the row (roving focus: out of Tab order). */
function RowButtons({
  add,
  onAdd,
  edit,
  readOnly,
}: {
  add: string;
  onAdd: () => void;
  edit: ReactNode;
  readOnly: boolean;
}) {
  if (readOnly) return null;
  return (
    <span className="outline-buttons">
      <button type="button" tabIndex={-1} className="outline-button" onClick={onAdd}>
        + {add}
      </button>
      {edit}
    </span>
  );
}

function ActionRow({
  node,
  titleId,
  statsId,
  toggle,
  editButton,
  onAdd,
  readOnly,
  action,
  rollup,
  owner,
  target,
}: RowProps & { action: Action; rollup: Rollup; owner?: Person; target?: Sprint }) {
  const { t } = useTranslation('plan');
  const { t: tc } = useTranslation();
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
        {action.description && <span className="outline-description">{action.description}</span>}
      </span>
      <ProgressStats title={action.title} rollup={rollup} />
      <Description id={statsId} text={statsText(rollup, t)} />
      <RowButtons
        add={t('addTask')}
        onAdd={() => onAdd(node.id)}
        edit={editButton(action.title)}
        readOnly={readOnly}
      />
    </div>
  );
}

function MoreRow({ node, titleId, statsId }: RowProps) {
  const { t } = useTranslation('plan');
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

function TaskRow({
  titleId,
  statsId,
  toggle,
  editButton,
  task,
  sprint,
  today,
}: RowProps & { task: Task; sprint?: Sprint; today: IsoDate }) {
  const { t } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const parts: Array<{ key: string; text: string; className?: string }> = [
    {
      key: 'status',
      text: tc(`status.${task.status}`),
      className: `outline-status outline-status-${task.status}`,
    },
  ];
  // "Backlog" once, not as status and as sprint.
  if (sprint || task.status !== 'backlog')
    parts.push({
      key: 'sprint',
      text: sprint ? tc('sprint.name', { number: sprint.number }) : tc('sprint.backlog'),
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
}
