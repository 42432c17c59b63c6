import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanTasks, type PlanBundle } from '../db/live';
import { knownIdsOf, parseFilter } from '../domain/filter';
import {
  findTasks,
  paletteCommands,
  rankCommands,
  taskIndex,
  type PaletteAction,
  type PaletteCommand,
  type PaletteItem,
} from '../domain/palette';
import { useLang } from '../i18n/useLang';
import { useSearch } from '../lib/url';
import { useToasts } from '../state/toast';
import { Dialog } from '../ui/Dialog';
import { runPaletteAction } from './paletteRun';
import { usePlanReadOnly } from './usePlanAccess';
import { usePlanToday } from './usePlanView';
import { paletteMessages } from '../i18n/palette';
import { addMessages } from '../i18n/i18n';
import './palette.css';

// This screen's words load with it, not in the first load.
addMessages('palette', paletteMessages);

interface CommandPaletteProps {
  bundle: PlanBundle;
  /** Closes the palette; `refocus` false when the command itself moves the focus on. */
  onClose: (refocus?: boolean) => void;
  openTask: (taskId: string) => void;
  openShortcuts: () => void;
}

/**
 * The actions that put the focus somewhere new themselves (the board's add form). The others get
 * the focus back first, so a dialog they open (a task, the shortcuts) returns it there too.
 */
const MOVES_FOCUS: ReadonlySet<PaletteAction['kind']> = new Set(['newTask']);

/**
 * Ctrl+K: one field to reach every view, sprint, task and common action by typing. A WAI-ARIA
 * combobox: the focus stays in the field, ↑↓ move the active option (aria-activedescendant),
 * Enter runs it, Escape closes and puts the focus back where it was.
 */
export function CommandPalette({ bundle, onClose, openTask, openShortcuts }: CommandPaletteProps) {
  const { t } = useTranslation('palette');
  const { t: tc } = useTranslation();
  const { t: tb } = useTranslation('board');
  const { t: td } = useTranslation('dialog');
  const lang = useLang();
  const today = usePlanToday(bundle.plan);
  const readOnly = usePlanReadOnly(bundle.plan.id);
  const address = useSearch().toString();
  const blockedOn = useMemo(
    () => parseFilter(new URLSearchParams(address), knownIdsOf(bundle)).blocked,
    [address, bundle],
  );
  const tasks = usePlanTasks(bundle.plan.id);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const hintId = useId();

  const commands = useMemo(() => {
    const labelOf = (c: PaletteCommand): string => {
      const a = c.action;
      switch (a.kind) {
        case 'view':
          return t('view', { name: tc(VIEW_LABELS[a.view]) });
        case 'sprint':
          return t('sprint', { number: a.number });
        case 'groupBy':
          return t('groupBy', { name: tb(`group.${a.groupBy}`) });
        case 'newTask':
          return t('newTask', {
            theme: bundle.themes.find((x) => x.id === a.themeId)?.name ?? '',
          });
        case 'blocked':
          return blockedOn ? t('blockedOff') : t('blockedOn');
        case 'task':
          return '';
        default:
          return t(a.kind);
      }
    };
    return paletteCommands({
      sprints: bundle.sprints,
      themes: bundle.themes,
      canAdd: !readOnly,
    }).map((c): PaletteItem => ({ ...c, label: labelOf(c) }));
  }, [bundle.sprints, bundle.themes, readOnly, blockedOn, t, tc, tb]);

  const index = useMemo(() => taskIndex(tasks ?? []), [tasks]);
  const taskById = useMemo(() => new Map((tasks ?? []).map((x) => [x.id, x])), [tasks]);
  const sprintById = useMemo(() => new Map(bundle.sprints.map((s) => [s.id, s])), [bundle.sprints]);
  const results = useMemo((): PaletteItem[] => {
    const taskHits = findTasks(index, query).map((hit): PaletteItem => {
      const task = taskById.get(hit.id);
      const sprint = task?.sprintId ? sprintById.get(task.sprintId) : undefined;
      const where = sprint ? tc('sprint.name', { number: sprint.number }) : tc('sprint.backlog');
      return {
        key: `task-${hit.id}`,
        action: { kind: 'task', taskId: hit.id },
        words: [],
        label: `${t('task', { title: hit.title })} · ${where}`,
      };
    });
    return [...rankCommands(commands, query), ...taskHits];
  }, [commands, index, query, taskById, sprintById, t, tc]);

  const current = Math.min(active, Math.max(results.length - 1, 0));
  const optionId = (i: number) => `${listId}-${i}`;

  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  });

  const run = (item: PaletteItem | undefined) => {
    if (!item) return;
    onClose(!MOVES_FOCUS.has(item.action.kind));
    const tell = (message: string, tone: 'info' | 'error' = 'info') =>
      useToasts.getState().show(message, { tone });
    // After the palette is gone and the focus is back, so a dialog it opens returns there too.
    window.setTimeout(() => {
      runPaletteAction(item.action, {
        bundle,
        today,
        lang,
        openTask,
        openShortcuts,
        tell,
        text: { exported: (file) => t('exported', { file }), noSprint: t('noSprint') },
      }).catch(() => tell(t('failed'), 'error'));
    }, 0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (n === 0) return;
      setActive((current + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if ((e.key === 'Home' || e.key === 'End') && e.ctrlKey) {
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : n - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(results[current]);
    }
  };

  return (
    <Dialog title={t('title')} open onClose={() => onClose()} closeLabel={td('close')}>
      <div className="palette">
        <input
          type="text"
          className="palette-input"
          role="combobox"
          aria-label={t('search')}
          aria-describedby={hintId}
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={results.length > 0 ? listId : undefined}
          aria-activedescendant={results.length > 0 ? optionId(current) : undefined}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={hintId} className="palette-hint">
          {t('hint')}
        </p>
        <p role="status" className="visually-hidden">
          {query ? t('count', { count: results.length }) : ''}
        </p>
        {results.length > 0 ? (
          <ul role="listbox" id={listId} aria-label={t('results')} className="palette-list">
            {results.map((item, i) => (
              <li
                key={item.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                className="palette-option"
                onMouseMove={() => i !== current && setActive(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => run(item)}
              >
                {item.label}
              </li>
            ))}
          </ul>
        ) : (
          <p className="palette-none">{t('none')}</p>
        )}
      </div>
    </Dialog>
  );
}

const VIEW_LABELS = {
  bord: 'nav.board',
  'mijn-taken': 'nav.myTasks',
  geblokkeerd: 'nav.blocked',
  jaarplan: 'nav.yearPlan',
  roadmap: 'nav.roadmap',
  rapport: 'nav.report',
  instellingen: 'nav.settings',
  gegevens: 'nav.data',
} as const;
