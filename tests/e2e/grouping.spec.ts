import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

// One test per "Groeperen op" mode: the columns a user sees on sprint 4 of the demo plan, in
// order with their counts (finished tasks included), and a card where that mode puts it.

const DPIA = 'Opstellen van een DPIA M365 Copilot';
const COLUMN = /, \d+ ta(ak|ken)$/;

async function columnNames(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: COLUMN })
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

const MODES: Array<{ label: string; columns: string[]; card: [column: string, title: string][] }> =
  [
    {
      label: 'Labels',
      columns: [
        'Strategie en doelstellingen, 4 taken',
        'AI-rollen, processen en verantwoordelijkheden, 3 taken',
        'Verandermanagement, 4 taken',
        'Betrouwbare AI, 3 taken',
        'AI-use-cases identificeren en ontwikkelen, 2 taken',
        'Persoonlijke productiviteit, 0 taken',
      ],
      card: [['AI-rollen, processen en verantwoordelijkheden, 3 taken', DPIA]],
    },
    {
      label: 'Status',
      columns: [
        'Backlog, 1 taak',
        'Gepland, 2 taken',
        'In uitvoering, 9 taken',
        'Geblokkeerd, 2 taken',
        'Afgerond, 2 taken',
      ],
      card: [
        ['In uitvoering, 9 taken', DPIA],
        // Grouped by status, Afgerond is a column of its own: its cards are not folded away.
        ['Afgerond, 2 taken', 'Stand van zaken AI voor het managementteam'],
      ],
    },
    {
      label: 'Actie',
      columns: [
        'AI-fonds uitwerken, 1 taak',
        'AI verankeren in het meerjarenplan, 2 taken',
        'AI-maturiteit meten en opvolgen, 1 taak',
        'Werking en samenstelling AI-kernteam, 2 taken',
        'Processen voor AI-tools en -projecten, 1 taak',
        'Werkgroep AI activeren, 0 taken',
        'AI-geletterdheid: opleidingsaanbod, 2 taken',
        'Lerend netwerk AI en kennisdeling, 2 taken',
        'Communicatie en richtlijnen, 0 taken',
        'Voldoen aan de EU AI Act, 2 taken',
        'AI-compliance en ethiek (rol CAICO), 1 taak',
        'Beleidskader omzetten naar standaarden, 0 taken',
        'Use cases identificeren met de diensten, 1 taak',
        'Drie experimenten maken doorstart, 1 taak',
        'Eerste investeringsdossier(s) aangemeld, 0 taken',
        'M365 Copilot-adoptietraject, 0 taken',
        'AI-platform, 0 taken',
        'Zelfredzaamheid van teams (low-code), 0 taken',
        'Geen actie, 0 taken',
      ],
      card: [['Processen voor AI-tools en -projecten, 1 taak', DPIA]],
    },
    {
      label: 'Toegewezen aan',
      columns: [
        'Business-analist, 2 taken',
        'Communicatie, 1 taak',
        'Communitymanager, 2 taken',
        'Data & Informatie, 3 taken',
        'HR, 2 taken',
        'Innovatiestrateeg, 3 taken',
        'Programmamanager, 5 taken',
        'Publiekszaken, 1 taak',
        'Niet toegewezen, 0 taken',
      ],
      // A task with two people stands under each of them.
      card: [
        ['Business-analist, 2 taken', DPIA],
        ['Data & Informatie, 3 taken', DPIA],
      ],
    },
    {
      label: 'Vervaldatum',
      columns: ['Te laat, 0 taken', 'Deze week, 1 taak', 'Later, 12 taken', 'Geen datum, 3 taken'],
      card: [
        ['Later, 12 taken', DPIA],
        ['Geen datum, 3 taken', 'Samenstelling en rollen kernteam wijzigen waar nodig'],
      ],
    },
    {
      label: 'Fase (use cases)',
      columns: [
        'Inspireren, 0 taken',
        'Verkennen, 1 taak',
        'Experimenteren, 1 taak',
        'Investeren, 0 taken',
        'Geen fase, 14 taken',
      ],
      card: [
        ['Verkennen, 1 taak', 'Sociaal tolken en vertalen: verkenning AI-ondersteuning'],
        ['Geen fase, 14 taken', DPIA],
      ],
    },
  ];

for (const mode of MODES) {
  test(`grouped by ${mode.label}: the columns of sprint 4 and where a card stands`, async ({
    page,
  }) => {
    await openBoard(page);
    await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption({ label: mode.label });
    await expect.poll(() => columnNames(page)).toEqual(mode.columns);
    for (const [column, title] of mode.card) {
      await expect(
        page
          .getByRole('region', { name: column, exact: true })
          .getByRole('button', { name: title }),
      ).toBeVisible();
    }
  });
}
