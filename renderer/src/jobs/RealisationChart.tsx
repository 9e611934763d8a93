import { formatNumber } from '../../../shared/format';
import { jobsSentence, targetSourceLabels, yearsOf, type JobsFigures, type TargetSource } from '../../../shared/jobsTable';

interface Props {
  figures: JobsFigures;
  startYear: number;
  endYear: number;
}

const sourceOrder: TargetSource[] = ['doel', 'quotum'];

const width = 720;
const height = 300;
const margin = { top: 16, right: 24, bottom: 40, left: 56 };

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** "Nice" steps for the vertical axis: 1, 2 or 5 times a power of ten. */
function ticksUpTo(max: number): number[] {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough || 1));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? power * 10;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, index) => index * step);
}

/**
 * Realised jobs against the target over the period, as inline SVG (no inline
 * styles: colours come from CSS classes). role="img" with a summary; the same
 * figures are in the table above for screen readers.
 */
export function RealisationChart({ figures, startYear, endYear }: Props) {
  const { rows, targets } = figures;
  const years = yearsOf(startYear, endYear);
  const sources = sourceOrder.filter((source) => targets.some((entry) => entry.target?.source === source));
  const first = dayNumber(`${startYear}-01-01`);
  const last = dayNumber(`${endYear + 1}-01-01`);
  const values = [...rows.map((row) => row.realised ?? 0), ...targets.map((entry) => entry.target?.value ?? 0)];
  const ticks = ticksUpTo(Math.max(1, ...values) * 1.1);
  const top = ticks[ticks.length - 1]! > Math.max(...values) ? ticks[ticks.length - 1]! : Math.max(1, ...values) * 1.1;
  const x = (day: number) => margin.left + ((day - first) / (last - first)) * (width - margin.left - margin.right);
  const y = (value: number) => height - margin.bottom - (value / top) * (height - margin.top - margin.bottom);
  const points = rows.filter((row) => row.realised !== null).map((row) => ({ row, cx: x(dayNumber(row.date)), cy: y(row.realised!) }));

  const summary = `Grafiek van gerealiseerde banen tegenover het doel per jaar, ${startYear}-${endYear}. ${jobsSentence(figures.latest)} De cijfers staan ook in de tabel.`;

  return (
    <figure className="wa-chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} className="wa-chart__svg" focusable="false">
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="wa-chart__grid" x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
            <text className="wa-chart__label" x={margin.left - 8} y={y(tick) + 4} textAnchor="end">{formatNumber(tick)}</text>
          </g>
        ))}
        {years.map((year) => (
          <g key={year}>
            <line className="wa-chart__axis" x1={x(dayNumber(`${year}-01-01`))} x2={x(dayNumber(`${year}-01-01`))} y1={margin.top} y2={height - margin.bottom} />
            <text className="wa-chart__label" x={(x(dayNumber(`${year}-01-01`)) + x(dayNumber(`${year + 1}-01-01`))) / 2} y={height - margin.bottom + 24} textAnchor="middle">{year}</text>
          </g>
        ))}
        <line className="wa-chart__axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
        {targets.map(({ year, target }) => target ? (
          <line key={year} className={`wa-chart__target wa-chart__target--${target.source}`} x1={x(dayNumber(`${year}-01-01`))} x2={x(dayNumber(`${year + 1}-01-01`))} y1={y(target.value)} y2={y(target.value)} />
        ) : null)}
        {points.length > 1 ? <polyline className="wa-chart__realised" points={points.map((point) => `${point.cx},${point.cy}`).join(' ')} /> : null}
        {points.map((point) => <circle key={point.row.date} className="wa-chart__point" cx={point.cx} cy={point.cy} r={5} />)}
      </svg>
      <figcaption className="wa-chart__legend" aria-hidden="true">
        <span className="wa-chart__key wa-chart__key--realised">Gerealiseerd (regulier)</span>
        {sources.map((source) => (
          <span key={source} className={`wa-chart__key wa-chart__key--${source === 'doel' ? 'target' : 'quotum'}`}>Doel per jaar: {targetSourceLabels[source]}</span>
        ))}
      </figcaption>
    </figure>
  );
}
