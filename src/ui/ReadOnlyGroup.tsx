import type { ReactNode } from 'react';

/**
 * Disables every field and button inside at once on a read-only plan, so none can be forgotten;
 * the values stay readable. Nothing extra in the page otherwise: a group without a name would
 * only add noise for a screen reader.
 */
export function ReadOnlyGroup({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  if (!readOnly) return <>{children}</>;
  return (
    <fieldset disabled className="readonly-group">
      {children}
    </fieldset>
  );
}
