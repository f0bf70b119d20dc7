// A chart with its title, at most two lines saying what it shows, and its data as a table behind a
// toggle (the text alternative for screen readers, and the exact numbers for everyone).
import type { TableData } from './data-table';
import { ToggleTable } from './toggle-table';

export function ChartCard({
  id,
  title,
  summary,
  table,
  tableLabel,
  children,
}: {
  id: string;
  title: string;
  summary: React.ReactNode;
  table: TableData;
  tableLabel: string;
  children: React.ReactNode;
}) {
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} data-chart={id}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-summary`} className="muted small">
          {summary}
        </p>
      </figcaption>
      {children}
      <ToggleTable data={table} label={tableLabel} />
    </figure>
  );
}
