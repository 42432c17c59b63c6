import { act, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TaskCard } from '../../../src/features/board/TaskCard';
import type { Task } from '../../../src/domain/types';
import { aPerson, aTask, aTheme } from '../../builders';

const TODAY = '2025-05-20';
const people = new Map([
  ['p1', aPerson({ id: 'p1', name: 'Programmamanager', initials: 'PM' })],
  ['p2', aPerson({ id: 'p2', name: 'Business-analist', initials: 'BA' })],
]);

function renderCard(task: Task, showStatus = true) {
  const onOpen = vi.fn();
  render(
    <TaskCard
      task={task}
      theme={aTheme()}
      people={people}
      showStatus={showStatus}
      today={TODAY}
      onOpen={onOpen}
    />,
  );
  return onOpen;
}

describe('TaskCard', () => {
  it('shows what a Planner card shows: label, title, status, due date, people, checklist and notes', () => {
    renderCard(
      aTask({
        title: 'AI-readiness-enquête invullen',
        status: 'in-uitvoering',
        dueDate: '2025-06-08',
        assigneeIds: ['p1', 'p2'],
        checklist: [
          { id: 'c1', title: 'Vragen lezen', done: true },
          { id: 'c2', title: 'Antwoorden', done: true },
          { id: 'c3', title: 'Indienen', done: false },
        ],
        notes: [{ id: 'n1', date: '2025-05-02', text: 'Gestart' }],
      }),
    );
    expect(
      screen.getByRole('button', { name: 'AI-readiness-enquête invullen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('strategie')).toBeInTheDocument();
    expect(screen.getByText('In uitvoering')).toBeInTheDocument();
    expect(screen.getByText('08-06')).not.toHaveClass('due-late');
    expect(
      screen.getByText('Checklist 2 van 3', { selector: '.visually-hidden' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 notitie')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Toegewezen aan' });
    expect(within(group).getByText('PM')).toBeInTheDocument();
    expect(within(group).getByText('BA')).toBeInTheDocument();
  });

  it.each([
    { due: '2025-05-19', late: true },
    { due: '2025-05-20', late: false },
    { due: '2025-05-21', late: false },
  ])('marks the due date $due as late: $late', ({ due, late }) => {
    renderCard(aTask({ status: 'gepland', dueDate: due }));
    const [, mm, dd] = due.split('-');
    const date = screen.getByText(`${dd}-${mm}`);
    if (late) {
      expect(date).toHaveClass('due-late');
      expect(screen.getByText('(te laat)', { exact: false })).toBeInTheDocument();
    } else expect(date).not.toHaveClass('due-late');
  });

  it('never shows a done task as late', () => {
    renderCard(
      aTask({ status: 'afgerond', dueDate: '2025-05-01', completedAt: '2025-05-02T10:00:00.000Z' }),
    );
    expect(screen.getByText('01-05')).not.toHaveClass('due-late');
  });

  it('marks a blocked task with its days blocked and a carried-over task with its count', () => {
    renderCard(
      aTask({
        status: 'geblokkeerd',
        blockedReason: 'Wacht op DPO',
        blockedSince: '2025-05-10',
        carryOverCount: 2,
      }),
    );
    expect(screen.getByText('Geblokkeerd, 10 dagen')).toBeInTheDocument();
    expect(screen.getByText('2× doorgeschoven')).toBeInTheDocument();
  });

  it('says its status, priority, late date and people in English after the language is switched', async () => {
    renderCard(
      aTask({
        status: 'geblokkeerd',
        priority: 'urgent',
        dueDate: '2025-05-01',
        assigneeIds: ['p1'],
      }),
    );
    expect(screen.getByText('Geblokkeerd')).toBeInTheDocument();
    try {
      await act(() => i18next.changeLanguage('en'));
      expect(screen.getByText('Blocked')).toBeInTheDocument();
      expect(screen.getByText('Urgent')).toBeInTheDocument();
      expect(screen.getByText('(late)', { exact: false })).toBeInTheDocument();
      expect(screen.getByRole('group', { name: 'Assigned to' })).toBeInTheDocument();
    } finally {
      await act(() => i18next.changeLanguage('nl'));
    }
  });

  it('hides the status when the board is grouped by status', () => {
    renderCard(aTask({ status: 'gepland' }), false);
    expect(screen.queryByText('Gepland')).not.toBeInTheDocument();
  });

  it('opens with Enter on the focused title and with a click anywhere on the card', async () => {
    const user = userEvent.setup();
    const onOpen = renderCard(aTask({ id: 'task-9', title: 'DPIA' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'DPIA' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('task-9');
    await user.click(screen.getByText('strategie'));
    expect(onOpen).toHaveBeenCalledTimes(2);
  });
});
