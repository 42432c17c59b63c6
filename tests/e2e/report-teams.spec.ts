import { copyForTeams, expect, openBoard, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('"Kopiëren voor Teams en Outlook" puts the report on the clipboard as HTML with tables and as plain text', async ({
  page,
}) => {
  await openBoard(page, '/?view=rapport&sprint=4');
  const clip = await copyForTeams(page);
  expect(clip?.types).toEqual(['text/html', 'text/plain']);
  expect(clip?.html).toContain('<table');
  expect(clip?.html).toContain('<h1>Sprintrapport sprint 4</h1>');
  expect(clip?.html).toContain('Samenstelling en rollen kernteam wijzigen waar nodig');
  expect(clip?.text).toMatch(/^# Sprintrapport sprint 4/);
});
