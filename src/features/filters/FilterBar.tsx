import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DUE_FILTERS,
  EMPTY_FILTER,
  filterTasks,
  forBlockedList,
  isFilterEmpty,
  panelFilterCount,
  toggleValue,
  writeFilter,
  type TaskFilter,
} from '../../domain/filter';
import { orderedActions } from '../../domain/actionOrder';
import { NONE } from '../../domain/group';
import { PRIORITIES, STATUSES, type IsoDate, type Task } from '../../domain/types';
import type { PlanBundle } from '../../db/live';
import { usePlanToday } from '../../app/usePlanView';
import { navigate } from '../../lib/url';
import { useUrlFilter } from './useUrlFilter';
import './filters.css';

interface FilterBarProps {
  bundle: PlanBundle;
  /** The unfiltered tasks on screen (the shown sprint's), for the counts. */
  tasks: Task[];
  /** What "Deze sprint" means; by default the sprint the tasks are in. */
  sprint?: { start: IsoDate; end: IsoDate } | null;
  /** The blocked list needs neither the blocked toggle nor a status choice. */
  variant?: 'board' | 'blocked';
}

interface Option<T extends string> {
  value: T;
  label: string;
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

function CheckGroup<T extends string>({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: ReadonlyArray<Option<T> & { hint?: string }>;
  selected: readonly T[];
  onToggle: (value: T) => void;
}) {
  const hintBase = useId();
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul>
        {options.map((o, i) => (
          <li key={o.value}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={() => onToggle(o.value)}
                aria-describedby={o.hint ? `${hintBase}-${i}` : undefined}
              />
              <span>{o.label}</span>
            </label>
            {o.hint && (
              <span id={`${hintBase}-${i}`} className="filter-hint">
                {o.hint}
              </span>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

// Discrete choices push a history entry so Back undoes them; typing in the search replaces.
function apply(next: TaskFilter, push = true) {
  navigate((p) => writeFilter(p, next), push);
}

export function FilterBar({ bundle, tasks, sprint, variant = 'board' }: FilterBarProps) {
  const { t } = useTranslation('filters');
  const { t: tc } = useTranslation();
  const urlFilter = useUrlFilter(bundle);
  const filter = variant === 'blocked' ? forBlockedList(urlFilter) : urlFilter;
  const [open, setOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const filtersRef = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const panelId = `${ids}-panel`;
  const searchId = `${ids}-search`;
  const hintId = `${ids}-hint`;

  const shownSprint = useMemo(() => {
    if (sprint !== undefined) return sprint;
    const sprintId = tasks[0]?.sprintId;
    return bundle.sprints.find((s) => s.id === sprintId) ?? null;
  }, [sprint, tasks, bundle.sprints]);

  const blockedCount = useMemo(
    () => tasks.filter((x) => x.status === 'geblokkeerd').length,
    [tasks],
  );
  const today = usePlanToday(bundle.plan);
  const shownCount = useMemo(
    () => filterTasks(tasks, filter, { today, sprint: shownSprint }).length,
    [tasks, filter, shownSprint, today],
  );
  const empty = isFilterEmpty(filter);
  const panelCount = panelFilterCount(filter);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (typingIn(e.target)) return;
      // A modal dialog makes the page behind it inert; the search is not reachable then.
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const actionOptions = useMemo(() => {
    const opts: Option<string>[] = orderedActions(bundle.themes, bundle.actions).map((a) => ({
      value: a.id,
      label: a.title,
    }));
    if (opts.length) opts.push({ value: NONE, label: t('noAction') });
    return opts;
  }, [bundle.actions, bundle.themes, t]);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Escape' || filter.q === '') return;
    // Only a search with text swallows Escape; otherwise it still closes what it closes.
    e.preventDefault();
    e.stopPropagation();
    apply({ ...urlFilter, q: '' }, false);
  };

  const onPanelKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    setOpen(false);
    filtersRef.current?.focus();
  };

  const clearAll = () => {
    apply(
      variant === 'blocked'
        ? { ...EMPTY_FILTER, blocked: urlFilter.blocked, statuses: urlFilter.statuses }
        : EMPTY_FILTER,
    );
    // The clear button disappears with the filters; focus must not fall back to the page.
    filtersRef.current?.focus();
  };

  return (
    <div className="filter-bar" role="search" aria-label={t('bar')}>
      <div className="filter-row">
        {variant === 'board' && (
          <button
            type="button"
            className="filter-toggle filter-blocked"
            aria-pressed={filter.blocked}
            onClick={() => apply({ ...urlFilter, blocked: !urlFilter.blocked })}
          >
            {t('blocked', { count: blockedCount })}
          </button>
        )}
        <button
          ref={filtersRef}
          type="button"
          className="filter-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((v) => !v)}
        >
          {panelCount ? t('filtersCount', { count: panelCount }) : t('filters')}
        </button>
        <div className="filter-search">
          <label htmlFor={searchId}>{t('search')}</label>
          <input
            ref={searchRef}
            id={searchId}
            type="search"
            value={filter.q}
            placeholder={t('searchPlaceholder')}
            aria-describedby={hintId}
            autoComplete="off"
            onChange={(e) => apply({ ...urlFilter, q: e.target.value }, false)}
            onKeyDown={onSearchKey}
          />
          <span id={hintId} className="visually-hidden">
            {t('searchHint')}
          </span>
        </div>
        {!empty && (
          <button type="button" className="filter-clear" onClick={clearAll}>
            {t('clear')}
          </button>
        )}
        {variant === 'board' && (
          <p className="filter-result" role="status">
            {empty ? '' : t('shown', { shown: shownCount, total: tasks.length })}
          </p>
        )}
      </div>
      <div
        id={panelId}
        className="filter-panel"
        role="group"
        aria-label={t('panel')}
        hidden={!open}
        onKeyDown={onPanelKey}
      >
        <div className="filter-groups">
          <CheckGroup
            legend={t('group.theme')}
            options={bundle.themes.map((x) => ({ value: x.id, label: x.name }))}
            selected={filter.themes}
            onToggle={(v) => apply({ ...urlFilter, themes: toggleValue(urlFilter.themes, v) })}
          />
          <CheckGroup
            legend={t('group.action')}
            options={actionOptions}
            selected={filter.actions}
            onToggle={(v) => apply({ ...urlFilter, actions: toggleValue(urlFilter.actions, v) })}
          />
          <CheckGroup
            legend={t('group.assignee')}
            options={[
              ...bundle.people.map((p) => ({ value: p.id, label: p.name })),
              { value: NONE, label: t('noAssignee') },
            ]}
            selected={filter.assignees}
            onToggle={(v) =>
              apply({ ...urlFilter, assignees: toggleValue(urlFilter.assignees, v) })
            }
          />
          {variant === 'board' && (
            <CheckGroup
              legend={t('group.status')}
              options={STATUSES.map((s) => ({ value: s, label: tc(`status.${s}`) }))}
              selected={filter.statuses}
              onToggle={(v) =>
                apply({ ...urlFilter, statuses: toggleValue(urlFilter.statuses, v) })
              }
            />
          )}
          <CheckGroup
            legend={t('group.priority')}
            options={PRIORITIES.map((p) => ({ value: p, label: tc(`priority.${p}`) }))}
            selected={filter.priorities}
            onToggle={(v) =>
              apply({ ...urlFilter, priorities: toggleValue(urlFilter.priorities, v) })
            }
          />
          <CheckGroup
            legend={t('group.due')}
            options={DUE_FILTERS.map((d) => ({ value: d, label: t(`due.${d}`) }))}
            selected={filter.due}
            onToggle={(v) => apply({ ...urlFilter, due: toggleValue(urlFilter.due, v) })}
          />
          <CheckGroup
            legend={t('group.other')}
            options={[{ value: 'carried', label: t('carried'), hint: t('carriedHint') }]}
            selected={filter.carried ? ['carried'] : []}
            onToggle={() => apply({ ...urlFilter, carried: !urlFilter.carried })}
          />
        </div>
        <button
          type="button"
          className="filter-close"
          onClick={() => {
            setOpen(false);
            filtersRef.current?.focus();
          }}
        >
          {t('close')}
        </button>
      </div>
    </div>
  );
}
