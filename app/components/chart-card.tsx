// A chart with its title, a sentence saying what it shows, and its data as a table behind a toggle
// (the text alternative for screen readers and for anyone who wants the exact numbers).
import type { TableData } from './data-table';
import styles from './dashboard.module.css';
import { ToggleTable } from './toggle-table';

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
  table: TableData;
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
      <ToggleTable data={table} />
    </figure>
  );
}
