import { createPerson, createTheme } from '../../src/db/commands/catalogue';
import { createPlan } from '../../src/db/commands/plans';
import { db } from '../../src/db/schema';

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

/** The plan as this device has it after joining it through a read-only invite link. */
export function openedReadOnly(planId: string) {
  return db.syncPlans.put({
    planId,
    serverUrl: 'wss://sync.example.org',
    token: 'read-token-of-at-least-16',
    joined: true,
    access: 'read',
  });
}
