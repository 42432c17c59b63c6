import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  checkDates,
  checkTitle,
  daysBlocked,
  historyFor,
  isLate,
  withStatus,
} from '../../src/domain/tasks';
import { needsRebalance, rankBetween, rebalance } from '../../src/domain/ordering';
import { aTask } from '../builders';

const NOW = '2025-05-20T10:00:00.000Z';

describe('checkTitle', () => {
  it.each([
    ['', { ok: false, problem: 'empty' }],
    ['   \t ', { ok: false, problem: 'empty' }],
    ['  DPIA  opstellen ', { ok: true, title: 'DPIA opstellen' }],
    ['x'.repeat(500), { ok: true, title: 'x'.repeat(500) }],
    ['x'.repeat(10000), { ok: false, problem: 'too-long' }],
    ['<script>alert(1)</script>', { ok: true, title: '<script>alert(1)</script>' }],
    ['AI 🤖 مرحبا', { ok: true, title: 'AI 🤖 مرحبا' }],
  ])('%#: %s', (raw, verdict) => expect(checkTitle(raw)).toEqual(verdict));
});

describe('checkDates', () => {
  it.each([
    [null, null, null],
    ['2025-05-01', '2025-05-31', null],
    ['2025-05-31', '2025-05-01', 'due-before-start'],
    [null, '2025-05-01', null],
  ])('start %s due %s → %s', (s, d, r) => expect(checkDates(s, d)).toBe(r));
});

describe('withStatus', () => {
  it('starts the blocked clock and keeps the reason given with the move', () => {
    const t = applyPatch(
      aTask({ status: 'in-uitvoering' }),
      { status: 'geblokkeerd', blockedReason: 'Wacht op DPO' },
      '2025-05-20',
      NOW,
    );
    expect(t).toMatchObject({
      status: 'geblokkeerd',
      blockedSince: '2025-05-20',
      blockedReason: 'Wacht op DPO',
    });
  });
  it('clears blocked data when unblocked', () => {
    const blocked = aTask({
      status: 'geblokkeerd',
      blockedSince: '2025-05-01',
      blockedReason: 'x',
      blockedBy: ['a'],
    });
    expect(withStatus(blocked, 'in-uitvoering', '2025-05-20', NOW)).toMatchObject({
      blockedSince: null,
      blockedReason: '',
      blockedBy: [],
    });
  });
  it('stamps and clears completion', () => {
    const done = withStatus(aTask(), 'afgerond', '2025-05-20', NOW);
    expect(done.completedAt).toBe(NOW);
    expect(withStatus(done, 'gepland', '2025-05-21', NOW).completedAt).toBeNull();
  });
  it('changes nothing for the same status', () => {
    const t = aTask({ status: 'gepland' });
    expect(withStatus(t, 'gepland', '2025-05-20', NOW)).toBe(t);
  });
});

describe('daysBlocked and isLate', () => {
  it.each([
    [{ status: 'geblokkeerd', blockedSince: '2025-05-12' }, '2025-05-20', 8],
    [{ status: 'geblokkeerd', blockedSince: '2025-03-28' }, '2025-03-31', 3],
    [{ status: 'gepland', blockedSince: null }, '2025-05-20', null],
  ] as const)('%o on %s → %s', (t, today, days) => expect(daysBlocked(t, today)).toBe(days));

  it.each([
    [{ status: 'gepland', dueDate: '2025-05-19' }, true],
    [{ status: 'gepland', dueDate: '2025-05-20' }, false],
    [{ status: 'afgerond', dueDate: '2025-05-01' }, false],
    [{ status: 'gepland', dueDate: null }, false],
  ] as const)('%o late on 2025-05-20: %s', (t, late) => expect(isLate(t, '2025-05-20')).toBe(late));
});

describe('historyFor', () => {
  it('records creation, deletion and each tracked field', () => {
    const before = aTask({ status: 'gepland', sprintId: 's4', assigneeIds: ['a'] });
    const after = {
      ...before,
      status: 'afgerond' as const,
      sprintId: 's5',
      themeId: 't2',
      assigneeIds: ['a', 'b'],
      title: 'ander',
    };
    expect(historyFor(null, before, NOW)).toEqual([
      { planId: 'plan-1', taskId: 'task-1', at: NOW, field: 'created', from: null, to: 'gepland' },
    ]);
    expect(historyFor(before, null, NOW)[0]).toMatchObject({ field: 'deleted', from: 'gepland' });
    expect(historyFor(before, after, NOW).map((h) => [h.field, h.from, h.to])).toEqual([
      ['status', 'gepland', 'afgerond'],
      ['sprintId', 's4', 's5'],
      ['themeId', 'theme-1', 't2'],
      ['assigneeIds', ['a'], ['a', 'b']],
    ]);
  });
  it('records nothing for an untracked change', () => {
    const before = aTask();
    expect(historyFor(before, { ...before, title: 'x' }, NOW)).toEqual([]);
  });
});

describe('ordering', () => {
  it.each([
    [undefined, undefined, 1024],
    [undefined, 1024, 0],
    [1024, undefined, 2048],
    [1024, 2048, 1536],
  ])('between %s and %s → %s', (a, b, r) => expect(rankBetween(a, b)).toBe(r));
  it('detects exhausted gaps', () => {
    expect(needsRebalance(1, 1 + 1e-12)).toBe(true);
    expect(needsRebalance(1, 2)).toBe(false);
    expect(rebalance(3)).toEqual([1024, 2048, 3072]);
  });
});
