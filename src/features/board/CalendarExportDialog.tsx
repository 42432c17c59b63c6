import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarEvents, calendarFileName, toIcs } from '../../domain/export/ics';
import type { Sprint, Task } from '../../domain/types';
import { usePlanTasks, type PlanBundle } from '../../db/live';
import { now } from '../../lib/clock';
import { downloadBlob } from '../../lib/download';
import { useLang } from '../../i18n/useLang';
import { wallMessages } from '../../i18n/wall';
import { Dialog } from '../../ui/Dialog';
import { useReturnFocus } from '../../ui/useReturnFocus';

interface CalendarExportDialogProps {
  bundle: PlanBundle;
  /** The board's sprint: what the filter's "Deze sprint" refers to. */
  sprint: Sprint | null;
  /** The board's filter, applied to all the plan's tasks for their due dates. */
  filterTasks?: (tasks: Task[], sprint: Sprint | null) => Task[];
  onClose: () => void;
}

/** "Agenda exporteren (.ics)": every sprint as an all-day event, and the due dates if asked. */
export function CalendarExportDialog({
  bundle,
  sprint,
  filterTasks,
  onClose,
}: CalendarExportDialogProps) {
  const { t } = useTranslation('wall');
  const lang = useLang();
  const all = usePlanTasks(bundle.plan.id);
  const [dueDates, setDueDates] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  useReturnFocus();
  const tasks = useMemo(() => {
    const list = all ?? [];
    return filterTasks ? filterTasks(list, sprint) : list;
  }, [all, filterTasks, sprint]);
  const withDue = tasks.filter((task) => task.dueDate !== null).length;

  const download = () => {
    // The raw templates: the domain fills them in per sprint and per task.
    const { sprint: sprintWord, goal, noGoal, due } = wallMessages[lang].ics;
    const words = { sprint: sprintWord, goal, noGoal, due };
    const text = toIcs({
      name: bundle.plan.name,
      stamp: now(),
      events: calendarEvents(bundle.sprints, tasks, dueDates, words),
    });
    const file = calendarFileName(bundle.plan.name);
    downloadBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), file);
    setDone(t('ics.done', { file }));
  };

  return (
    <Dialog open title={t('ics.title')} onClose={onClose} closeLabel={t('ics.close')}>
      <p>{t('ics.intro')}</p>
      <label className="ics-due">
        <input
          type="checkbox"
          data-autofocus
          checked={dueDates}
          onChange={(e) => {
            setDueDates(e.target.checked);
            setDone(null);
          }}
        />{' '}
        {t('ics.dueDates')}{' '}
        <span>({all === undefined ? t('loading') : t('ics.dueCount', { count: withDue })})</span>
      </label>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={dueDates && all === undefined}
          onClick={download}
        >
          {t('ics.download')}
        </button>
      </div>
      <p role="status">{done ?? ''}</p>
    </Dialog>
  );
}
