import { useTranslation } from 'react-i18next';
import { formatRange, type Lang } from '../domain/dates';
import { useActivePlanId, usePlanBundle } from '../db/live';
import { SprintOverview } from '../features/board/SprintOverview';

export function App() {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'en' ? 'en' : 'nl') as Lang;
  const planId = useActivePlanId();
  const bundle = usePlanBundle(planId);

  if (planId === undefined || bundle === undefined) return <p role="status">{t('app.loading')}</p>;
  if (bundle === null) return <p>{t('app.noPlan')}</p>;

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">{t('app.title')}</p>
        <h1>{bundle.plan.name}</h1>
      </header>
      <main>
        <nav aria-label={t('plan.sprints')}>
          <ol className="sprint-list">
            {bundle.sprints.map((s) => (
              <li key={s.id}>
                {t('sprint.option', { number: s.number, range: formatRange(s.start, s.end, lang) })}
              </li>
            ))}
          </ol>
        </nav>
        <SprintOverview bundle={bundle} />
      </main>
    </div>
  );
}
