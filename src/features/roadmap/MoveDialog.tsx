import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange } from '../../i18n/dates';
import type { Language } from '../../i18n/i18n';
import { BACKLOG_COLUMN, type RoadmapRowKind } from '../../domain/roadmap';
import type { Sprint, Task } from '../../domain/types';
import { navigate } from '../../lib/url';
import { Dialog } from '../../ui/Dialog';

export interface MoveDialogProps {
  task: Task;
  rowKind: RoadmapRowKind;
  rowOptions: ReadonlyArray<{ key: string; label: string; group: string }>;
  currentRow: string;
  sprints: readonly Sprint[];
  lang: Language;
  onMove: (sprintId: string | null, rowKey: string) => Promise<boolean>;
  onClose: () => void;
}

/** The keyboard- and touch-friendly way to reschedule: pick a sprint and a row from lists. */
export function MoveDialog({
  task,
  rowKind,
  rowOptions,
  currentRow,
  sprints,
  lang,
  onMove,
  onClose,
}: MoveDialogProps) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const [sprintId, setSprintId] = useState(task.sprintId ?? BACKLOG_COLUMN);
  const [rowKey, setRowKey] = useState(currentRow);
  const [nothing, setNothing] = useState(false);
  const open = sprints.filter((s) => s.closedAt === null || s.id === task.sprintId);
  const groups = [...new Set(rowOptions.map((o) => o.group))];
  const shownSprint = sprints.find((s) => s.id === task.sprintId);
  return (
    <Dialog
      open
      title={t('move.title', { title: task.title })}
      closeLabel={t('move.cancel')}
      onClose={onClose}
    >
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const moved = await onMove(sprintId === BACKLOG_COLUMN ? null : sprintId, rowKey);
          if (moved) onClose();
          else setNothing(true);
        }}
      >
        <label className="field">
          <span>{t('move.sprint')}</span>
          <select
            autoFocus
            data-autofocus
            value={sprintId}
            onChange={(e) => {
              setSprintId(e.target.value);
              setNothing(false);
            }}
          >
            {open.map((s) => (
              <option key={s.id} value={s.id}>
                {tc('sprint.option', {
                  number: s.number,
                  range: formatRange(s.start, s.end, lang),
                })}
              </option>
            ))}
            <option value={BACKLOG_COLUMN}>{t('backlog')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t(`move.row.${rowKind}`)}</span>
          <select
            value={rowKey}
            onChange={(e) => {
              setRowKey(e.target.value);
              setNothing(false);
            }}
          >
            {rowKind === 'themes'
              ? rowOptions.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label}
                  </option>
                ))
              : groups.map((g) => (
                  <optgroup key={g} label={g}>
                    {rowOptions
                      .filter((o) => o.group === g)
                      .map((o) => (
                        <option key={o.key} value={o.key}>
                          {o.label}
                        </option>
                      ))}
                  </optgroup>
                ))}
          </select>
        </label>
        {nothing && (
          <p role="alert" className="field-error">
            {t('move.nothing')}
          </p>
        )}
        <div className="dialog-actions rm-dialog-actions">
          {shownSprint && (
            <a
              href={`?view=bord&sprint=${shownSprint.number}`}
              className="rm-board-link"
              onClick={(e) => {
                e.preventDefault();
                navigate((p) => {
                  p.set('view', 'bord');
                  p.set('sprint', String(shownSprint.number));
                });
              }}
            >
              {t('move.openBoard', { sprint: tc('sprint.name', { number: shownSprint.number }) })}
            </a>
          )}
          <button type="submit" className="primary">
            {t('move.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('move.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
