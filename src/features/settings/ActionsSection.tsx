import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange } from '../../i18n/dates';
import type { Action, Task, Theme } from '../../domain/types';
import { createAction, deleteAction, moveAction, updateAction } from '../../db/commands/catalogue';
import type { PlanBundle } from '../../db/live';
import { AddTitleForm } from '../../ui/AddTitleForm';
import { useToasts } from '../../state/toast';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SettingsField, SavedSelect } from './SavedControls';
import { OrderButtons, useMoveFocus } from './ordering';
import { useChecks, useRun } from './run';
import { useLang } from '../../i18n/useLang';

const NONE = '';

export function ActionsSection({
  bundle,
  tasks,
  headingId,
}: {
  bundle: PlanBundle;
  tasks: readonly Task[];
  headingId: string;
}) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const checks = useChecks();
  const run = useRun();
  const moveFocus = useMoveFocus(bundle.actions);
  const [deleting, setDeleting] = useState<Action | null>(null);

  const owners = [
    { value: NONE, label: t('actions.noOwner') },
    ...bundle.people.map((p) => ({
      value: p.id,
      label: p.role && p.role !== p.name ? `${p.name} (${p.role})` : p.name,
    })),
  ];
  const sprints = [
    { value: NONE, label: t('actions.noTarget') },
    ...bundle.sprints.map((s) => ({
      value: s.id,
      label: tc('sprint.option', { number: s.number, range: formatRange(s.start, s.end, lang) }),
    })),
  ];

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('actions.heading')}</h3>
      <p className="settings-intro">{t('actions.intro')}</p>
      {bundle.themes.length === 0 && <p>{t('themes.empty')}</p>}
      {bundle.themes.map((theme) => {
        const actions = bundle.actions.filter((a) => a.themeId === theme.id);
        const themeHeading = `${headingId}-${theme.id}`;
        return (
          <section key={theme.id} className="settings-subsection" aria-labelledby={themeHeading}>
            <h4 id={themeHeading}>{theme.name}</h4>
            {actions.length === 0 ? (
              <p className="settings-hint">{t('actions.none')}</p>
            ) : (
              <ol className="settings-list">
                {actions.map((action, i) => (
                  <li key={action.id} data-order-item={action.id} className="settings-item">
                    <fieldset>
                      <legend>{action.title}</legend>
                      <div className="settings-row">
                        <SettingsField
                          label={t('actions.title')}
                          value={action.title}
                          className="settings-wide"
                          check={checks.title}
                          save={(v) => run(() => updateAction(action.id, { title: v }))}
                        />
                        <SavedSelect
                          label={t('actions.owner')}
                          value={action.ownerId ?? NONE}
                          options={owners}
                          save={(v) => run(() => updateAction(action.id, { ownerId: v || null }))}
                        />
                        <SavedSelect
                          label={t('actions.target')}
                          value={action.targetSprintId ?? NONE}
                          options={sprints}
                          save={(v) =>
                            run(() => updateAction(action.id, { targetSprintId: v || null }))
                          }
                        />
                      </div>
                      <SettingsField
                        label={t('actions.description')}
                        value={action.description}
                        multiline
                        save={(v) => run(() => updateAction(action.id, { description: v.trim() }))}
                      />
                      <div className="settings-buttons">
                        <OrderButtons
                          name={action.title}
                          first={i === 0}
                          last={i === actions.length - 1}
                          onMove={(direction) =>
                            void moveFocus(action.id, direction, () =>
                              run(() => moveAction(action.id, direction)),
                            )
                          }
                        />
                        <button
                          type="button"
                          className="settings-danger"
                          aria-label={t('actions.deleteLabel', { name: action.title })}
                          onClick={() => setDeleting(action)}
                        >
                          {t('delete')}
                        </button>
                      </div>
                    </fieldset>
                  </li>
                ))}
              </ol>
            )}
            <AddAction planId={bundle.plan.id} theme={theme} />
          </section>
        );
      })}
      {deleting && (
        <ConfirmDialog
          title={t('actions.confirm.title', { name: deleting.title })}
          confirmLabel={t('actions.confirm.confirm')}
          cancelLabel={t('cancel')}
          closeLabel={t('close')}
          className="settings-dialog"
          fallbackFocus={() =>
            document
              .getElementById(`${headingId}-${deleting.themeId}`)
              ?.parentElement?.querySelector<HTMLInputElement>('.settings-add input')
          }
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            const gone = deleting;
            const failed = await run(() => deleteAction(gone.id));
            setDeleting(null);
            if (!failed) useToasts.getState().show(t('actions.deleted', { name: gone.title }));
          }}
        >
          <p>
            {t('actions.confirm.text', {
              count: tasks.filter((x) => x.actionId === deleting.id).length,
              theme: bundle.themes.find((x) => x.id === deleting.themeId)?.name ?? '',
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function AddAction({ planId, theme }: { planId: string; theme: Theme }) {
  const { t } = useTranslation('settings');
  const checks = useChecks();
  const run = useRun();
  return (
    <AddTitleForm
      className="settings-add settings-add-inline"
      fieldClassName="field settings-field settings-wide"
      label={t('actions.newTitle', { theme: theme.name })}
      submitLabel={t('actions.addButton')}
      submitClassName="primary"
      check={checks.title}
      onAdd={(title) => run(() => createAction({ planId, themeId: theme.id, title }))}
      addedMessage={(name) => t('actions.added', { name })}
      statusClassName="settings-added"
    />
  );
}
