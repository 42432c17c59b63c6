import { useTranslation } from 'react-i18next';
import { addDaysIso, daysBetween, formatDayMonth } from '../../domain/dates';
import type { BurnPoint } from '../../domain/report';
import type { IsoDate } from '../../domain/types';

interface BurnUpChartProps {
  points: readonly BurnPoint[];
  sprintNumber: number;
  start: IsoDate;
  end: IsoDate;
}

const WIDTH = 720;
const HEIGHT = 300;
const M = { top: 16, right: 20, bottom: 54, left: 52 };
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;

/** Round tick steps (1, 2, 5, 10, …) so the axis reads at a glance. */
function tickStep(max: number, wanted = 5): number {
  const raw = Math.max(1, max / wanted);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const f of [1, 2, 5, 10]) if (raw <= f * power) return f * power;
  return 10 * power;
}

/**
 * Scope and done per day, drawn over the whole sprint so that the days still to come show as
 * room on the right. Plain SVG: no chart library to load, and it prints sharp.
 */
export function BurnUpChart({ points, sprintNumber, start, end }: BurnUpChartProps) {
  const { t } = useTranslation('reports');
  const last = points.at(-1);
  if (!last) return <p className="report-empty">{t('chart.empty')}</p>;

  const span = Math.max(1, daysBetween(start, end));
  const maxValue = Math.max(1, ...points.map((p) => p.scope));
  const step = tickStep(maxValue);
  const top = Math.ceil(maxValue / step) * step;
  const x = (date: IsoDate) => M.left + (daysBetween(start, date) / span) * PLOT_W;
  const y = (value: number) => M.top + PLOT_H - (value / top) * PLOT_H;
  const path = (key: 'scope' | 'done') =>
    points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p[key]).toFixed(1)}`)
      .join(' ');
  const yTicks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const xTicks: IsoDate[] = [];
  for (let d = start; d <= end; d = addDaysIso(d, 7)) xTicks.push(d);
  const first = points[0]!;
  const label = t('chart.label', {
    number: sprintNumber,
    from: formatDayMonth(first.date),
    to: formatDayMonth(last.date),
    scopeStart: first.scope,
    scopeEnd: last.scope,
    done: last.done,
  });

  return (
    <figure className="burnup">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="xMidYMid meet"
        className="burnup-svg"
      >
        <g className="burnup-grid">
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={M.left} x2={M.left + PLOT_W} y1={y(v)} y2={y(v)} />
              <text x={M.left - 8} y={y(v)} dy="0.35em" textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          {xTicks.map((d) => (
            <g key={d}>
              <line x1={x(d)} x2={x(d)} y1={M.top + PLOT_H} y2={M.top + PLOT_H + 5} />
              <text x={x(d)} y={M.top + PLOT_H + 20} textAnchor="middle">
                {formatDayMonth(d)}
              </text>
            </g>
          ))}
        </g>
        <line
          className="burnup-axis"
          x1={M.left}
          x2={M.left + PLOT_W}
          y1={M.top + PLOT_H}
          y2={M.top + PLOT_H}
        />
        <line className="burnup-axis" x1={M.left} x2={M.left} y1={M.top} y2={M.top + PLOT_H} />
        <text
          className="burnup-axis-title"
          x={M.left + PLOT_W / 2}
          y={HEIGHT - 8}
          textAnchor="middle"
        >
          {t('chart.axisDays')}
        </text>
        <text
          className="burnup-axis-title"
          transform={`translate(14 ${M.top + PLOT_H / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('chart.axisTasks')}
        </text>
        <path className="burnup-scope" d={path('scope')} />
        <path className="burnup-done" d={path('done')} />
        <circle className="burnup-scope-dot" cx={x(last.date)} cy={y(last.scope)} r={4} />
        <circle className="burnup-done-dot" cx={x(last.date)} cy={y(last.done)} r={4} />
      </svg>
      <figcaption>
        <ul className="burnup-legend">
          <li>
            <svg aria-hidden="true" width="28" height="10" viewBox="0 0 28 10">
              <line className="burnup-scope" x1="0" x2="28" y1="5" y2="5" />
            </svg>
            {t('chart.scope')}
          </li>
          <li>
            <svg aria-hidden="true" width="28" height="10" viewBox="0 0 28 10">
              <line className="burnup-done" x1="0" x2="28" y1="5" y2="5" />
            </svg>
            {t('chart.done')}
          </li>
        </ul>
      </figcaption>
      <details className="burnup-data">
        <summary>{t('chart.dataSummary')}</summary>
        <table className="report-table">
          <caption className="visually-hidden">{t('chart.dataCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.date')}</th>
              <th scope="col" className="num">
                {t('chart.scope')}
              </th>
              <th scope="col" className="num">
                {t('chart.done')}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <th scope="row">{formatDayMonth(p.date)}</th>
                <td className="num">{p.scope}</td>
                <td className="num">{p.done}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
