import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { planBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { SprintHeader } from '../../../src/features/board/SprintHeader';

const LONG_GOAL =
  'De AI-strategie is goedgekeurd door het college, het AI-register is aangevuld met alle lopende toepassingen en elke directie heeft een aanspreekpunt voor verantwoord AI-gebruik aangeduid.';

async function renderSprint4() {
  const rows = demoRows();
  await writePlanRows(rows);
  const bundle = (await planBundle(rows.plan.id))!;
  const sprint = { ...bundle.sprints.find((s) => s.number === 4)!, goal: LONG_GOAL };
  await db.sprints.put(sprint);
  render(
    <SprintHeader
      sprints={bundle.sprints}
      sprint={sprint}
      tasks={[]}
      shown={0}
      today="2025-05-20"
      onSelect={() => undefined}
      onClose={() => undefined}
    />,
  );
  return sprint;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('SprintHeader goal', () => {
  it('shows a long goal whole in a text area that wraps, not a one-line input', async () => {
    await renderSprint4();
    const goal = screen.getByRole('textbox', { name: 'Sprintdoel' });
    expect(goal.tagName).toBe('TEXTAREA');
    expect(goal).toHaveValue(LONG_GOAL);
  });

  it('says the goal was saved after Enter, and stores it', async () => {
    const sprint = await renderSprint4();
    const user = userEvent.setup();
    const goal = screen.getByRole('textbox', { name: 'Sprintdoel' });
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.clear(goal);
    await user.type(goal, 'Sprint 5 plannen uit de backlog{Enter}');
    expect(await screen.findByText('✓ Sprintdoel bewaard')).toBeInTheDocument();
    expect(goal).toHaveAccessibleDescription('✓ Sprintdoel bewaard');
    await waitFor(async () =>
      expect((await db.sprints.get(sprint.id))!.goal).toBe('Sprint 5 plannen uit de backlog'),
    );
    // Typing again takes the sign away until the next save.
    await user.type(goal, '!');
    expect(screen.queryByText('✓ Sprintdoel bewaard')).toBeNull();
  });
});
