import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addAuthor, setAuthor } from '../../db/commands/identity';
import { useAuthor, type PlanBundle } from '../../db/live';
import { AddTitleForm } from '../../ui/AddTitleForm';
import { useAnnounce } from './announce';
import { useChecks, useRun } from './run';

/**
 * "Ik ben": who works on this device. The history lines and notes written here carry that
 * person, so in a shared plan everyone sees who changed what. Stored on this device only.
 */
export function AuthorSection({
  bundle,
  headingId,
  readOnly = false,
}: {
  bundle: PlanBundle;
  headingId: string;
  /** A read-only plan: choosing is this device's business, adding a person would change the plan. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation('settings');
  const me = useAuthor(bundle.plan.id);
  const run = useRun();
  const checks = useChecks();
  const announce = useAnnounce();
  const selectId = useId();
  const planId = bundle.plan.id;
  const current = bundle.people.find((p) => p.id === me);

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('author.heading')}</h3>
      <p className="settings-intro">{t('author.intro')}</p>
      <div className="field settings-field">
        <label htmlFor={selectId}>{t('author.label')}</label>
        <select
          id={selectId}
          value={current ? current.id : ''}
          onChange={async (e) => {
            const id = e.target.value || null;
            const problem = await run(() => setAuthor(planId, id));
            if (problem) return;
            const name = bundle.people.find((p) => p.id === id)?.name;
            announce(name ? t('author.chosen', { name }) : t('author.cleared'));
          }}
        >
          <option value="">{t('author.nobody')}</option>
          {bundle.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.role && p.role !== p.name ? `${p.name} (${p.role})` : p.name}
            </option>
          ))}
        </select>
      </div>
      {!current && !readOnly && (
        <AddTitleForm
          className="settings-row"
          fieldClassName="field settings-field"
          label={t('author.addLabel')}
          submitLabel={t('author.addButton')}
          submitClassName="settings-row-button"
          check={checks.name}
          onAdd={(name) => run(() => addAuthor(planId, name))}
          addedMessage={(name) => t('author.chosen', { name })}
        />
      )}
    </section>
  );
}
