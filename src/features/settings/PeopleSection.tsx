import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { nextFreeColor } from '../../domain/colors';
import { checkInitials } from '../../domain/planSettings';
import type { Person, Task } from '../../domain/types';
import { createPerson, deletePerson, updatePerson } from '../../db/commands/catalogue';
import type { PlanBundle } from '../../db/live';
import { useToasts } from '../../state/toast';
import { Avatar } from '../../ui/Avatar';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FieldError } from '../../ui/FieldError';
import { SavedColor, SettingsField } from './SavedControls';
import { AddFormFooter, NewColorField } from './addForm';
import { useChecks, useRun } from './run';

export function PeopleSection({
  bundle,
  tasks,
  headingId,
}: {
  bundle: PlanBundle;
  tasks: readonly Task[];
  headingId: string;
}) {
  const { t } = useTranslation('settings');
  const checks = useChecks();
  const run = useRun();
  const [deleting, setDeleting] = useState<Person | null>(null);
  const addInput = useRef<HTMLInputElement>(null);
  const initialsProblem = (v: string) => {
    const checked = checkInitials(v);
    return checked.ok ? null : t(`problems.initials.${checked.problem}`);
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('people.heading')}</h3>
      <p className="settings-intro">{t('people.intro')}</p>
      {bundle.people.length === 0 ? (
        <p>{t('people.empty')}</p>
      ) : (
        <ul className="settings-list settings-people">
          {bundle.people.map((person) => (
            <li key={person.id} className="settings-item">
              <fieldset>
                <legend>
                  <span aria-hidden="true">
                    <Avatar initials={person.initials} name={person.name} color={person.color} />
                  </span>{' '}
                  {person.name}
                </legend>
                <div className="settings-row">
                  <SettingsField
                    label={t('people.name')}
                    value={person.name}
                    className="settings-wide"
                    check={checks.name}
                    save={(v) => run(() => updatePerson(person.id, { name: v }))}
                  />
                  <SettingsField
                    label={t('people.initials')}
                    value={person.initials}
                    className="settings-narrow"
                    check={initialsProblem}
                    save={(v) => {
                      const checked = checkInitials(v);
                      return run(() =>
                        updatePerson(person.id, { initials: checked.ok ? checked.initials : v }),
                      );
                    }}
                  />
                  <SettingsField
                    label={t('people.role')}
                    value={person.role}
                    save={(v) =>
                      run(() => updatePerson(person.id, { role: v.replace(/\s+/g, ' ').trim() }))
                    }
                  />
                  <SavedColor
                    label={t('people.color')}
                    value={person.color}
                    save={(color) => run(() => updatePerson(person.id, { color }))}
                  />
                  <button
                    type="button"
                    className="settings-danger settings-row-button"
                    aria-label={t('people.deleteLabel', { name: person.name })}
                    onClick={() => setDeleting(person)}
                  >
                    {t('delete')}
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
      <AddPerson
        planId={bundle.plan.id}
        used={bundle.people.map((p) => p.color)}
        inputRef={addInput}
      />
      {deleting && (
        <ConfirmDialog
          title={t('people.confirm.title', { name: deleting.name })}
          confirmLabel={t('people.confirm.confirm')}
          cancelLabel={t('cancel')}
          closeLabel={t('close')}
          className="settings-dialog"
          fallbackFocus={() => addInput.current}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            const gone = deleting;
            const failed = await run(() => deletePerson(gone.id));
            setDeleting(null);
            if (!failed) useToasts.getState().show(t('people.deleted', { name: gone.name }));
          }}
        >
          <p>
            {t('people.confirm.text', {
              name: deleting.name,
              count: tasks.filter((x) => x.assigneeIds.includes(deleting.id)).length,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function AddPerson({
  planId,
  used,
  inputRef,
}: {
  planId: string;
  used: readonly string[];
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation('settings');
  const checks = useChecks();
  const run = useRun();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [initials, setInitials] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [errors, setErrors] = useState<{
    name?: string;
    initials?: string;
    color?: string;
    form?: string;
  }>({});
  const [added, setAdded] = useState('');
  const ids = {
    name: useId(),
    role: useId(),
    initials: useId(),
    color: useId(),
    form: useId(),
    hint: useId(),
  };
  const shown = color ?? nextFreeColor(used);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checkedInitials = initials.trim() ? checkInitials(initials) : null;
    const next = {
      name: checks.name(name) ?? undefined,
      initials:
        checkedInitials && !checkedInitials.ok
          ? t(`problems.initials.${checkedInitials.problem}`)
          : undefined,
      color: checks.color(shown) ?? undefined,
    };
    setErrors(next);
    if (next.name || next.initials || next.color) return;
    const clean = name.replace(/\s+/g, ' ').trim();
    const typed = { name, role, initials, color };
    // Emptied before the write, so that a name typed while it runs starts the next person.
    setName('');
    setRole('');
    setInitials('');
    setColor(null);
    setAdded('');
    inputRef.current?.focus();
    const failed = await run(() =>
      createPerson({
        planId,
        name: clean,
        role: typed.role,
        color: shown,
        ...(checkedInitials?.ok ? { initials: checkedInitials.initials } : {}),
      }),
    );
    if (failed) {
      setErrors({ form: failed });
      setName((now) => now || typed.name);
      setRole((now) => now || typed.role);
      setInitials((now) => now || typed.initials);
      setColor((now) => now ?? typed.color);
      return;
    }
    setAdded(t('people.added', { name: clean }));
  };

  const invalid = (key: 'name' | 'initials' | 'color') => ({
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? ids[key] : undefined,
  });

  return (
    <form className="settings-add" noValidate onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('people.add')}</legend>
        <div className="settings-row">
          <div className="field settings-field settings-wide">
            <label htmlFor={`${ids.name}-input`}>{t('people.name')}</label>
            <input
              ref={inputRef}
              id={`${ids.name}-input`}
              type="text"
              autoComplete="off"
              value={name}
              {...invalid('name')}
              onChange={(e) => {
                setName(e.target.value);
                setErrors({});
                setAdded('');
              }}
            />
            <FieldError id={ids.name} message={errors.name ?? null} />
          </div>
          <div className="field settings-field">
            <label htmlFor={`${ids.role}-input`}>{t('people.role')}</label>
            <input
              id={`${ids.role}-input`}
              type="text"
              autoComplete="off"
              value={role}
              onChange={(e) => setRole(e.target.value)}
            />
          </div>
          <div className="field settings-field settings-narrow">
            <label htmlFor={`${ids.initials}-input`}>{t('people.initials')}</label>
            <input
              id={`${ids.initials}-input`}
              type="text"
              autoComplete="off"
              value={initials}
              aria-invalid={errors.initials ? true : undefined}
              aria-describedby={errors.initials ? `${ids.initials} ${ids.hint}` : ids.hint}
              onChange={(e) => {
                setInitials(e.target.value);
                setErrors((prev) => ({ ...prev, initials: undefined }));
              }}
            />
            <p id={ids.hint} className="settings-hint">
              {t('people.initialsHint')}
            </p>
            <FieldError id={ids.initials} message={errors.initials ?? null} />
          </div>
          <NewColorField
            id={ids.color}
            label={t('people.color')}
            value={shown}
            error={errors.color}
            onChange={(value) => {
              setColor(value);
              setErrors((prev) => ({ ...prev, color: checks.color(value) ?? undefined }));
            }}
          />
        </div>
        <AddFormFooter
          button={t('people.addButton')}
          errorId={ids.form}
          error={errors.form}
          added={added}
        />
      </fieldset>
    </form>
  );
}
