import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { RoadmapTask } from '../../domain/roadmap';
import type { Task } from '../../domain/types';
import { dragId } from './useRoadmapDnd';

/** A clock: the late marker, drawn so that it needs no emoji font. */
export function LateIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M8 4.5V8l2.5 1.8"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function StatusDot({ status }: { status: Task['status'] }) {
  return <span className={`rm-dot rm-dot-${status}`} aria-hidden="true" />;
}

function TaskContent({ task }: { task: RoadmapTask }) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  return (
    <>
      <StatusDot status={task.status} />
      <span className="rm-title">{task.title}</span>
      <span className="visually-hidden">
        {t(task.late ? 'chipSuffixLate' : 'chipSuffix', { status: tc(`status.${task.status}`) })}
      </span>
      {task.blocked && (
        <span className="rm-blocked" aria-hidden="true" title={t('blocked')}>
          !
        </span>
      )}
      {task.late && !task.blocked && (
        <span className="rm-late" aria-hidden="true" title={t('late')}>
          <LateIcon />
        </span>
      )}
    </>
  );
}

export function DraggableTask({
  task,
  extra,
  onChoose,
  register,
}: {
  task: RoadmapTask;
  extra: string;
  onChoose: (id: string) => void;
  register: (id: string, el: HTMLButtonElement | null) => void;
}) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: dragId(task.id),
    data: { taskId: task.id },
  });
  return (
    <li className={`rm-task${isDragging ? ' rm-task-dragging' : ''}${extra}`}>
      <button
        type="button"
        className="rm-task-button"
        // The chip shows at most three lines of the title; the full title is a hover away.
        title={task.title}
        // Spelled out, so that no browser puts a space before the comma of the clamped title's box.
        aria-label={t(task.late ? 'chipNameLate' : 'chipName', {
          title: task.title,
          status: tc(`status.${task.status}`),
        })}
        ref={(el) => {
          setNodeRef(el);
          register(task.id, el);
        }}
        {...attributes}
        {...listeners}
        onClick={() => onChoose(task.id)}
      >
        <TaskContent task={task} />
      </button>
    </li>
  );
}

export function FrozenTask({ task, extra }: { task: RoadmapTask; extra: string }) {
  return (
    <li className={`rm-task rm-task-frozen${extra}`}>
      <span className="rm-task-static" title={task.title}>
        <TaskContent task={task} />
      </span>
    </li>
  );
}
