import type { Person } from '../../domain/types';
import { CommandError } from '../errors';
import { db } from '../schema';
import { authorKey, requirePlanExists, write } from '../write';
import { createPerson } from './catalogue';

// "Ik ben": which of the plan's people works on this device. Kept in meta, which is never sent to
// the team: each laptop says who it is, and the history lines it writes carry that person.

/** Says who this device is in the plan; null forgets it. */
export async function setAuthor(planId: string, personId: string | null): Promise<void> {
  await write([db.people], async () => {
    await requirePlanExists(planId);
    if (personId === null) {
      await db.meta.delete(authorKey(planId));
      return;
    }
    const person = await db.people.get(personId);
    if (!person || person.planId !== planId) throw new CommandError('not-found');
    await db.meta.put({ key: authorKey(planId), value: personId });
  });
}

/** Adds the user to the plan's people and says this device is them, in one transaction. */
export async function addAuthor(planId: string, name: string): Promise<Person> {
  return write([db.people], async () => {
    const person = await createPerson({ planId, name, role: '' });
    await db.meta.put({ key: authorKey(planId), value: person.id });
    return person;
  });
}
