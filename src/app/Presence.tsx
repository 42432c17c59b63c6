import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { presentPeople } from '../domain/presence';
import { useAuthor, type PlanBundle } from '../db/live';
import { usePeers, usePresence } from '../state/presence';
import { Avatar } from '../ui/Avatar';

/** Tells the sync engine who this browser is in the plan ("Ik ben"), for the others' presence. */
export function usePublishAuthor(planId: string | null): void {
  const me = useAuthor(planId ?? '');
  useEffect(() => {
    if (planId && me !== undefined) usePresence.getState().setMine(planId, { personId: me });
  }, [planId, me]);
}

/** The header's avatars of who else has the shared plan open right now; nothing when alone. */
export function PresenceList({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation('presence');
  const peers = usePeers(bundle.plan.id);
  const people = useMemo(() => new Map(bundle.people.map((p) => [p.id, p])), [bundle.people]);
  const present = useMemo(() => presentPeople(peers, people), [peers, people]);
  const names = present
    .map(({ person, count }) => (person ? person.name : t('unnamed', { count })))
    .join(', ');
  return (
    // Polite and atomic: a teammate coming or going is said once, as the whole list.
    <div className="presence" role="status" aria-live="polite" aria-atomic="true">
      {present.length > 0 && (
        <>
          <span className="visually-hidden">{t('label', { names })}</span>
          <span className="presence-avatars" aria-hidden="true">
            {present.map(({ person, count }) =>
              person ? (
                <Avatar
                  key={person.id}
                  initials={person.initials}
                  name={person.name}
                  color={person.color}
                />
              ) : (
                <Avatar key="unnamed" initials="?" name={t('unnamed', { count })} color="#555555" />
              ),
            )}
          </span>
        </>
      )}
    </div>
  );
}
