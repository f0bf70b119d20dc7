// The launches chart as server-drawn SVG (lib/embed/stacked-bars.ts lays it out): no script, so it
// shows in any iframe under the strictest policy. Named for screen readers by its title and summary;
// the data table beside it is the full alternative.
import { stackedBars, type StackPoint } from '@/lib/embed/stacked-bars';
import styles from './embed.module.css';

const BOX = { width: 640, height: 300, left: 64, right: 8, top: 12, bottom: 32 };

export function LaunchesSvg(props: {
  points: StackPoint[];
  title: string;
  description: string;
  axisTitle: string;
  count: (value: number) => string;
  tick: (bucket: string) => string;
  barTitle: (point: StackPoint) => string;
}) {
  const { plot, bars, ticks, labelled } = stackedBars(props.points, BOX);
  return (
    <svg className={styles.chart} viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">
      <title id="chart-title">{props.title}</title>
      <desc id="chart-desc">{props.description}</desc>
      <g aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick.value}>
            <line className={styles.grid} x1={plot.left} x2={plot.left + plot.width} y1={tick.y} y2={tick.y} />
            <text className={styles.tick} x={plot.left - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {props.count(tick.value)}
            </text>
          </g>
        ))}
        <text className={styles.tick} x={12} y={plot.top + plot.height / 2} textAnchor="middle" transform={`rotate(-90 12 ${plot.top + plot.height / 2})`}>
          {props.axisTitle}
        </text>
        {bars.map((bar, index) => (
          <g key={bar.bucket} className={bar.partial ? styles.partial : undefined}>
            <title>{props.barTitle(props.points[index]!)}</title>
            {bar.segments.map((segment) => (
              <rect key={segment.series} className={styles[segment.series]} x={bar.x} y={segment.y} width={bar.width} height={segment.height} />
            ))}
          </g>
        ))}
        {labelled.map((index) => {
          const bar = bars[index]!;
          return (
            <text key={bar.bucket} className={styles.tick} x={bar.x + bar.width / 2} y={plot.top + plot.height + 20} textAnchor="middle">
              {props.tick(bar.bucket)}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
