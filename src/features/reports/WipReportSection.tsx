import { useTranslation } from 'react-i18next';
import type { SprintReport } from '../../domain/report';
import { isStatus } from '../../domain/types';

/** "WIP-limieten overschreden": the columns that ended days of the sprint over their soft limit. */
export function WipReportSection({ wip }: { wip: SprintReport['wip'] }) {
  // The export's words: the screen and the exported files say the same.
  const { t } = useTranslation('reports', { keyPrefix: 'export' });
  const { t: tc } = useTranslation();
  return (
    <section className="report-section" aria-labelledby="report-wip">
      <h4 id="report-wip">{t('wipTitle')}</h4>
      {wip.limited === 0 ? (
        <p>{t('wipNone')}</p>
      ) : wip.over.length === 0 ? (
        <p>{t('wipNever')}</p>
      ) : (
        <table className="report-table">
          <caption className="visually-hidden">{t('wipTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wipColumn')}</th>
              <th scope="col">{t('wipKind')}</th>
              <th scope="col" className="num">
                {t('wipLimit')}
              </th>
              <th scope="col" className="num">
                {t('wipDays')}
              </th>
              <th scope="col" className="num">
                {t('wipPeak')}
              </th>
            </tr>
          </thead>
          <tbody>
            {wip.over.map((row) => (
              <tr key={`${row.kind}:${row.key}`}>
                <th scope="row">
                  {row.kind === 'status' && isStatus(row.key) ? tc(`status.${row.key}`) : row.name}
                </th>
                <td>{row.kind === 'status' ? t('wipStatus') : t('wipTheme')}</td>
                <td className="num">{row.limit}</td>
                <td className="num">{row.days}</td>
                <td className="num">{row.peak}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
