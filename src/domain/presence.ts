// Presence: who has a shared plan open right now, and which task's dialog. Each browser says it
// through the sync server's awareness channel; what arrives there comes from other clients, so
// it is checked like any input and a malformed state is ignored, never shown.

/** What this browser tells the others. Names are not sent: every device has the plan's people. */
export interface PresenceState {
  personId: string | null;
  openTaskId: string | null;
}

/** Another browser with the plan open. */
export interface Peer extends PresenceState {
  clientId: number;
}

const idOrNull = (v: unknown): v is string | null =>
  v === null || (typeof v === 'string' && v.length > 0 && v.length <= 100);

function asPresence(state: unknown): PresenceState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { personId, openTaskId } = state as Record<string, unknown>;
  if (!idOrNull(personId) || !idOrNull(openTaskId)) return null;
  return { personId, openTaskId };
}

/** The other browsers in the awareness states, in a stable order; this browser and garbage left out. */
export function peersOf(states: Iterable<[number, unknown]>, ownClientId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const presence = asPresence(state);
    if (presence) peers.push({ clientId, ...presence });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

/** One avatar per person, however many tabs they have open; a person this plan lacks counts as unnamed. */
export interface PresentPerson<P> {
  person: P | null;
  /** Browsers behind this avatar (a person in two tabs; several unnamed browsers). */
  count: number;
}

export function presentPeople<P extends { id: string; name: string }>(
  peers: readonly Peer[],
  people: ReadonlyMap<string, P>,
): Array<PresentPerson<P>> {
  const named = new Map<string, PresentPerson<P>>();
  let unnamed = 0;
  for (const peer of peers) {
    const person = peer.personId ? people.get(peer.personId) : undefined;
    if (!person) {
      unnamed += 1;
      continue;
    }
    const seen = named.get(person.id);
    if (seen) seen.count += 1;
    else named.set(person.id, { person, count: 1 });
  }
  const list = [...named.values()].sort((a, b) => a.person!.name.localeCompare(b.person!.name));
  return unnamed ? [...list, { person: null, count: unnamed }] : list;
}

/** For each task whose dialog is open elsewhere: the people who have it open (unnamed as null). */
export function viewersByTask<P>(
  peers: readonly Peer[],
  people: ReadonlyMap<string, P>,
): Map<string, Array<P | null>> {
  const out = new Map<string, Array<P | null>>();
  const seen = new Set<string>();
  for (const peer of peers) {
    if (!peer.openTaskId) continue;
    const person = peer.personId ? (people.get(peer.personId) ?? null) : null;
    // The same person with the same task open in two tabs is one avatar.
    const key = `${peer.openTaskId}|${person ? peer.personId : `#${peer.clientId}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = out.get(peer.openTaskId) ?? [];
    list.push(person);
    out.set(peer.openTaskId, list);
  }
  return out;
}
