import { useTranslation } from 'react-i18next';
import { formatRange } from '../../i18n/dates';
import { parseWeeks, sprintLengthOverride } from '../../domain/planSettings';
import { setSprintLength, updatePlan, updateSprint } from '../../db/commands/plans';
import type { PlanBundle } from '../../db/live';
import { DateField } from '../../ui/DateField';
import { SettingsField } from './SavedControls';
import { useAnnounce } from './announce';
import { useRun } from './run';
import { useLang } from '../../i18n/useLang';

export function CalendarSection({ bundle, headingId }: { bundle: PlanBundle; headingId: string }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const run = useRun();
  const announce = useAnnounce();
  const { plan } = bundle;
  const settings = plan.sprintSettings;

  const weeksProblem = (v: string) => {
    const parsed = parseWeeks(v);
    return parsed.ok ? null : t(`problems.weeks.${parsed.problem}`);
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('calendar.heading')}</h3>
      <p className="settings-intro">{t('calendar.intro')}</p>
      <div className="settings-row">
        <DateField
          key={`start-${plan.id}`}
          label={t('calendar.firstStart')}
          value={settings.firstStart}
          lang={lang}
          allowEmpty={false}
          text={{
            hint: t('calendar.datePlaceholder'),
            invalid: t('problems.date.invalid'),
            empty: t('problems.date.empty'),
            pick: tc('date.pick', { field: t('calendar.firstStart') }),
            loading: tc('date.loadingCalendar'),
          }}
          fieldClassName="settings-field"
          hintClassName="settings-hint"
          revertOnEscape
          onSaved={() => announce(t('saved', { what: t('calendar.firstStart') }))}
          save={(date) =>
            date === null
              ? Promise.resolve(t('problems.date.empty'))
              : run(() =>
                  updatePlan(plan.id, { sprintSettings: { ...settings, firstStart: date } }),
                )
          }
        />
        <SettingsField
          key={`length-${plan.id}`}
          label={t('calendar.length')}
          type="number"
          min={1}
          max={26}
          className="settings-narrow"
          value={String(settings.lengthWeeks)}
          check={weeksProblem}
          save={(v) => {
            const parsed = parseWeeks(v);
            if (!parsed.ok) return Promise.resolve(t(`problems.weeks.${parsed.problem}`));
            return run(() =>
              updatePlan(plan.id, { sprintSettings: { ...settings, lengthWeeks: parsed.weeks } }),
            );
          }}
        />
      </div>
      {bundle.sprints.length === 0 ? (
        <p>{t('calendar.none')}</p>
      ) : (
        <div className="settings-table-wrap">
          <table className="settings-table">
            <caption>{t('calendar.caption', { name: plan.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calendar.sprint')}</th>
                <th scope="col">{t('calendar.period')}</th>
                <th scope="col">{t('calendar.weeks')}</th>
                <th scope="col">{t('calendar.goal')}</th>
              </tr>
            </thead>
            <tbody>
              {bundle.sprints.map((sprint) => {
                const weeks = sprint.lengthWeeks ?? settings.lengthWeeks;
                return (
                  <tr key={sprint.id}>
                    <th scope="row">
                      {t('calendar.sprintName', { number: sprint.number })}
                      {sprint.closedAt && (
                        <span className="settings-tag">{t('calendar.closed')}</span>
                      )}
                    </th>
                    <td className="settings-period">
                      {formatRange(sprint.start, sprint.end, lang)}
                    </td>
                    <td>
                      <div className="settings-weeks">
                        <SettingsField
                          label={t('calendar.lengthOf', { number: sprint.number })}
                          hideLabel
                          type="number"
                          min={1}
                          max={26}
                          className="settings-narrow"
                          value={String(weeks)}
                          check={weeksProblem}
                          save={(v) => {
                            const parsed = parseWeeks(v);
                            if (!parsed.ok)
                              return Promise.resolve(t(`problems.weeks.${parsed.problem}`));
                            return run(() =>
                              setSprintLength(
                                sprint.id,
                                sprintLengthOverride(parsed.weeks, settings.lengthWeeks),
                              ),
                            );
                          }}
                        />
                        {sprint.lengthWeeks === null ? (
                          <span className="settings-tag settings-tag-quiet">
                            {t('calendar.usesDefault')}
                          </span>
                        ) : (
                          <button
                            type="button"
                            aria-label={t('calendar.resetLabel', { number: sprint.number })}
                            onClick={async (e) => {
                              // The button goes away once the sprint follows the default again.
                              const input = e.currentTarget
                                .closest('.settings-weeks')
                                ?.querySelector<HTMLInputElement>('input');
                              const failed = await run(() => setSprintLength(sprint.id, null));
                              if (failed) return;
                              announce(
                                t('saved', {
                                  what: t('calendar.lengthOf', { number: sprint.number }),
                                }),
                              );
                              input?.focus();
                            }}
                          >
                            {t('calendar.reset')}
                          </button>
                        )}
                      </div>
                    </td>
                    <td>
                      <SettingsField
                        label={t('calendar.goalOf', { number: sprint.number })}
                        hideLabel
                        className="settings-goal"
                        value={sprint.goal}
                        save={(v) =>
                          run(() =>
                            updateSprint(sprint.id, { goal: v.replace(/\s+/g, ' ').trim() }),
                          )
                        }
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
