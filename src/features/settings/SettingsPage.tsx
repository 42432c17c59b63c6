import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanReadOnly } from '../../app/usePlanAccess';
import { usePlanTasks, type PlanBundle } from '../../db/live';
import { ReadOnlyGroup } from '../../ui/ReadOnlyGroup';
import { ActionsSection } from './ActionsSection';
import { AuthorSection } from './AuthorSection';
import { CalendarSection } from './CalendarSection';
import { AnnounceProvider } from './announce';
import { PeopleSection } from './PeopleSection';
import { PlanSection } from './PlanSection';
import { SyncSection } from './SyncSection';
import { ThemesSection } from './ThemesSection';
import { WipLimitsSection } from './WipLimitsSection';
import './settings.css';
import { addMessages } from '../../i18n/i18n';
import { settingsMessages } from '../../i18n/settings';

addMessages('settings', settingsMessages);

interface SettingsPageProps {
  bundle: PlanBundle;
  /** The storage panel, composed in by the app shell (features do not import each other). */
  renderStorage?: () => ReactNode;
}

const SECTIONS = [
  { id: 'settings-jaarplan', key: 'plan.heading' },
  { id: 'settings-labels', key: 'themes.heading' },
  { id: 'settings-acties', key: 'actions.heading' },
  { id: 'settings-mensen', key: 'people.heading' },
  { id: 'settings-ikben', key: 'author.heading' },
  { id: 'settings-sprintkalender', key: 'calendar.heading' },
] as const;

/** Plan settings ("Instellingen"): the year plan, its labels, actions, people and sprint calendar. */
export function SettingsPage({ bundle, renderStorage }: SettingsPageProps) {
  const { t } = useTranslation('settings');
  const loaded = usePlanTasks(bundle.plan.id);
  const tasks = useMemo(() => loaded ?? [], [loaded]);
  const [plan, themes, actions, people, author, calendar] = SECTIONS;
  // A plan opened with a read-only link: what edits the plan is shown, disabled; what belongs to
  // this device (language, "Ik ben", sharing, storage) stays usable.
  const readOnly = usePlanReadOnly(bundle.plan.id);

  return (
    <AnnounceProvider>
      <div className="settings-page">
        <h2>{t('heading')}</h2>
        <p className="settings-intro">{t('intro')}</p>
        <nav aria-label={t('sectionsNav')} className="settings-toc">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{t(s.key)}</a>
              </li>
            ))}
            <li>
              <a href="#settings-wip">{t('settings.heading', { ns: 'wip' })}</a>
            </li>
            <li>
              <a href="#settings-teamsync">{t('heading', { ns: 'sync' })}</a>
            </li>
            {renderStorage && (
              <li>
                <a href="#settings-opslag">{t('storage.heading')}</a>
              </li>
            )}
          </ul>
        </nav>
        <PlanSection bundle={bundle} tasks={tasks} headingId={plan.id} readOnly={readOnly} />
        <ReadOnlyGroup readOnly={readOnly}>
          <ThemesSection bundle={bundle} tasks={tasks} headingId={themes.id} />
          <ActionsSection bundle={bundle} tasks={tasks} headingId={actions.id} />
          <PeopleSection bundle={bundle} tasks={tasks} headingId={people.id} />
        </ReadOnlyGroup>
        <AuthorSection bundle={bundle} headingId={author.id} readOnly={readOnly} />
        <ReadOnlyGroup readOnly={readOnly}>
          <CalendarSection bundle={bundle} headingId={calendar.id} />
          <WipLimitsSection bundle={bundle} headingId="settings-wip" />
        </ReadOnlyGroup>
        <SyncSection
          planId={bundle.plan.id}
          planName={bundle.plan.name}
          headingId="settings-teamsync"
        />
        {renderStorage && (
          <div id="settings-opslag" className="settings-section settings-storage">
            {renderStorage()}
          </div>
        )}
      </div>
    </AnnounceProvider>
  );
}
