import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { dumpDatabase, putStoredRows } from './durability-helpers';
import { expect, openBoard, test } from './fixtures';

const NOW = '2025-05-01T08:00:00.000Z';
const PLAN = 'Jaarplan hersteld';

function task(id: string, title: string, fields: Record<string, unknown>) {
  return {
    id,
    planId: 'plan-1',
    themeId: 'theme-1',
    actionId: null,
    title,
    description: '',
    status: 'gepland',
    sprintId: null,
    assigneeIds: [],
    dueDate: null,
    startDate: null,
    priority: 'normaal',
    checklist: [],
    notes: [],
    blockedReason: '',
    blockedSince: null,
    blockedBy: [],
    rank: 1024,
    carryOverCount: 0,
    phase: null,
    plannerId: null,
    createdAt: NOW,
    updatedAt: NOW,
    completedAt: null,
    ...fields,
  };
}

/** A backup whose tasks point at a theme, a sprint and an action that are not in it. */
function damagedBackup(withThemes: boolean) {
  return {
    format: 'sprintbord-backup',
    version: 1,
    exportedAt: NOW,
    schemaVersion: 1,
    data: {
      plans: [
        {
          id: 'plan-1',
          name: PLAN,
          year: 2025,
          sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
          createdAt: NOW,
          updatedAt: NOW,
        },
      ],
      themes: withThemes
        ? [
            {
              id: 'theme-1',
              planId: 'plan-1',
              label: 'strategie',
              name: 'Strategie',
              color: '#1f5fa8',
              order: 1,
              updatedAt: NOW,
            },
          ]
        : [],
      actions: [],
      tasks: [
        task('t-label', 'Wees zonder label', { themeId: 'label-weg' }),
        task('t-sprint', 'Wees zonder sprint', { sprintId: 'sprint-weg' }),
        task('t-actie', 'Wees zonder actie', { actionId: 'actie-weg' }),
      ],
      sprints: [
        {
          id: 'sprint-1',
          planId: 'plan-1',
          number: 1,
          name: '',
          start: '2025-01-06',
          end: '2025-02-16',
          lengthWeeks: null,
          goal: '',
          closedAt: null,
          snapshot: null,
        },
      ],
      people: [],
      history: [],
    },
  };
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

const treeitem = (scope: Page | Locator, name: string) =>
  scope.getByRole('treeitem', { name, exact: true });

async function restore(page: Page, backup: unknown, repairs: string[]) {
  await openBoard(page, '/?view=gegevens');
  await page.getByLabel('Back-upbestand kiezen (.json)').setInputFiles({
    name: 'beschadigd.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const list = page.getByRole('list', { name: /herstellingen bij het terugzetten/ });
  await expect(list.getByRole('listitem')).toHaveText(repairs);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ja, alles vervangen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN);
}

/** Changes one stored task under the app, the way another tab or an older version could have. */
async function damageStoredTask(page: Page, title: string, damage: Record<string, unknown>) {
  const task = (await dumpDatabase(page)).tasks!.find((t) => t.title === title)!;
  await putStoredRows(page, 'tasks', [{ ...task, ...damage }]);
}

async function findInYearPlan(page: Page, theme: string, title: string) {
  await page.goto('/?view=jaarplan');
  await expect(treeitem(treeitem(page, theme), title)).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Zoeken' });
  await search.fill(title);
  await expect(page.getByRole('treeitem', { name: title, exact: true })).toHaveCount(1);
  await expect(treeitem(treeitem(page, theme), title)).toBeVisible();
}

test('restores a backup with a missing theme, sprint and action, after listing the repairs, and every orphan is in the year plan', async ({
  page,
}) => {
  await restore(page, damagedBackup(true), [
    'Label “Zonder label” aangemaakt voor taken en acties waarvan het label ontbrak.',
    'Taak “Wees zonder label”: het label ontbrak (label-weg); de taak staat nu onder “Zonder label”.',
    'Taak “Wees zonder sprint”: de sprint bestond niet (sprint-weg); de taak staat nu in de backlog.',
    'Taak “Wees zonder actie”: de actie bestond niet (actie-weg) en is weggehaald.',
  ]);
  await findInYearPlan(page, 'Zonder label', 'Wees zonder label');
  await findInYearPlan(page, 'Strategie', 'Wees zonder sprint');
  await findInYearPlan(page, 'Strategie', 'Wees zonder actie');
});

test('restores a backup without any theme with every task under "Zonder label"', async ({
  page,
}) => {
  await restore(page, damagedBackup(false), [
    'Label “Zonder label” aangemaakt voor taken en acties waarvan het label ontbrak.',
    'Taak “Wees zonder label”: het label ontbrak (label-weg); de taak staat nu onder “Zonder label”.',
    'Taak “Wees zonder sprint”: het label ontbrak (theme-1); de taak staat nu onder “Zonder label”.',
    'Taak “Wees zonder sprint”: de sprint bestond niet (sprint-weg); de taak staat nu in de backlog.',
    'Taak “Wees zonder actie”: het label ontbrak (theme-1); de taak staat nu onder “Zonder label”.',
    'Taak “Wees zonder actie”: de actie bestond niet (actie-weg) en is weggehaald.',
  ]);
  for (const title of ['Wees zonder label', 'Wees zonder sprint', 'Wees zonder actie'])
    await findInYearPlan(page, 'Zonder label', title);
});

test('on start, repairs a stored task whose theme is gone and says so once, with "Back-up maken" beside it', async ({
  page,
}) => {
  await openBoard(page);
  // Damage the stored plan the way another tab or an older version could have left it.
  await damageStoredTask(page, 'Opstellen van een DPIA M365 Copilot', {
    themeId: 'label-weg',
    actionId: null,
  });
  await page.reload();
  const notice = page.getByRole('region', { name: 'Gegevens hersteld' });
  await expect(notice.getByRole('listitem')).toHaveText([
    'Label “Zonder label” aangemaakt voor taken en acties waarvan het label ontbrak.',
    'Taak “Opstellen van een DPIA M365 Copilot”: het label ontbrak (label-weg); de taak staat nu onder “Zonder label”.',
  ]);
  await expect(notice.getByRole('button', { name: 'Back-up maken' })).toBeVisible();
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Sluiten' }).click();
  await expect(notice).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarplan AI 2025');
  await expect(page.getByRole('region', { name: 'Gegevens hersteld' })).toHaveCount(0);
  await findInYearPlan(page, 'Zonder label', 'Opstellen van een DPIA M365 Copilot');
});

test('a board that meets an unreadable checklist on start shows the card again once the check on start has repaired it', async ({
  page,
}) => {
  await openBoard(page);
  const firstCard = page.locator('.card-title').first();
  await expect(firstCard).toBeVisible();
  const title = (await firstCard.textContent())!;
  await damageStoredTask(page, title, { checklist: null });
  await page.reload();
  const notice = page.getByRole('region', { name: 'Gegevens hersteld' });
  await expect(notice.getByRole('listitem')).toHaveCount(1);
  await expect(notice.getByRole('listitem')).toContainText(title);
  await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Er ging iets mis/ })).toHaveCount(0);
});
