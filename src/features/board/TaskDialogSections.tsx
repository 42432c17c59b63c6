import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateBE, formatDateTimeBE } from '../../domain/dates';
import { checkTitle, titleErrorCode, daysBlocked } from '../../domain/tasks';
import { isStatus, type ChecklistItem, type HistoryEntry, type Task } from '../../domain/types';
import type { RepairKind } from '../../domain/repair';
import { repairSentence } from '../../i18n/repair';
import { usePlanTasks, useTaskHistory, type PlanBundle } from '../../db/live';
import {
  addChecklistItemUndoable,
  addNoteUndoable,
  deleteNoteUndoable,
  editTask,
  setChecklistUndoable,
} from '../../app/writes';
import { usePlanToday } from '../../app/usePlanView';
import { AddTitleForm } from '../../ui/AddTitleForm';
import { SavedField } from '../../ui/SavedField';

// ---------- checklist ----------

export function ChecklistSection({ task }: { task: Task }) {
  const { t } = useTranslation('dialog');
  const { t: tc } = useTranslation();
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const refocus = useRef<{ id: string; dir: 'up' | 'down' } | 'input' | null>(null);
  const items = task.checklist;
  const done = items.filter((c) => c.done).length;

  // Moving an item re-renders the list; the keyboard user keeps their place on the moved item.
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    if (target === 'input') {
      inputRef.current?.focus();
      return;
    }
    const row = listRef.current?.querySelector(`[data-item="${target.id}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${target.dir}"]`);
    const other = row?.querySelector<HTMLButtonElement>(
      `[data-move="${target.dir === 'up' ? 'down' : 'up'}"]`,
    );
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [items]);

  const store = (next: ChecklistItem[]) => setChecklistUndoable(task.id, next);
  const move = (index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    const a = items[index];
    const b = items[to];
    if (!a || !b) return;
    const next = [...items];
    next[index] = b;
    next[to] = a;
    refocus.current = { id: a.id, dir };
    void store(next);
  };
  const checkItem = (title: string) => {
    const checked = checkTitle(title);
    if (checked.ok) return null;
    return tc(`errors.${titleErrorCode(checked.problem)}`);
  };
  // The field says why the item was not added and keeps its title; no toast repeats it.
  const add = async (title: string) => {
    const result = await addChecklistItemUndoable(task.id, title, { inline: true });
    return result.ok ? null : tc(`errors.${result.code}`);
  };

  return (
    <section className="td-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('checklist.heading')}
        {items.length > 0 && (
          <span className="td-count">
            {' '}
            · {t('checklist.progress', { done, total: items.length })}
          </span>
        )}
      </h3>
      {items.length === 0 ? (
        <p className="td-muted">{t('checklist.empty')}</p>
      ) : (
        <ul className="td-checklist" ref={listRef}>
          {items.map((item, i) => (
            <li key={item.id} data-item={item.id} className={item.done ? 'td-done' : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={item.done}
                  onChange={(e) =>
                    void store(
                      items.map((c) => (c.id === item.id ? { ...c, done: e.target.checked } : c)),
                    )
                  }
                />
                <span>{item.title}</span>
              </label>
              <span className="td-row-buttons">
                <button
                  type="button"
                  className="icon-button"
                  data-move="up"
                  disabled={i === 0}
                  aria-label={t('checklist.up', { title: item.title })}
                  title={t('checklist.up', { title: item.title })}
                  onClick={() => move(i, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  data-move="down"
                  disabled={i === items.length - 1}
                  aria-label={t('checklist.down', { title: item.title })}
                  title={t('checklist.down', { title: item.title })}
                  onClick={() => move(i, 'down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('checklist.remove', { title: item.title })}
                  title={t('checklist.remove', { title: item.title })}
                  onClick={() => {
                    refocus.current = 'input';
                    void store(items.filter((c) => c.id !== item.id));
                  }}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <AddTitleForm
        className="td-add"
        label={t('checklist.newItem')}
        submitLabel={t('checklist.add')}
        inputRef={inputRef}
        check={checkItem}
        onAdd={add}
      />
    </section>
  );
}

// ---------- notes ----------

export function NotesSection({ task, bundle }: { task: Task; bundle: PlanBundle }) {
  const { t } = useTranslation('dialog');
  const { t: tc } = useTranslation();
  const headingId = useId();
  const authorName = (id: string | null | undefined) =>
    bundle.people.find((p) => p.id === id)?.name ?? null;
  // Newest first; notes written on the same day keep the order they were added in (newest on top).
  const notes = useMemo(
    () => [...task.notes].sort((a, b) => b.date.localeCompare(a.date)),
    [task.notes],
  );

  const checkNote = (text: string) => (text.trim() ? null : tc('errors.note-empty'));
  const add = async (text: string) => {
    const result = await addNoteUndoable(task.id, text, { inline: true });
    return result.ok ? null : tc(`errors.${result.code}`);
  };

  return (
    <section className="td-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('notes.heading')}</h3>
      <AddTitleForm
        className="td-note-form"
        label={t('notes.newNote')}
        submitLabel={t('notes.add')}
        multiline
        check={checkNote}
        onAdd={add}
      />
      {notes.length === 0 ? (
        <p className="td-muted">{t('notes.empty')}</p>
      ) : (
        <ul className="td-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <div className="td-note-head">
                <span>
                  <time dateTime={note.date}>{formatDateBE(note.date)}</time>
                  {authorName(note.by) && ` · ${authorName(note.by)}`}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('notes.remove', { date: formatDateBE(note.date) })}
                  title={t('notes.remove', { date: formatDateBE(note.date) })}
                  onClick={() => void deleteNoteUndoable(task.id, note.id)}
                >
                  ×
                </button>
              </div>
              <p className="td-note-text">{note.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// ---------- blocking ----------

const MAX_MATCHES = 8;

export function BlockingSection({ task, bundle }: { task: Task; bundle: PlanBundle }) {
  const { t } = useTranslation('dialog');
  const headingId = useId();
  const byId = useId();
  const searchId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const planTasks = usePlanTasks(bundle.plan.id);
  const today = usePlanToday(bundle.plan);
  const days = daysBlocked(task, today);
  const titles = useMemo(() => new Map((planTasks ?? []).map((x) => [x.id, x.title])), [planTasks]);
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('nl');
    if (!q) return [];
    return (planTasks ?? [])
      .filter(
        (x) =>
          x.id !== task.id &&
          !task.blockedBy.includes(x.id) &&
          x.title.toLocaleLowerCase('nl').includes(q),
      )
      .sort((a, b) => a.title.localeCompare(b.title, 'nl'))
      .slice(0, MAX_MATCHES);
  }, [planTasks, query, task.id, task.blockedBy]);

  const setBlockedBy = (ids: string[]) => editTask(task.id, { blockedBy: ids });

  return (
    <section className="td-section td-blocking" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('blocked.heading')}</h3>
      {task.blockedSince && days !== null && (
        <p className="td-since">
          {t('blocked.since', { date: formatDateBE(task.blockedSince), count: days })}
        </p>
      )}
      <SavedField
        label={t('blocked.reason')}
        value={task.blockedReason}
        multiline
        save={async (v) => {
          await editTask(task.id, { blockedReason: v.trim() });
          return null;
        }}
      />
      <div role="group" aria-labelledby={byId} className="td-blocked-by">
        <p id={byId} className="td-label">
          {t('blocked.by')}
        </p>
        {task.blockedBy.length === 0 ? (
          <p className="td-muted">{t('blocked.none')}</p>
        ) : (
          <ul className="td-picked">
            {task.blockedBy.map((id) => {
              const title = titles.get(id) ?? t('blocked.removed');
              return (
                <li key={id}>
                  <span>{title}</span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('blocked.remove', { title })}
                    title={t('blocked.remove', { title })}
                    onClick={() => void setBlockedBy(task.blockedBy.filter((x) => x !== id))}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <label htmlFor={searchId}>{t('blocked.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          aria-describedby={hintId}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span id={hintId} className="field-hint">
          {t('blocked.searchHint')}
        </span>
        {query.trim() !== '' &&
          (matches.length === 0 ? (
            <p className="td-muted" role="status">
              {t('blocked.noMatch')}
            </p>
          ) : (
            <ul className="td-matches" aria-label={t('blocked.results')}>
              {matches.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    aria-label={t('blocked.add', { title: m.title })}
                    onClick={() => {
                      void setBlockedBy([...task.blockedBy, m.id]);
                      setQuery('');
                    }}
                  >
                    + {m.title}
                  </button>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}

// ---------- history ----------

export function HistorySection({ task, bundle }: { task: Task; bundle: PlanBundle }) {
  const { t } = useTranslation('dialog');
  const { t: tc } = useTranslation();
  const { t: tr } = useTranslation('repair');
  const headingId = useId();
  const history = useTaskHistory(task.id);

  const value = (entry: HistoryEntry, v: HistoryEntry['from']): string => {
    switch (entry.field) {
      case 'status':
        return isStatus(v) ? tc(`status.${v}`) : t('history.unknown');
      case 'sprintId': {
        if (v === null) return tc('sprint.backlog');
        const sprint = bundle.sprints.find((s) => s.id === v);
        return sprint ? tc('sprint.name', { number: sprint.number }) : t('history.unknown');
      }
      case 'themeId':
        return bundle.themes.find((x) => x.id === v)?.name ?? t('history.unknown');
      case 'assigneeIds': {
        const ids = Array.isArray(v) ? v : [];
        if (ids.length === 0) return t('history.nobody');
        return ids
          .map((id) => bundle.people.find((p) => p.id === id)?.name ?? t('history.unknown'))
          .join(', ');
      }
      default:
        return '';
    }
  };
  // A repair line keeps its kind in `from` and the sentence's params as JSON in `to`.
  const repairLine = (entry: HistoryEntry, when: string) => {
    let params: Record<string, string | number> = {};
    try {
      const parsed: unknown = typeof entry.to === 'string' ? JSON.parse(entry.to) : {};
      if (parsed && typeof parsed === 'object') params = parsed as typeof params;
    } catch {
      // An unreadable line still says that something was repaired, and when.
    }
    const kind = (typeof entry.from === 'string' ? entry.from : '') as RepairKind;
    return tr('history', { when, what: repairSentence(tr, { kind, params }) });
  };
  const line = (entry: HistoryEntry) => {
    const text = lineText(entry);
    const who = bundle.people.find((p) => p.id === entry.by)?.name;
    return who ? t('history.by', { who, line: text }) : text;
  };
  const lineText = (entry: HistoryEntry) => {
    const when = formatDateTimeBE(new Date(entry.at));
    if (entry.field === 'created')
      return t('history.created', {
        when,
        status: isStatus(entry.to) ? tc(`status.${entry.to}`) : '',
      });
    if (entry.field === 'deleted') return t('history.deleted', { when });
    if (entry.field === 'repaired') return repairLine(entry, when);
    return t('history.line', {
      when,
      field: t(`history.field.${entry.field}`),
      from: value(entry, entry.from),
      to: value(entry, entry.to),
    });
  };
  // Newest first; lines written in the same moment keep their writing order (ids are time-ordered).
  const lines = [...(history ?? [])].sort(
    (a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id),
  );

  return (
    <section className="td-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('history.heading')}</h3>
      {lines.length === 0 ? (
        <p className="td-muted">{t('history.empty')}</p>
      ) : (
        <ol className="td-history">
          {lines.map((entry) => (
            <li key={entry.id}>{line(entry)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
