import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/useLang';
import { firstMondayOf, nextPlanName } from '../../domain/nextYear';
import { formatDateInput } from '../../domain/dates';
import {
  MAX_PLAN_YEAR,
  MIN_PLAN_YEAR,
  parseDateInput,
  parseWeeks,
  parseYear,
} from '../../domain/planSettings';
import type { Task } from '../../domain/types';
import {
  createPlan,
  deletePlan,
  setActivePlan,
  startNextYearPlan,
  updatePlan,
} from '../../db/commands/plans';
import { usePlans, type PlanBundle } from '../../db/live';
import { resetDemo } from '../../db/seed';
import { today as clockToday } from '../../lib/clock';
import { useToasts } from '../../state/toast';
import { CalendarButton } from '../../ui/CalendarButton';
import { Dialog } from '../../ui/Dialog';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FieldError } from '../../ui/FieldError';
import { SettingsField } from './SavedControls';
import { useAnnounce } from './announce';
import { useChecks, useRun, type Problem } from './run';
import { ReadOnlyGroup } from '../../ui/ReadOnlyGroup';

const YEAR_RANGE = { min: MIN_PLAN_YEAR, max: MAX_PLAN_YEAR };

type Pending = 'next' | 'empty' | 'reset' | 'delete' | null;

function say(message: string) {
  useToasts.getState().show(message);
}

export function PlanSection({
  bundle,
  tasks,
  headingId,
  readOnly = false,
}: {
  bundle: PlanBundle;
  tasks: readonly Task[];
  headingId: string;
  /** A plan opened with a read-only link: its name and year are shown, not editable. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation('settings');
  const checks = useChecks();
  const run = useRun();
  const announce = useAnnounce();
  const plans = usePlans() ?? [bundle.plan];
  const [pending, setPending] = useState<Pending>(null);
  const [switchError, setSwitchError] = useState<Problem>(null);
  const switchErrorId = useId();
  const switchRef = useRef<HTMLSelectElement>(null);
  const { plan } = bundle;
  const openCount = tasks.filter((x) => x.status !== 'afgerond').length;

  const open = (which: Pending) => setPending(which);
  const close = () => setPending(null);
  // Focus goes back to the button that opened a dialog, or to the plan picker when it is gone.
  const fallbackFocus = () => switchRef.current;

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.heading')}</h3>
      <p className="settings-intro">{t('plan.intro')}</p>
      <ReadOnlyGroup readOnly={readOnly}>
        <div className="settings-row">
          <SettingsField
            key={`name-${plan.id}`}
            label={t('plan.name')}
            value={plan.name}
            className="settings-wide"
            check={checks.name}
            save={(v) => run(() => updatePlan(plan.id, { name: v }))}
          />
          <SettingsField
            key={`year-${plan.id}`}
            label={t('plan.year')}
            type="number"
            min={MIN_PLAN_YEAR}
            max={MAX_PLAN_YEAR}
            className="settings-narrow"
            value={String(plan.year)}
            check={(v) => {
              const parsed = parseYear(v);
              return parsed.ok ? null : t(`problems.year.${parsed.problem}`, YEAR_RANGE);
            }}
            save={(v) => run(() => updatePlan(plan.id, { year: Number(v.trim()) }))}
          />
        </div>
      </ReadOnlyGroup>
      <div className="field settings-field">
        <label>
          <span>{t('plan.switch')}</span>
          <select
            ref={switchRef}
            value={plan.id}
            aria-describedby={switchError ? switchErrorId : undefined}
            onChange={async (e) => {
              const id = e.target.value;
              const target = plans.find((p) => p.id === id);
              const failed = await run(() => setActivePlan(id));
              setSwitchError(failed);
              if (!failed && target) announce(t('plan.switched', { name: target.name }));
            }}
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {t('plan.option', { name: p.name, year: p.year })}
              </option>
            ))}
          </select>
        </label>
        <FieldError id={switchErrorId} message={switchError} />
      </div>
      <div className="settings-buttons">
        <button type="button" className="primary" onClick={() => open('next')}>
          {t('plan.nextYear')}
        </button>
        <button type="button" onClick={() => open('empty')}>
          {t('plan.newEmpty')}
        </button>
        <button type="button" onClick={() => open('reset')}>
          {t('plan.resetDemo')}
        </button>
        <button
          type="button"
          className="settings-danger"
          disabled={plans.length < 2}
          aria-describedby={plans.length < 2 ? `${headingId}-only` : undefined}
          onClick={() => open('delete')}
        >
          {t('plan.delete')}
        </button>
      </div>
      {plans.length < 2 && (
        <p id={`${headingId}-only`} className="settings-hint">
          {t('plan.onlyPlan')}
        </p>
      )}

      {(pending === 'next' || pending === 'empty') && (
        <NewPlanDialog
          kind={pending}
          bundle={bundle}
          openCount={openCount}
          fallbackFocus={fallbackFocus}
          onClose={close}
          onDone={(message) => {
            say(message);
            close();
          }}
        />
      )}
      {pending === 'reset' && (
        <ConfirmDialog
          title={t('plan.confirmReset.title')}
          confirmLabel={t('plan.confirmReset.confirm')}
          cancelLabel={t('cancel')}
          closeLabel={t('close')}
          className="settings-dialog"
          fallbackFocus={fallbackFocus}
          onClose={close}
          onConfirm={async () => {
            let unshared = false;
            const failed = await run(async () => {
              unshared = (await resetDemo()).sharingStopped.length > 0;
            });
            if (!failed) say(t(unshared ? 'plan.demoRestoredUnshared' : 'plan.demoRestored'));
            close();
          }}
        >
          <p>{t('plan.confirmReset.text')}</p>
        </ConfirmDialog>
      )}
      {pending === 'delete' && (
        <ConfirmDialog
          title={t('plan.confirmDelete.title', { name: plan.name })}
          confirmLabel={t('plan.confirmDelete.confirm')}
          cancelLabel={t('cancel')}
          closeLabel={t('close')}
          className="settings-dialog"
          fallbackFocus={fallbackFocus}
          onClose={close}
          onConfirm={async () => {
            const failed = await run(() => deletePlan(plan.id));
            if (!failed) say(t('plan.deleted', { name: plan.name }));
            close();
          }}
        >
          <p>{t('plan.confirmDelete.text', { count: tasks.length })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

interface Draft {
  name: string;
  year: string;
  firstStart: string;
  weeks: string;
  carry: boolean;
}

type DraftErrors = Partial<Record<'name' | 'year' | 'firstStart' | 'weeks' | 'form', string>>;

/** "Volgend jaarplan starten" and "Nieuw leeg jaarplan": one form, checked as a whole before anything is written. */
function NewPlanDialog({
  kind,
  bundle,
  openCount,
  fallbackFocus,
  onClose,
  onDone,
}: {
  kind: 'next' | 'empty';
  bundle: PlanBundle;
  openCount: number;
  fallbackFocus: () => HTMLElement | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  // The start date is typed in the screen's language (dd-mm-jjjj / mm/dd/yyyy), not the browser's.
  const lang = useLang();
  useReturnFocus(fallbackFocus);
  const checks = useChecks();
  const run = useRun();
  const ids = {
    name: useId(),
    year: useId(),
    firstStart: useId(),
    weeks: useId(),
    form: useId(),
    hint: useId(),
    carry: useId(),
  };
  const { plan } = bundle;
  const [draft, setDraft] = useState<Draft>(() => {
    const year = kind === 'next' ? plan.year + 1 : Number(clockToday().slice(0, 4));
    return {
      name:
        kind === 'next'
          ? nextPlanName(plan.name, plan.year, year)
          : t('plan.form.emptyName', { year }),
      year: String(year),
      firstStart: formatDateInput(firstMondayOf(year), lang),
      weeks: String(plan.sprintSettings.lengthWeeks),
      carry: true,
    };
  });
  // Name and start date follow the year until the user types their own.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: DraftErrors = {};
    const nameProblem = checks.name(draft.name);
    if (nameProblem) next.name = nameProblem;
    const year = parseYear(draft.year);
    if (!year.ok) next.year = t(`problems.year.${year.problem}`, YEAR_RANGE);
    const start = parseDateInput(draft.firstStart, lang);
    if (!start.ok) next.firstStart = t(`problems.date.${start.problem}`);
    const weeks = parseWeeks(draft.weeks);
    if (!weeks.ok) next.weeks = t(`problems.weeks.${weeks.problem}`);
    setErrors(next);
    if (!year.ok || !start.ok || !weeks.ok || nameProblem) {
      const first = (['name', 'year', 'firstStart', 'weeks'] as const).find((k) => next[k]);
      if (first) document.getElementById(`${ids[first]}-input`)?.focus();
      return;
    }
    const sprintSettings = { firstStart: start.date, lengthWeeks: weeks.weeks };
    setBusy(true);
    const failed = await run(() =>
      kind === 'next'
        ? startNextYearPlan(plan.id, {
            name: draft.name,
            year: year.year,
            sprintSettings,
            carryOpenTasks: draft.carry,
          })
        : createPlan({ name: draft.name, year: year.year, sprintSettings }),
    );
    setBusy(false);
    if (failed) return setErrors({ form: failed });
    const name = draft.name.replace(/\s+/g, ' ').trim();
    onDone(kind === 'next' ? t('plan.started', { name }) : t('plan.created', { name }));
  };

  const field = (
    key: 'name' | 'year' | 'firstStart' | 'weeks',
    label: string,
    input: { type?: string; hint?: string },
  ) => {
    const error = errors[key];
    const describedBy =
      [error ? ids[key] : null, input.hint ? ids.hint : null].filter(Boolean).join(' ') ||
      undefined;
    const picked = key === 'firstStart' ? parseDateInput(draft.firstStart, lang) : null;
    return (
      <div className={`field settings-field${picked ? ' date-field-own' : ''}`}>
        <label htmlFor={`${ids[key]}-input`}>{label}</label>
        <input
          id={`${ids[key]}-input`}
          type={input.type ?? 'text'}
          value={draft[key]}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const value = e.target.value;
            const patch: Partial<Draft> = { [key]: value };
            const y = key === 'year' ? parseYear(value) : null;
            if (y?.ok) {
              if (!touched.has('firstStart'))
                patch.firstStart = formatDateInput(firstMondayOf(y.year), lang);
              if (!touched.has('name'))
                patch.name =
                  kind === 'next'
                    ? nextPlanName(plan.name, plan.year, y.year)
                    : t('plan.form.emptyName', { year: y.year });
            }
            setTouched((prev) => new Set(prev).add(key));
            set(patch);
            setErrors((prev) => ({ ...prev, [key]: undefined, form: undefined }));
          }}
        />
        {picked && (
          <CalendarButton
            label={tc('date.pick', { field: label })}
            loadingLabel={tc('date.loadingCalendar')}
            value={picked.ok ? picked.date : null}
            lang={lang}
            onPick={(date) => {
              setTouched((prev) => new Set(prev).add('firstStart'));
              set({ firstStart: formatDateInput(date, lang) });
              setErrors((prev) => ({ ...prev, firstStart: undefined, form: undefined }));
            }}
          />
        )}
        {input.hint && (
          <p id={ids.hint} className="settings-hint">
            {input.hint}
          </p>
        )}
        <FieldError id={ids[key]} message={error ?? null} />
      </div>
    );
  };

  return (
    <Dialog
      open
      title={
        kind === 'next' ? t('plan.form.nextTitle', { name: plan.name }) : t('plan.form.emptyTitle')
      }
      closeLabel={t('close')}
      onClose={onClose}
    >
      <form className="settings-dialog" noValidate onSubmit={(e) => void submit(e)}>
        <p>
          {kind === 'next' ? t('plan.form.copies', { name: plan.name }) : t('plan.form.emptyText')}
        </p>
        {field('name', t('plan.form.name'), {})}
        <div className="settings-row">
          {field('year', t('plan.form.year'), { type: 'number' })}
          {field('weeks', t('plan.form.length'), { type: 'number' })}
        </div>
        {field('firstStart', t('plan.form.firstStart'), { hint: t('plan.form.firstStartHint') })}
        {kind === 'next' && (
          <div className="settings-check">
            <label>
              <input
                type="checkbox"
                checked={draft.carry}
                aria-describedby={ids.carry}
                onChange={(e) => set({ carry: e.target.checked })}
              />
              {t('plan.form.carry', { count: openCount })}
            </label>
            <p id={ids.carry} className="settings-hint">
              {t('plan.form.carryHint', { name: plan.name })}
            </p>
          </div>
        )}
        <FieldError id={ids.form} message={errors.form ?? null} />
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy}>
            {kind === 'next' ? t('plan.form.startNext') : t('plan.form.createEmpty')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
