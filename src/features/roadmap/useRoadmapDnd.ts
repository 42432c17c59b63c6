import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DndContextProps,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../domain/types';
import { cellKeyboardCoordinates } from './cellNavigation';

/** What a roadmap cell tells a drop: where the task is to go. */
export interface CellData {
  rowKey: string;
  sprintId: string | null;
}

export const dragId = (taskId: string) => `taak:${taskId}`;
const taskIdOf = (id: UniqueIdentifier) => String(id).replace(/^taak:/, '');

// Pointer drops go to the cell under the pointer; keyboard drops to the cell the task is moved onto.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : closestCenter(args);
};

export interface RoadmapDnd {
  /** Spread on the DndContext. */
  context: Pick<
    DndContextProps,
    | 'sensors'
    | 'collisionDetection'
    | 'onDragStart'
    | 'onDragEnd'
    | 'onDragCancel'
    | 'accessibility'
  >;
  /** The task being dragged, for the overlay. */
  dragged: Task | undefined;
}

/**
 * Dragging a task chip to another cell with mouse, touch or keyboard, spoken as it goes.
 * `cellLabels` names the cells by their droppable id; `onDrop` does the move.
 */
export function useRoadmapDnd(
  taskById: ReadonlyMap<string, Task>,
  cellLabels: ReadonlyMap<string, string>,
  onDrop: (task: Task, sprintId: string | null, rowKey: string) => Promise<unknown>,
  readOnly = false,
): RoadmapDnd {
  const { t } = useTranslation('roadmap');
  const [activeTask, setActiveTask] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    // Enter opens the list to move a task, so only Space picks one up.
    useSensor(KeyboardSensor, {
      coordinateGetter: cellKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  // A plan opened with a read-only link: nothing can be picked up.
  const noSensors = useSensors();

  const titleOf = (id: UniqueIdentifier) => taskById.get(taskIdOf(id))?.title ?? '';
  const target = (id: UniqueIdentifier) => cellLabels.get(String(id)) ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('dnd.over', { title: titleOf(active.id), target: target(over.id) })
        : t('dnd.overNone', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('dnd.end', { title: titleOf(active.id), target: target(over.id) })
        : t('dnd.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('dnd.cancel', { title: titleOf(active.id) }),
  };

  const onDragEnd = async (e: DragEndEvent) => {
    setActiveTask(null);
    const task = taskById.get(taskIdOf(e.active.id));
    const data = e.over?.data.current as CellData | undefined;
    if (!task || !data) return;
    await onDrop(task, data.sprintId, data.rowKey);
  };

  return {
    context: {
      sensors: readOnly ? noSensors : sensors,
      collisionDetection: collision,
      onDragStart: (e) => setActiveTask(taskIdOf(e.active.id)),
      onDragEnd: (e) => void onDragEnd(e),
      onDragCancel: () => setActiveTask(null),
      accessibility: {
        announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      },
    },
    dragged: activeTask ? taskById.get(activeTask) : undefined,
  };
}
