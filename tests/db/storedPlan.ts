import { createPerson, createTheme } from '../../src/db/commands/catalogue';
import { createPlan } from '../../src/db/commands/plans';

/** A stored plan of 2025 with one theme and one person, written through the commands. */
export async function aStoredPlan() {
  const plan = await createPlan({
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  });
  const theme = await createTheme({
    planId: plan.id,
    name: 'Betrouwbare AI',
    label: 'betrouwbare AI',
    color: '#1d7a4f',
  });
  const an = await createPerson({ planId: plan.id, name: 'An Peeters', role: 'Programmamanager' });
  return { plan, theme, an };
}
