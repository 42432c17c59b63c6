import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useState, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell } from '../../domain/group';
import type { Person, Task, Theme } from '../../domain/types';
import { TaskCard } from './TaskCard';

export const itemId = (cell: string, taskId: string) => `${cell}|${taskId}`;

interface CardContext {
  themes: ReadonlyMap<string, Theme>;
  people: ReadonlyMap<string, Person>;
  showStatus: boolean;
  today: string;
  onOpen: (id: string) => void;
}

function SortableCard({ cell, task, ctx }: { cell: string; task: Task; ctx: CardContext }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: itemId(cell, task.id),
    data: { cell, taskId: task.id },
  });
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), transition }} className="card-item">
      <TaskCard
        task={task}
        theme={ctx.themes.get(task.themeId)}
        people={ctx.people}
        showStatus={ctx.showStatus}
        today={ctx.today}
        onOpen={ctx.onOpen}
        dragging={isDragging}
        handleProps={{ ...attributes, onKeyDown: listeners?.onKeyDown as KeyboardEventHandler | undefined }}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      />
    </li>
  );
}

interface AddTaskProps {
  onAdd: (title: string) => Promise<string | null>;
}

/** "+ Taak toevoegen": Enter saves, Escape cancels, an empty title is refused. */
function AddTask({ onAdd }: AddTaskProps) {
  const { t } = useTranslation('board');
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  if (!open) {
    return (
      <button type="button" className="add-task" onClick={() => setOpen(true)}>
        + {t('addTask')}
      </button>
    );
  }
  return (
    <div className="add-task-form">
      <input
        // The field appears because the user asked for it, so focus follows.
        autoFocus
        type="text"
        aria-label={t('newTitle')}
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
        placeholder={t('addHint')}
        value={title}
        onChange={(e) => {
          setTitle(e.target.value);
          setError(null);
        }}
        onKeyDown={async (e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setOpen(false);
            setTitle('');
            setError(null);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const problem = await onAdd(title);
            if (problem) setError(problem);
            else setTitle('');
          }
        }}
        onBlur={() => {
          if (!title.trim()) {
            setOpen(false);
            setError(null);
          }
        }}
      />
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface ColumnProps {
  id: string;
  title: string;
  color: string | null;
  cell: Cell;
  droppable: boolean;
  ctx: CardContext;
  onAdd: ((title: string) => Promise<string | null>) | null;
}

export function Column({ id, title, color, cell, droppable, ctx, onAdd }: ColumnProps) {
  const { t } = useTranslation('board');
  const { setNodeRef, isOver } = useDroppable({ id, data: { cell: id }, disabled: !droppable });
  const headingId = useId();
  const total = cell.open.length + cell.done.length;
  return (
    <section
      className={`column${isOver ? ' column-over' : ''}`}
      aria-label={t('column', { name: title, count: total })}
      style={color ? { borderTopColor: color } : undefined}
    >
      <header className="column-head">
        <h3 id={headingId}>{title}</h3>
        <span className="column-count" aria-hidden="true">
          {total}
        </span>
      </header>
      {onAdd && <AddTask onAdd={onAdd} />}
      <SortableContext id={id} items={cell.open.map((task) => itemId(id, task.id))} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="card-list" aria-labelledby={headingId}>
          {cell.open.map((task) => (
            <SortableCard key={task.id} cell={id} task={task} ctx={ctx} />
          ))}
        </ul>
      </SortableContext>
      {total === 0 && <p className="column-empty">{t('empty')}</p>}
      {cell.done.length > 0 && (
        <details className="done-fold">
          <summary>{t('doneFold', { count: cell.done.length })}</summary>
          <ul className="card-list">
            {cell.done.map((task) => (
              <li key={task.id} className="card-item">
                <TaskCard
                  task={task}
                  theme={ctx.themes.get(task.themeId)}
                  people={ctx.people}
                  showStatus={ctx.showStatus}
                  today={ctx.today}
                  onOpen={ctx.onOpen}
                />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
