// The embeddable chart's data as a table, behind a toggle: the chart's full text alternative.
import type { SeriesPoint } from '@/lib/series';
import type { FigureFormat } from '@/lib/format';
import styles from './embed.module.css';

export function LaunchesTable(props: {
  points: SeriesPoint[];
  name: (point: SeriesPoint) => string;
  format: FigureFormat;
  words: { toggle: string; caption: string; period: string; drones: string; missiles: string; nights: string };
}) {
  const { points, name, format, words } = props;
  return (
    <details className={styles.table}>
      <summary>{words.toggle}</summary>
      <div className="table-scroll">
        <table>
          <caption>{words.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.period}</th>
              <th scope="col" className="num">
                {words.drones}
              </th>
              <th scope="col" className="num">
                {words.missiles}
              </th>
              <th scope="col" className="num">
                {words.nights}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.bucket}>
                <th scope="row">{name(point)}</th>
                <td className="num">{format.count(point.drone)}</td>
                <td className="num">{format.count(point.missile)}</td>
                <td className="num">{format.count(point.nights)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
