import { useTranslation } from 'react-i18next';
import type { SprintReport } from '../../domain/report';
import { isStatus } from '../../domain/types';

/** "WIP-limieten overschreden": the columns that ended days of the sprint over their soft limit. */
export function WipReportSection({ wip }: { wip: SprintReport['wip'] }) {
  const { t } = useTranslation('wip');
  const { t: tc } = useTranslation();
  return (
    <section className="report-section" aria-labelledby="report-wip">
      <h4 id="report-wip">{t('report.heading')}</h4>
      {wip.limited === 0 ? (
        <p>{t('report.none')}</p>
      ) : wip.over.length === 0 ? (
        <p>{t('report.never')}</p>
      ) : (
        <>
          <table className="report-table">
            <caption className="visually-hidden">{t('report.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.column')}</th>
                <th scope="col">{t('report.kind')}</th>
                <th scope="col" className="num">
                  {t('report.limit')}
                </th>
                <th scope="col" className="num">
                  {t('report.days')}
                </th>
                <th scope="col" className="num">
                  {t('report.peak')}
                </th>
              </tr>
            </thead>
            <tbody>
              {wip.over.map((row) => (
                <tr key={`${row.kind}:${row.key}`}>
                  <th scope="row">
                    {row.kind === 'status' && isStatus(row.key)
                      ? tc(`status.${row.key}`)
                      : row.name}
                  </th>
                  <td>{row.kind === 'status' ? t('report.status') : t('report.theme')}</td>
                  <td className="num">{row.limit}</td>
                  <td className="num">{row.days}</td>
                  <td className="num">{row.peak}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('report.note')}</p>
        </>
      )}
    </section>
  );
}
