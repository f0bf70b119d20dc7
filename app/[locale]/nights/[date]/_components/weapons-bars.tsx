// The night's weapons as horizontal bars, drawn on the server in plain HTML: for each weapon, a bar of how
// many were launched and under it what became of them (shot down, lost, not stopped, stacked). No script
// draws it, so a phone shows it with the page and never starts React for it. It is an image to assistive
// technology (named by the figure's title and description); the table beside it holds the same numbers.
import type { FigureFormat } from '@/lib/format';
import { barScale } from '@/lib/bar-scale';
import styles from './weapons-bars.module.css';

export type WeaponBar = { name: string; launched: number | null; shotDown: number | null; lost: number | null; notStopped: number | null };
export type WeaponsBarsLabels = { titleId: string; descriptionId: string; axis: string; launched: string; shotDown: string; lost: string; notStopped: string };

const OUTCOMES = ['shotDown', 'lost', 'notStopped'] as const;

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

export function WeaponsBars({ rows, labels, fmt }: { rows: WeaponBar[]; labels: WeaponsBarsLabels; fmt: FigureFormat }) {
  // The outcome bar stacks what is known; an unknown part is left out, never drawn as 0, and a 0 draws
  // nothing (a bar's least width would show it as more).
  const outcomeTotal = (row: WeaponBar) => OUTCOMES.reduce((sum, key) => sum + (row[key] ?? 0), 0);
  const scale = barScale(rows.flatMap((row) => [row.launched ?? 0, outcomeTotal(row)]));
  const width = (value: number) => ({ width: percent(scale.share(value)) });
  return (
    <div className={styles.chart} role="img" aria-labelledby={labels.titleId} aria-describedby={labels.descriptionId}>
      {rows.map((row, index) => (
        <div key={`${index}-${row.name}`} className={styles.weapon}>
          <span className={styles.name}>{row.name}</span>
          <span className={styles.track}>
            {row.launched !== null && row.launched > 0 && <span className={styles.bar} data-series="launched" style={width(row.launched)} title={`${labels.launched}: ${fmt.count(row.launched)}`} />}
          </span>
          <span className={styles.value}>{fmt.count(row.launched)}</span>
          <span className={styles.track}>
            {OUTCOMES.map((key) => {
              const value = row[key];
              return value === null || value === 0 ? null : <span key={key} className={styles.bar} data-series={key} style={width(value)} title={`${labels[key]}: ${fmt.count(value)}`} />;
            })}
          </span>
          <span className={styles.value} />
        </div>
      ))}
      <div className={styles.axis}>
        <span className={styles.ticks}>
          {scale.ticks.map((tick) => (
            <span key={tick} className={styles.tick} style={{ left: percent(scale.share(tick)) }}>
              {fmt.count(tick)}
            </span>
          ))}
        </span>
        <span className={styles.axisName}>{labels.axis}</span>
      </div>
    </div>
  );
}
