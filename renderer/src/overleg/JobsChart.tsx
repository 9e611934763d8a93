import { formatDate, formatNumber, formatPercent } from '../../../shared/format';
import type { SectorJobs } from '../../../shared/overleg';

interface Props {
  rows: SectorJobs[];
  label: (row: SectorJobs) => string;
}

const width = 820;
const rowHeight = 34;
const barHeight = 18;
const top = 34;
const bottom = 12;
const labelRight = 180;
const barLeft = 192;
const barRight = 540;
const valueLeft = 556;
const maxLabel = 24;

/** 0.25 steps up to 100% and beyond when a sector is past its goal; 0.5 steps above 200%. */
function scaleOf(rows: SectorJobs[]): { max: number; ticks: number[] } {
  const highest = Math.max(1, ...rows.map((row) => row.share ?? 0));
  const step = highest > 2 ? 0.5 : 0.25;
  const max = Math.ceil(highest / step) * step;
  return { max, ticks: Array.from({ length: Math.round(max / step) + 1 }, (_, index) => index * step) };
}

const shortened = (text: string) => (text.length > maxLabel ? `${text.slice(0, maxLabel - 1)}…` : text);

/** "64% (29,02 van 56,3)", or why there is no percentage. */
function valueText(row: SectorJobs): string {
  if (row.share !== null && row.realised !== null && row.target !== null) return `${formatPercent(row.share)} (${formatNumber(row.realised)} van ${formatNumber(row.target.value, 1)})`;
  if (row.realised === null) return 'nog geen gerealiseerde banen';
  return `${formatNumber(row.realised)} banen, geen doel voor ${row.year}`;
}

function summaryOf(rows: SectorJobs[], label: Props['label']): string {
  const parts = rows.map((row) => `${label(row)}: ${valueText(row)}${row.date ? `, peildatum ${formatDate(row.date)}` : ''}`);
  return `Staafdiagram van het percentage van het doel dat elke sector aan banen heeft gerealiseerd. ${parts.join('; ')}. De cijfers staan ook in de tabel hieronder.`;
}

/**
 * Realised jobs as a share of each sector's goal, one bar per sector: sectors
 * differ a hundredfold in size, so the share is what can be compared. Inline
 * SVG with role="img" and a summary; the same figures are in the table below.
 */
export function JobsChart({ rows, label }: Props) {
  const { max, ticks } = scaleOf(rows);
  const height = top + rows.length * rowHeight + bottom;
  const x = (share: number) => barLeft + (Math.min(share, max) / max) * (barRight - barLeft);

  return (
    <figure className="wa-chart wa-overleg-chart">
      <svg role="img" aria-label={summaryOf(rows, label)} viewBox={`0 0 ${width} ${height}`} className="wa-chart__svg" focusable="false">
        {ticks.map((tick) => (
          <g key={tick}>
            <line className={tick === 1 ? 'wa-overleg-chart__goal' : 'wa-chart__grid'} x1={x(tick)} x2={x(tick)} y1={top - 6} y2={height - bottom} />
            <text className="wa-chart__label" x={x(tick)} y={top - 12} textAnchor="middle">{formatPercent(tick)}</text>
          </g>
        ))}
        {rows.map((row, index) => {
          const y = top + index * rowHeight;
          const middle = y + rowHeight / 2;
          return (
            <g key={row.agendaId}>
              <text className="wa-chart__label" x={labelRight} y={middle + 4} textAnchor="end">{shortened(label(row))}</text>
              {row.share !== null ? (
                <rect className="wa-overleg-chart__bar" x={barLeft} y={middle - barHeight / 2} width={Math.max(1, x(row.share) - barLeft)} height={barHeight} />
              ) : null}
              <text className={`wa-chart__label${row.share === null ? ' wa-overleg-chart__none' : ''}`} x={valueLeft} y={middle + 4}>{valueText(row)}</text>
            </g>
          );
        })}
        <line className="wa-chart__axis" x1={barLeft} x2={barLeft} y1={top - 6} y2={height - bottom} />
      </svg>
      <figcaption className="wa-chart__legend" aria-hidden="true">
        <span className="wa-overleg-chart__key wa-overleg-chart__key--bar">Gerealiseerd, als percentage van het doel</span>
        <span className="wa-overleg-chart__key wa-overleg-chart__key--goal">Doel (100%)</span>
      </figcaption>
    </figure>
  );
}
