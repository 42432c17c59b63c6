import type { Locator, Page } from '@playwright/test';
import {
  dragByKeyboard,
  expect,
  expectNoAxeViolations,
  openBoard,
  PLANNER_FIXTURE,
  switchToEnglish,
  test,
} from './fixtures';

// Every view and every dialog, in Dutch and in English: zero axe violations (WCAG 2.1 A/AA and
// unique landmark names). The words a user sees differ per language; the plan's data does not.

const ROLLEN = 'AI-rollen, processen en verantwoordelijkheden';
const DPIA = 'Opstellen van een DPIA M365 Copilot';
const MJP = 'Opvolgen (opmaak van) MJP';
const WERKING = 'Werking en samenstelling AI-kernteam';

type Lang = 'nl' | 'en';

const WORDS = {
  nl: {
    nav: 'Hoofdnavigatie',
    views: {
      bord: 'Bord',
      'mijn-taken': 'Mijn taken',
      geblokkeerd: 'Alle geblokkeerde taken',
      jaarplan: 'Jaarplan',
      roadmap: 'Roadmap',
      rapport: 'Sprintrapport',
      instellingen: 'Instellingen',
      gegevens: 'Gegevens',
    },
    column: (name: string) => new RegExp(`^${escape(name)}, \\d+ ta(ak|ken)$`),
    groupBy: 'Groeperen op',
    inProgress: 'In uitvoering',
    blocked: 'Geblokkeerd',
    blockReason: 'Reden blokkering',
    deleteTask: 'Taak verwijderen',
    sure: 'Weet je het zeker?',
    closeSprint: 'Sprint afsluiten',
    wipLimit: (name: string) => `WIP-limiet instellen voor ${name}`,
    planSprint: 'Sprint plannen',
    backlogPanel: 'Backlog om te plannen',
    move: (title: string) => `„${title}” verplaatsen`,
    edit: (title: string) => `${title} bewerken`,
    deleteAction: 'Actie verwijderen',
    deleteLabel: 'Label Verandermanagement verwijderen',
    resetDemo: 'Demo-jaarplan herstellen',
    nextYear: 'Volgend jaarplan starten',
    backup: 'Back-up maken',
    backupFile: 'Back-upbestand kiezen (.json)',
    replace: 'Alle huidige gegevens vervangen?',
    plannerFile: 'Planner-export kiezen (.xlsx)',
    preview: 'Voorbeeld van de import',
  },
  en: {
    nav: 'Main navigation',
    views: {
      bord: 'Board',
      'mijn-taken': 'My tasks',
      geblokkeerd: 'All blocked tasks',
      jaarplan: 'Year plan',
      roadmap: 'Roadmap',
      rapport: 'Sprint report',
      instellingen: 'Settings',
      gegevens: 'Data',
    },
    column: (name: string) => new RegExp(`^${escape(name)}, \\d+ tasks?$`),
    groupBy: 'Group by',
    inProgress: 'In progress',
    blocked: 'Blocked',
    blockReason: 'Reason for blocking',
    deleteTask: 'Delete task',
    sure: 'Are you sure?',
    closeSprint: 'Close sprint',
    wipLimit: (name: string) => `Set WIP limit for ${name}`,
    planSprint: 'Plan the sprint',
    backlogPanel: 'Backlog to plan',
    move: (title: string) => `Move “${title}”`,
    edit: (title: string) => `Edit ${title}`,
    deleteAction: 'Delete action',
    deleteLabel: 'Delete label Verandermanagement',
    resetDemo: 'Restore demo year plan',
    nextYear: 'Start next year’s plan',
    backup: 'Make a backup',
    backupFile: 'Choose a backup file (.json)',
    replace: 'Replace all current data?',
    plannerFile: 'Choose a Planner export (.xlsx)',
    preview: 'Import preview',
  },
};

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function open(page: Page, lang: Lang) {
  await openBoard(page);
  if (lang === 'en') await switchToEnglish(page);
}

type View = keyof (typeof WORDS)['nl']['views'];

async function goTo(page: Page, lang: Lang, view: View) {
  await page
    .getByRole('navigation', { name: WORDS[lang].nav })
    .getByRole('link', {
      // The whole-plan blocked tab carries its count: "Alle geblokkeerde taken (7)".
      name:
        view === 'geblokkeerd'
          ? new RegExp(`^${escape(WORDS[lang].views[view])} \\(\\d+\\)$`)
          : WORDS[lang].views[view],
      exact: true,
    })
    .click();
  await expect(page).toHaveURL(new RegExp(`view=${view}`));
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
}

/** Closes a dialog with Escape, as a keyboard user would, and waits until it is gone. */
async function dismiss(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

for (const lang of ['nl', 'en'] as const) {
  const w = WORDS[lang];

  test.describe(`in ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
    // A full axe scan of the board takes seconds on a busy two-core machine, and these run many.
    test.describe.configure({ timeout: 180_000 });

    test('the board has zero axe violations', async ({ page }) => {
      await open(page, lang);
      await expect(page.getByRole('region', { name: w.column(ROLLEN) })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('the planning view (backlog beside the sprint, load per person) has zero axe violations', async ({
      page,
    }) => {
      await open(page, lang);
      await page.getByRole('button', { name: w.planSprint }).click();
      const panel = page.getByRole('region', { name: w.backlogPanel });
      await expect(panel.getByRole('listitem').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    // What each view shows once its data is read, so the scan sees the whole view.
    const ready: Record<Exclude<View, 'bord'>, (page: Page) => Locator> = {
      'mijn-taken': (page) => page.getByRole('main').getByRole('combobox'),
      geblokkeerd: (page) => page.getByRole('main').getByRole('table'),
      jaarplan: (page) => page.getByRole('tree'),
      roadmap: (page) => page.getByRole('main').getByRole('table').first(),
      rapport: (page) => page.getByRole('main').getByRole('table').first(),
      instellingen: (page) => page.getByRole('main').getByRole('heading', { level: 2 }).first(),
      gegevens: (page) => page.getByRole('main').getByRole('heading', { level: 2 }).first(),
    };
    for (const [view, shown] of Object.entries(ready)) {
      test(`${w.views[view as View]} has zero axe violations`, async ({ page }) => {
        await open(page, lang);
        await goTo(page, lang, view as View);
        await expect(shown(page)).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }

    test('the board dialogs have zero axe violations: task, delete, block reason, sprint close, WIP limit', async ({
      page,
    }) => {
      await open(page, lang);
      const rollen = page.getByRole('region', { name: w.column(ROLLEN) });
      await rollen.getByRole('button', { name: DPIA }).click();
      const task = page.getByRole('dialog', { name: DPIA });
      await expect(task).toBeVisible();
      await expectNoAxeViolations(page);
      await task.getByRole('button', { name: w.deleteTask }).click();
      await expect(task.getByRole('group', { name: w.sure })).toBeVisible();
      await expectNoAxeViolations(page);
      await dismiss(page);

      await page.getByRole('combobox', { name: w.groupBy }).selectOption('status');
      const card = page
        .getByRole('region', { name: w.column(w.inProgress) })
        .getByRole('button', { name: MJP });
      await dragByKeyboard(page, card, 'ArrowRight', w.blocked, lang);
      const reason = page.getByRole('dialog');
      await expect(reason.getByRole('textbox', { name: w.blockReason })).toBeVisible();
      await expectNoAxeViolations(page);
      await dismiss(page);

      await page.getByRole('button', { name: w.closeSprint }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page);
      await dismiss(page);

      await page.getByRole('button', { name: w.wipLimit(w.inProgress) }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page);
      await dismiss(page);
    });

    test('the year plan and roadmap dialogs have zero axe violations: delete, move', async ({
      page,
    }) => {
      await open(page, lang);
      await goTo(page, lang, 'jaarplan');
      await page.getByRole('button', { name: w.edit(WERKING) }).click();
      await page.getByRole('button', { name: w.deleteAction }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page);
      await dismiss(page);

      await goTo(page, lang, 'roadmap');
      const chip = page.getByRole('button', { name: new RegExp(`^${escape(DPIA)}, `) }).first();
      await chip.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: w.move(DPIA) })).toBeVisible();
      await expectNoAxeViolations(page);
      await dismiss(page);
    });

    test('the settings dialogs have zero axe violations: delete label, restore demo, next year', async ({
      page,
    }) => {
      await open(page, lang);
      await goTo(page, lang, 'instellingen');
      for (const button of [w.deleteLabel, w.resetDemo, w.nextYear]) {
        await page.getByRole('button', { name: button, exact: true }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoAxeViolations(page);
        await dismiss(page);
      }
    });

    test('the restore and Planner import previews have zero axe violations', async ({
      page,
    }, testInfo) => {
      await open(page, lang);
      await goTo(page, lang, 'gegevens');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: w.backup }).click();
      const file = testInfo.outputPath('backup.json');
      await (await download).saveAs(file);
      await page.getByLabel(w.backupFile).setInputFiles(file);
      await expect(page.getByText(w.replace)).toBeVisible();
      await expectNoAxeViolations(page);
      await page.reload();

      await page.getByLabel(w.plannerFile).setInputFiles(PLANNER_FIXTURE);
      await expect(page.getByRole('heading', { name: w.preview })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
