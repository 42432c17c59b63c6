import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../domain/types';
import { parseWipLimit } from '../../domain/wipInput';
import { updateTheme } from '../../db/commands/catalogue';
import { setStatusWipLimit } from '../../db/commands/plans';
import type { PlanBundle } from '../../db/live';
import { SettingsField } from './SavedControls';
import { useRun } from './run';

const shown = (limit: number | null | undefined) => (limit == null ? '' : String(limit));

/**
 * "WIP-limieten": the soft limit of every status column and every theme column, the same limits
 * the board's column headers set. Each field saves itself; a bad number is refused beside it.
 */
export function WipLimitsSection({ bundle, headingId }: { bundle: PlanBundle; headingId: string }) {
  const { t } = useTranslation('wip');
  const { t: tc } = useTranslation();
  const run = useRun();
  const check = (draft: string) => {
    const parsed = parseWipLimit(draft);
    return parsed.ok ? null : t(`problems.${parsed.problem}`);
  };
  const limitOf = (draft: string) => {
    const parsed = parseWipLimit(draft);
    return parsed.ok ? parsed.limit : null;
  };
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('settings.heading')}</h3>
      <p className="settings-intro">{t('settings.intro')}</p>
      <fieldset>
        <legend>{t('settings.statuses')}</legend>
        <div className="settings-row">
          {STATUSES.map((status) => (
            <SettingsField
              key={status}
              label={tc(`status.${status}`)}
              value={shown(bundle.plan.wipLimits?.[status])}
              check={check}
              save={(v) => run(() => setStatusWipLimit(bundle.plan.id, status, limitOf(v)))}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.themes')}</legend>
        {bundle.themes.length === 0 ? (
          <p>{t('settings.noThemes')}</p>
        ) : (
          <div className="settings-row">
            {bundle.themes.map((theme) => (
              <SettingsField
                key={theme.id}
                label={theme.name}
                value={shown(theme.wipLimit)}
                check={check}
                save={(v) => run(() => updateTheme(theme.id, { wipLimit: limitOf(v) }))}
              />
            ))}
          </div>
        )}
      </fieldset>
    </section>
  );
}
