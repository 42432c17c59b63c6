import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAuthor } from '../../../src/db/commands/identity';
import { updateTask } from '../../../src/db/commands/tasks';
import { planBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { authorKey } from '../../../src/db/write';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { MyTasksView } from '../../../src/features/mytasks/MyTasksView';
import { setClock } from '../../../src/lib/clock';

const DPIA = 'Opstellen van een DPIA M365 Copilot';

async function demo() {
  const rows = demoRows();
  await writePlanRows(rows);
  const bundle = (await planBundle(rows.plan.id))!;
  const person = (name: string) => bundle.people.find((p) => p.name === name)!;
  return { rows, bundle, person };
}

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  window.history.replaceState(null, '', '/?view=mijn-taken');
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('MyTasksView', () => {
  it('asks "Wie ben jij?" when this device has no person for the plan, and stores the choice as "Ik ben"', async () => {
    const { bundle, person } = await demo();
    render(<MyTasksView bundle={bundle} />);
    const form = await screen.findByRole('form', { name: 'Wie ben jij?' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Persoon' }), 'HR');
    await userEvent.click(within(form).getByRole('button', { name: 'Kiezen' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Taken van HR' }),
    ).toBeInTheDocument();
    expect((await db.meta.get(authorKey(bundle.plan.id)))?.value).toBe(person('HR').id);
  });

  it("lists only that person's tasks, grouped with open work first, blocked with reason and late in words", async () => {
    const { rows, bundle, person } = await demo();
    const me = person('Business-analist');
    await setAuthor(bundle.plan.id, me.id);
    const dpia = rows.tasks.find((x) => x.title === DPIA)!;
    await updateTask(dpia.id, { dueDate: '2025-05-15' });
    render(<MyTasksView bundle={bundle} />);

    await screen.findByRole('heading', { level: 2, name: 'Taken van Business-analist' });
    const mine = rows.tasks.filter((x) => x.assigneeIds.includes(me.id));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`${mine.length} taken`),
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'In uitvoering (2)',
      'Geblokkeerd (2)',
      'Gepland (6)',
    ]);
    const dpiaRow = screen.getByRole('button', { name: DPIA }).closest('li')!;
    expect(dpiaRow).toHaveTextContent('Te laat');
    const blocked = within(screen.getByRole('region', { name: 'Geblokkeerd (2)' }));
    expect(blocked.getAllByText(/^Geblokkeerd:/)).toHaveLength(2);
    expect(screen.getAllByText('Te laat')).toHaveLength(1);
  });

  it("hands the filter bar the person's tasks and opens the task dialog for a clicked title", async () => {
    const { bundle, person } = await demo();
    const me = person('Programmamanager');
    await setAuthor(bundle.plan.id, me.id);
    const renderFilters = vi.fn(() => <p>filters</p>);
    const renderTaskDialog = vi.fn((id: string) => <p>dialog {id}</p>);
    render(
      <MyTasksView
        bundle={bundle}
        renderFilters={renderFilters}
        renderTaskDialog={renderTaskDialog}
      />,
    );
    const title = await screen.findByRole('button', {
      name: 'Samenstelling en rollen kernteam wijzigen waar nodig',
    });
    await waitFor(() =>
      expect(renderFilters).toHaveBeenLastCalledWith(
        expect.arrayContaining([expect.objectContaining({ assigneeIds: [me.id] })]),
        expect.objectContaining({ number: 4 }),
      ),
    );
    const lastTasks = (
      renderFilters.mock.calls.at(-1) as unknown as [{ assigneeIds: string[] }[]]
    )[0];
    expect(lastTasks.every((x) => x.assigneeIds.includes(me.id))).toBe(true);
    await userEvent.click(title);
    expect(renderTaskDialog).toHaveBeenCalled();
    expect(screen.getByText(/^dialog /)).toBeInTheDocument();
  });

  it('"Andere persoon" shows the picker again with the current person chosen', async () => {
    const { bundle, person } = await demo();
    await setAuthor(bundle.plan.id, person('HR').id);
    render(<MyTasksView bundle={bundle} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Andere persoon' }));
    expect(screen.getByRole('combobox', { name: 'Persoon' })).toHaveValue(person('HR').id);
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Taken van HR' })).toBeInTheDocument();
  });
});
