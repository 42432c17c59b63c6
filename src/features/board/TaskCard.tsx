import type { TFunction } from 'i18next';
import {
  memo,
  useMemo,
  type HTMLAttributes,
  type KeyboardEventHandler,
  type PointerEventHandler,
  type TouchEventHandler,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonth } from '../../domain/dates';
import { daysBlocked, isLate } from '../../domain/tasks';
import {
  PRIORITIES,
  STATUSES,
  type Person,
  type Priority,
  type Status,
  type Task,
  type Theme,
} from '../../domain/types';
import { Avatar } from '../../ui/Avatar';
import { Chip } from '../../ui/Chip';

export interface CardDragProps {
  /** dnd-kit's attributes and keyboard listener go on the card's button, never on the <li>. */
  handleProps?: HTMLAttributes<HTMLButtonElement> & { onKeyDown?: KeyboardEventHandler };
  /** The pointer listener goes on the whole card so it can be grabbed anywhere. */
  onPointerDown?: PointerEventHandler;
  /** The touch listener too: a finger picks the card up with a press of a moment. */
  onTouchStart?: TouchEventHandler;
}

/** The board's and the common namespace's t, handed down by the board. */
export interface CardText {
  t: TFunction<'board'>;
  tc: TFunction;
}

interface TaskCardProps extends CardDragProps {
  task: Task;
  theme: Theme | undefined;
  people: ReadonlyMap<string, Person>;
  showStatus: boolean;
  today: string;
  onOpen: (id: string) => void;
  dragging?: boolean;
  /** Teammates who have this task's dialog open right now (null: someone without a name). */
  viewers?: ReadonlyArray<Person | null>;
  /**
   * Translations from the board. Two i18n hooks per card cost more than the rest of the card when
   * a column mounts hundreds of them; without this prop the card asks i18n itself.
   */
  text?: CardText;
}

export const TaskCard = memo(function TaskCard(props: TaskCardProps) {
  return props.text ? <CardBody {...props} text={props.text} /> : <TranslatedCard {...props} />;
});

function TranslatedCard(props: TaskCardProps) {
  const { t } = useTranslation('board');
  const { t: tc } = useTranslation();
  const text = useMemo(() => ({ t, tc }), [t, tc]);
  return <CardBody {...props} text={text} />;
}

/** The words every card repeats, looked up once per language instead of once per card. */
interface CardWords {
  status: Record<Status, string>;
  priority: Record<Priority, string>;
  due: string;
  late: string;
  assignees: string;
}

// i18next's t parses its key and options on every call: a sprint of 156 cards spent 7% of a
// grouping switch (of its script time) in the cards' calls, nearly all for these same words.
const wordsOf = new WeakMap<CardText, CardWords>();

function cardWords(text: CardText): CardWords {
  const known = wordsOf.get(text);
  if (known) return known;
  const { t, tc } = text;
  const words: CardWords = {
    status: Object.fromEntries(STATUSES.map((s) => [s, tc(`status.${s}`)])) as CardWords['status'],
    priority: Object.fromEntries(
      PRIORITIES.map((p) => [p, tc(`priority.${p}`)]),
    ) as CardWords['priority'],
    due: t('card.due', { date: '' }),
    late: t('card.late'),
    assignees: t('card.assignees'),
  };
  wordsOf.set(text, words);
  return words;
}

function CardBody({
  task,
  theme,
  people,
  showStatus,
  today,
  onOpen,
  handleProps,
  onPointerDown,
  onTouchStart,
  dragging,
  viewers,
  text,
}: TaskCardProps & { text: CardText }) {
  const { t } = text;
  const words = cardWords(text);
  const late = isLate(task, today);
  const blockedDays = daysBlocked(task, today);
  const checklistDone = task.checklist.filter((c) => c.done).length;
  const checklistText =
    task.checklist.length > 0
      ? t('card.checklist', { done: checklistDone, total: task.checklist.length })
      : '';
  const assignees = task.assigneeIds.map((id) => people.get(id)).filter((p): p is Person => !!p);

  return (
    <div
      className={`card${dragging ? ' card-dragging' : ''}${task.status === 'geblokkeerd' ? ' card-blocked' : ''}`}
      onPointerDown={onPointerDown}
      onTouchStart={onTouchStart}
      onClick={(e) => {
        // The button handles its own clicks; this makes the rest of the card clickable too.
        if (e.target === e.currentTarget || !(e.target as HTMLElement).closest('button'))
          onOpen(task.id);
      }}
    >
      {theme && <Chip label={theme.label} color={theme.color} />}
      <button type="button" className="card-title" {...handleProps} onClick={() => onOpen(task.id)}>
        {task.title}
      </button>
      <div className="card-meta">
        {showStatus && (
          <span className={`status status-${task.status}`}>{words.status[task.status]}</span>
        )}
        {task.priority === 'urgent' || task.priority === 'belangrijk' ? (
          <span className={`priority priority-${task.priority}`}>
            {words.priority[task.priority]}
          </span>
        ) : null}
        {task.dueDate && (
          <span className={late ? 'due due-late' : 'due'}>
            <span className="visually-hidden">{words.due}</span>
            {formatDayMonth(task.dueDate)}
            {late && <span className="visually-hidden"> ({words.late})</span>}
          </span>
        )}
        {task.checklist.length > 0 && (
          <span className="counter" title={checklistText}>
            <span aria-hidden="true">☑ </span>
            <span className="visually-hidden">{checklistText}</span>
            <span aria-hidden="true">
              {checklistDone}/{task.checklist.length}
            </span>
          </span>
        )}
        {task.notes.length > 0 && (
          <span className="counter">
            <svg aria-hidden="true" width="12" height="12" viewBox="0 0 16 16" className="icon">
              <path d="M2 2h12v9H6l-4 3z" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
            <span aria-hidden="true"> {task.notes.length}</span>
            <span className="visually-hidden">{t('card.notes', { count: task.notes.length })}</span>
          </span>
        )}
      </div>
      {(blockedDays !== null || task.carryOverCount > 0) && (
        <div className="card-flags">
          {blockedDays !== null && (
            <span className="flag flag-blocked">{t('card.blocked', { count: blockedDays })}</span>
          )}
          {task.carryOverCount > 0 && (
            <span className="flag flag-carried">
              {t('card.carried', { count: task.carryOverCount })}
            </span>
          )}
        </div>
      )}
      {viewers && viewers.length > 0 && <CardViewers viewers={viewers} />}
      {assignees.length > 0 && (
        <div className="card-people" role="group" aria-label={words.assignees}>
          {assignees.map((p) => (
            <Avatar key={p.id} initials={p.initials} name={p.name} color={p.color} />
          ))}
        </div>
      )}
    </div>
  );
}

/** "Open bij An": only on the few cards a teammate has open, so it may ask i18n itself. */
function CardViewers({ viewers }: { viewers: ReadonlyArray<Person | null> }) {
  const { t } = useTranslation('presence');
  const names = viewers.map((p) => p?.name ?? t('unnamed', { count: 1 })).join(', ');
  return (
    <div className="card-viewers">
      <span className="visually-hidden">{t('viewing', { names })}</span>
      <span aria-hidden="true" className="card-viewers-avatars" title={t('viewing', { names })}>
        {viewers.map((p, i) =>
          p ? (
            <Avatar key={p.id} initials={p.initials} name={p.name} color={p.color} />
          ) : (
            <Avatar
              key={`unnamed-${i}`}
              initials="?"
              name={t('unnamed', { count: 1 })}
              color="#555555"
            />
          ),
        )}
      </span>
    </div>
  );
}

/** What every card on the board shares: handed down once by the board, not per card. */
export interface CardContext {
  /** Per task: teammates with its dialog open (shared plans only). */
  viewers?: ReadonlyMap<string, ReadonlyArray<Person | null>>;
  themes: ReadonlyMap<string, Theme>;
  people: ReadonlyMap<string, Person>;
  showStatus: boolean;
  today: string;
  onOpen: (id: string) => void;
  text?: CardText;
}

/** A card drawn from the board's shared context (columns, the done fold, the planning backlog). */
export function ContextCard({
  task,
  ctx,
  ...drag
}: CardDragProps & { task: Task; ctx: CardContext; dragging?: boolean }) {
  return (
    <TaskCard
      task={task}
      theme={ctx.themes.get(task.themeId)}
      people={ctx.people}
      showStatus={ctx.showStatus}
      today={ctx.today}
      onOpen={ctx.onOpen}
      text={ctx.text}
      viewers={ctx.viewers?.get(task.id)}
      {...drag}
    />
  );
}
