import { useId } from 'react';

import { useI18n } from '../i18n/i18n';

export interface Bar {
  label: string;
  /** 0–1 of the chart's height; null draws no bar (nothing to show for that column). */
  share: number | null;
  /** What the bar says in words, for the table and the tooltip. */
  text: string;
}

/**
 * A column chart for those who would rather look than read, and the same figures as a table
 * for those who read (screen readers, print): the drawing is hidden from assistive
 * technology, the table is not.
 */
export function BarChart({ title, bars, target }: { title: string; bars: Bar[]; target?: number }) {
  const { t } = useI18n();
  const id = useId();
  const width = 40 * bars.length;
  const height = 120;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 20}`}
        aria-hidden="true"
        focusable="false"
        className="chart-drawing"
      >
        {bars.map((bar, index) => {
          const barHeight = bar.share === null ? 0 : Math.max(1, bar.share * height);
          return (
            <g key={bar.label}>
              <title>{`${bar.label}: ${bar.text}`}</title>
              <rect
                x={index * 40 + 8}
                y={height - barHeight}
                width={24}
                height={barHeight}
                className="chart-bar"
              />
              <text x={index * 40 + 20} y={height + 14} textAnchor="middle" className="chart-label">
                {bar.label}
              </text>
            </g>
          );
        })}
        {target !== undefined && (
          <line
            x1={0}
            x2={width}
            y1={height - target * height}
            y2={height - target * height}
            className="chart-target"
          />
        )}
      </svg>
      <details>
        <summary>{t('chartAsTable')}</summary>
        <table>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
