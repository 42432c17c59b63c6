import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonth } from '../../domain/dates';
import { formatRange, formatShort } from '../../i18n/dates';
import { sprintReportOf, type SprintReport } from '../../domain/report';
import { resolveSprintChoice } from '../../domain/sprints';
import type { Sprint } from '../../domain/types';
import type { PlanBundle } from '../../db/live';
import { useSprintReportRows } from '../../db/reportRows';
import { usePlanToday } from '../../app/usePlanView';
import { navigate, useSearch } from '../../lib/url';
import { Chip } from '../../ui/Chip';
import { BurnUpChart } from './BurnUpChart';
import { ReportExports } from './ReportExports';
import { WipReportSection } from './WipReportSection';
import './reports.css';
import { useLang } from '../../i18n/useLang';
import { addMessages, type Language } from '../../i18n/i18n';
import { reportsMessages } from '../../i18n/reports';

addMessages('reports', reportsMessages);

/** The sprint a `sprint` URL value names; anything else (missing, unknown, backlog) → the current one. */
function chosenSprint(
  sprints: readonly Sprint[],
  choice: string | null,
  today: string,
): Sprint | null {
  return resolveSprintChoice(sprints, choice === 'backlog' ? null : choice, today);
}

/** "Sprintrapport": what the programme manager hands to management after the sprint meeting. */
export function ReportPage({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const search = useSearch();
  const today = usePlanToday(bundle.plan);
  const sprint = chosenSprint(bundle.sprints, search.get('sprint'), today);
  // Only the sprint's tasks and the history its figures count, not the whole plan's.
  const rows = useSprintReportRows(bundle.plan.id, sprint);

  const report = useMemo(() => {
    if (!sprint || !rows) return null;
    return sprintReportOf(bundle, sprint, rows.planTasks, rows.history, today);
  }, [sprint, rows, bundle, today]);

  return (
    <section className="report-page" aria-labelledby="report-heading">
      <div className="report-top">
        <h2 id="report-heading">{t('title')}</h2>
        {bundle.sprints.length > 0 && (
          <label className="report-picker">
            <span>{t('sprintPicker')}</span>
            <select
              value={sprint ? String(sprint.number) : ''}
              onChange={(e) => {
                const value = e.target.value;
                navigate((p) => p.set('sprint', value));
              }}
            >
              {bundle.sprints.map((s) => (
                <option key={s.id} value={s.number}>
                  {tc('sprint.option', {
                    number: s.number,
                    range: formatRange(s.start, s.end, lang),
                  })}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {!sprint ? (
        <p>{t('noSprints')}</p>
      ) : !report ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <ReportExports report={report} />
          <ReportBody report={report} lang={lang} />
        </>
      )}
    </section>
  );
}

function ReportBody({ report, lang }: { report: SprintReport; lang: Language }) {
  const { t } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const tt = report.totals;
  const totals: Array<[string, string | number]> = [
    [t('totals.planned'), tt.planned],
    [t('totals.added'), tt.added],
    ...(tt.removed ? [[t('totals.removed'), tt.removed] as [string, number]] : []),
    [t('totals.total'), tt.total],
    [t('totals.done'), tt.done],
    [t('totals.completion'), t('totals.percent', { value: tt.completion })],
    [t('totals.inProgress'), tt.inProgress],
    [t('totals.blocked'), tt.blocked],
    [t('totals.carriedOver'), tt.carriedOver],
  ];

  return (
    <article className="report" aria-labelledby="report-title">
      <h3 id="report-title" className="report-title">
        {t('heading', { number: report.sprintNumber })}
      </h3>
      <dl className="report-meta">
        <div>
          <dt>{t('meta.plan')}</dt>
          <dd>{report.planName}</dd>
        </div>
        <div>
          <dt>{t('meta.period')}</dt>
          <dd>{formatRange(report.start, report.end, lang)}</dd>
        </div>
        <div>
          <dt>{t('meta.goal')}</dt>
          <dd className={report.goal ? undefined : 'muted'}>{report.goal || t('meta.noGoal')}</dd>
        </div>
        <div>
          <dt>{t('meta.state')}</dt>
          <dd>
            {report.closed
              ? t('meta.closed', { date: formatShort(report.asOf, lang) })
              : t('meta.open', { date: formatShort(report.asOf, lang) })}
          </dd>
        </div>
      </dl>

      <section className="report-section" aria-labelledby="report-totals">
        <h4 id="report-totals">{t('totals.title')}</h4>
        <table className="report-table report-totals">
          <caption className="visually-hidden">{t('totals.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('totals.measure')}</th>
              <th scope="col" className="num">
                {t('totals.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-section report-chart" aria-labelledby="report-burnup">
        <h4 id="report-burnup">{t('chart.title')}</h4>
        <BurnUpChart
          points={report.burnUp}
          sprintNumber={report.sprintNumber}
          start={report.start}
          end={report.end}
        />
      </section>

      <section className="report-section" aria-labelledby="report-themes">
        <h4 id="report-themes">{t('themes.title')}</h4>
        {report.themes.length === 0 ? (
          <p>{t('themes.empty')}</p>
        ) : (
          <>
            <table className="report-table">
              <caption className="visually-hidden">{t('themes.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('themes.theme')}</th>
                  <th scope="col" className="num">
                    {t('themes.open')}
                  </th>
                  <th scope="col" className="num">
                    {t('themes.blocked')}
                  </th>
                  <th scope="col" className="num">
                    {t('themes.done')}
                  </th>
                  <th scope="col" className="num">
                    {t('themes.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.themes.map((r) => (
                  <tr key={r.themeId}>
                    <th scope="row">
                      <Chip label={r.label} color={r.color} />{' '}
                      <span className="report-theme-name">{r.name}</span>
                    </th>
                    <td className="num">{r.open}</td>
                    <td className="num">{r.blocked}</td>
                    <td className="num">{r.done}</td>
                    <td className="num">{r.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="report-hint">{t('themes.openHint')}</p>
          </>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-blocked">
        <h4 id="report-blocked">{t('blocked.title')}</h4>
        {report.blocked.length === 0 ? (
          <p>{t('blocked.none')}</p>
        ) : (
          <table className="report-table">
            <caption className="visually-hidden">{t('blocked.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('blocked.task')}</th>
                <th scope="col">{t('blocked.theme')}</th>
                <th scope="col">{t('blocked.reason')}</th>
                <th scope="col" className="num">
                  {t('blocked.days')}
                </th>
                <th scope="col">{t('blocked.blockedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {report.blocked.map((b) => (
                <tr key={b.taskId}>
                  <th scope="row">{b.title}</th>
                  <td>{b.themeLabel}</td>
                  <td className={b.reason ? undefined : 'muted'}>
                    {b.reason || t('blocked.noReason')}
                  </td>
                  <td className="num">
                    {b.daysBlocked === null ? (
                      <span className="muted">{t('blocked.unknown')}</span>
                    ) : (
                      <>
                        <strong>{b.daysBlocked}</strong>
                        {b.blockedSince && (
                          <span className="report-since">
                            {t('blocked.since', { date: formatDayMonth(b.blockedSince) })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td>
                    {b.blockedBy.length ? (
                      <ul className="plain-list">
                        {b.blockedBy.map((title, i) => (
                          <li key={i}>{title}</li>
                        ))}
                      </ul>
                    ) : (
                      t('blocked.nothing')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-carried">
        <h4 id="report-carried">{t('carried.title')}</h4>
        {report.carried.length === 0 ? (
          <p>{t('carried.none')}</p>
        ) : (
          <table className="report-table">
            <caption className="visually-hidden">{t('carried.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('carried.task')}</th>
                <th scope="col">{t('carried.theme')}</th>
                <th scope="col">{t('carried.status')}</th>
                <th scope="col" className="num">
                  {t('carried.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.carried.map((c) => (
                <tr key={c.taskId}>
                  <th scope="row">{c.title}</th>
                  <td>{c.themeLabel}</td>
                  <td>{tc(`status.${c.status}`)}</td>
                  <td className="num">{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <WipReportSection wip={report.wip} />

      <section className="report-section" aria-labelledby="report-people">
        <h4 id="report-people">{t('people.title')}</h4>
        {report.people.length === 0 ? (
          <p>{t('people.none')}</p>
        ) : (
          <table className="report-table">
            <caption className="visually-hidden">{t('people.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.person')}</th>
                <th scope="col" className="num">
                  {t('people.assigned')}
                </th>
                <th scope="col" className="num">
                  {t('people.done')}
                </th>
                <th scope="col" className="num">
                  {t('people.open')}
                </th>
                <th scope="col" className="num">
                  {t('people.blocked')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.people.map((p) => (
                <tr key={p.personId ?? 'none'}>
                  <th scope="row" className={p.personId ? undefined : 'muted'}>
                    {p.name ?? t('people.unassigned')}
                  </th>
                  <td className="num">{p.assigned}</td>
                  <td className="num">{p.done}</td>
                  <td className="num">{p.open}</td>
                  <td className="num">{p.blocked}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
