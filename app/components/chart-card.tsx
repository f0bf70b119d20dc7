// A chart with its title, a sentence saying what it shows, and its data as a table behind a toggle
// (the text alternative for screen readers and for anyone who wants the exact numbers).
import styles from './dashboard.module.css';

export function ChartCard({
  id,
  title,
  summary,
  table,
  children,
}: {
  id: string;
  title: string;
  summary: React.ReactNode;
  table: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <figure className={`card ${styles.chart}`} aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} data-chart={id}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-summary`} className="muted small">
          {summary}
        </p>
      </figcaption>
      {children}
      <details>
        <summary>Show the data as a table</summary>
        <div className={styles.tableWrap}>{table}</div>
      </details>
    </figure>
  );
}
