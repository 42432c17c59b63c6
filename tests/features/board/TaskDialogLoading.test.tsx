import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TaskDialog } from '../../../src/features/board/TaskDialog';
import { planBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { setClock } from '../../../src/lib/clock';

// The dialog's form loads when a task is first opened; here its code never arrives, so the test
// sees the dialog as it stands while the chunk is on its way, without timing.
vi.mock('../../../src/features/board/TaskForm', () => new Promise(() => {}));

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T09:00:00Z'));
  await db.delete();
  await db.open();
});

describe('TaskDialog while its form loads', () => {
  it('shows the task’s title with "Taak laden…" and its close button, not an empty dialog', async () => {
    const rows = demoRows();
    await writePlanRows(rows);
    const task = rows.tasks.find((t) => t.title === 'Opstellen van een DPIA M365 Copilot')!;
    const onClose = vi.fn();
    render(
      <TaskDialog taskId={task.id} bundle={(await planBundle(rows.plan.id))!} onClose={onClose} />,
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Opstellen van een DPIA M365 Copilot',
    });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Taak laden…');
    expect(within(dialog).queryByRole('textbox', { name: 'Titel' })).toBeNull();
    within(dialog).getByRole('button', { name: 'Sluiten' }).click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
