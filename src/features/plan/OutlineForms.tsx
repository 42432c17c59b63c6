import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange } from '../../i18n/dates';
import type { Language } from '../../i18n/i18n';
import { moveTargetOfAction, moveTargetOfTheme } from '../../domain/outline';
import { checkTitle, titleErrorCode } from '../../domain/tasks';
import {
  PHASES,
  type Action,
  type Person,
  type Phase,
  type Sprint,
  type Task,
  type Theme,
} from '../../domain/types';
import { AddTitleForm } from '../../ui/AddTitleForm';
import { FieldError } from '../../ui/FieldError';

/** The Dutch message for a refused title, or null when the title is fine. */
function useTitleProblem() {
  const { t } = useTranslation();
  return (raw: string): string | null => {
    const checked = checkTitle(raw);
    if (checked.ok) return null;
    return t(`errors.${titleErrorCode(checked.problem)}`);
  };
}

/** Escape anywhere in an inline form gives up the edit. */
function onEscape(cancel: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    }
  };
}

interface PanelProps {
  onCancel: () => void;
  /** Buttons that act at once (move up/down, delete, add), shown under the form. */
  tools?: ReactNode;
}

function FormShell({
  onSubmit,
  onCancel,
  tools,
  children,
  label,
}: PanelProps & { onSubmit: () => void; children: ReactNode; label: string }) {
  const { t } = useTranslation('plan');
  return (
    <div className="outline-panel" onKeyDown={onEscape(onCancel)}>
      <form
        aria-label={label}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <div className="outline-panel-actions">
          <button type="submit" className="primary">
            {t('save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
      {tools && <div className="outline-panel-tools">{tools}</div>}
    </div>
  );
}

function TitleField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error: string | null;
}) {
  const errorId = useId();
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        // The panel opens because the user asked to edit: the title is what they came for.
        autoFocus
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={errorId} message={error} />
    </label>
  );
}

function PhaseField({
  value,
  onChange,
}: {
  value: Phase | null;
  onChange: (p: Phase | null) => void;
}) {
  const { t } = useTranslation('plan');
  return (
    <label className="field">
      <span>{t('fields.phase')}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? (e.target.value as Phase) : null)}
      >
        <option value="">{t('fields.noPhase')}</option>
        {PHASES.map((p) => (
          <option key={p} value={p}>
            {t(`phase.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ThemeForm({
  theme,
  onSave,
  onCancel,
  tools,
}: PanelProps & { theme: Theme; onSave: (name: string) => Promise<void> }) {
  const { t } = useTranslation('plan');
  const problemOf = useTitleProblem();
  const [name, setName] = useState(theme.name);
  const [error, setError] = useState<string | null>(null);
  return (
    <FormShell
      label={t('editLabel', { title: theme.name })}
      onCancel={onCancel}
      tools={tools}
      onSubmit={async () => {
        const problem = problemOf(name);
        if (problem) return setError(problem);
        await onSave(name);
      }}
    >
      <TitleField
        label={t('fields.themeName')}
        value={name}
        error={error}
        onChange={(v) => {
          setName(v);
          setError(null);
        }}
      />
    </FormShell>
  );
}

export type ActionPatch = Pick<
  Action,
  'title' | 'description' | 'ownerId' | 'targetSprintId' | 'phase'
>;

export function ActionForm({
  action,
  people,
  sprints,
  lang,
  pipeline,
  onSave,
  onCancel,
  tools,
}: PanelProps & {
  action: Action;
  people: readonly Person[];
  sprints: readonly Sprint[];
  lang: Language;
  pipeline: boolean;
  onSave: (patch: ActionPatch) => Promise<void>;
}) {
  const { t } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const problemOf = useTitleProblem();
  const [draft, setDraft] = useState<ActionPatch>({
    title: action.title,
    description: action.description,
    ownerId: action.ownerId,
    targetSprintId: action.targetSprintId,
    phase: action.phase,
  });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<ActionPatch>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <FormShell
      label={t('editLabel', { title: action.title })}
      onCancel={onCancel}
      tools={tools}
      onSubmit={async () => {
        const problem = problemOf(draft.title);
        if (problem) return setError(problem);
        await onSave({ ...draft, description: draft.description.trim() });
      }}
    >
      <TitleField
        label={t('fields.actionTitle')}
        value={draft.title}
        error={error}
        onChange={(title) => {
          set({ title });
          setError(null);
        }}
      />
      <div className="outline-panel-row">
        <label className="field">
          <span>{t('fields.owner')}</span>
          <select
            value={draft.ownerId ?? ''}
            onChange={(e) => set({ ownerId: e.target.value || null })}
          >
            <option value="">{t('fields.noOwner')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('fields.targetSprint')}</span>
          <select
            value={draft.targetSprintId ?? ''}
            onChange={(e) => set({ targetSprintId: e.target.value || null })}
          >
            <option value="">{t('fields.noTarget')}</option>
            {sprints.map((s) => (
              <option key={s.id} value={s.id}>
                {tc('sprint.option', {
                  number: s.number,
                  range: formatRange(s.start, s.end, lang),
                })}
              </option>
            ))}
          </select>
        </label>
        {pipeline && <PhaseField value={draft.phase} onChange={(phase) => set({ phase })} />}
      </div>
      <label className="field">
        <span>{t('fields.description')}</span>
        <textarea
          rows={2}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </label>
    </FormShell>
  );
}

export interface TaskFormResult {
  title: string;
  phase: Phase | null;
  /** A `moveTargetOf…` value. */
  moveTo: string;
}

export function TaskForm({
  task,
  themes,
  actions,
  pipeline,
  onSave,
  onCancel,
  tools,
}: PanelProps & {
  task: Task;
  themes: readonly Theme[];
  actions: readonly Action[];
  pipeline: boolean;
  onSave: (result: TaskFormResult) => Promise<void>;
}) {
  const { t } = useTranslation('plan');
  const problemOf = useTitleProblem();
  const own = actions.find((a) => a.id === task.actionId && a.themeId === task.themeId);
  const [title, setTitle] = useState(task.title);
  const [phase, setPhase] = useState<Phase | null>(task.phase);
  const [moveTo, setMoveTo] = useState(
    own ? moveTargetOfAction(own.id) : moveTargetOfTheme(task.themeId),
  );
  const [error, setError] = useState<string | null>(null);
  return (
    <FormShell
      label={t('editLabel', { title: task.title })}
      onCancel={onCancel}
      tools={tools}
      onSubmit={async () => {
        const problem = problemOf(title);
        if (problem) return setError(problem);
        await onSave({ title, phase, moveTo });
      }}
    >
      <TitleField
        label={t('fields.taskTitle')}
        value={title}
        error={error}
        onChange={(v) => {
          setTitle(v);
          setError(null);
        }}
      />
      <div className="outline-panel-row">
        <label className="field">
          <span>{t('fields.moveTo')}</span>
          <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
            {themes.map((theme) => (
              <optgroup key={theme.id} label={theme.name}>
                <option value={moveTargetOfTheme(theme.id)}>
                  {t('fields.withoutAction', { theme: theme.name })}
                </option>
                {actions
                  .filter((a) => a.themeId === theme.id)
                  .map((a) => (
                    <option key={a.id} value={moveTargetOfAction(a.id)}>
                      {a.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        {pipeline && <PhaseField value={phase} onChange={setPhase} />}
      </div>
    </FormShell>
  );
}

/** "Actie toevoegen" / "Taak toevoegen": Enter adds and keeps the field open for the next one. */
export function AddForm({
  label,
  onAdd,
  onClose,
}: {
  label: string;
  onAdd: (title: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation('plan');
  const problemOf = useTitleProblem();
  return (
    <AddTitleForm
      className="outline-add"
      formLabel={label}
      fieldClassName="field"
      label={label}
      // The form opens because the user asked to add: the title is what they came for.
      autoFocus
      submitLabel={t('add')}
      submitClassName="primary"
      check={problemOf}
      onAdd={onAdd}
      addedMessage={(title) => t('added', { title })}
      statusClassName="outline-added"
      onCancel={onClose}
    >
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </AddTitleForm>
  );
}
