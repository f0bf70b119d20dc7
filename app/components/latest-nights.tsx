// The most recent nights of the selected range, each linking to its page. Every word and address arrives
// in the reader's language.
import { DataTable } from './data-table';

export type LatestNightRow = {
  date: string;
  href: string;
  dateText: string;
  drones: string;
  missiles: string;
  shotDown: string;
  lost: string;
  notStopped: string;
  /** "(1 of 2 rows)" when not stopped leaves rows out. */
  notStoppedRows: string | null;
};

export type LatestNightsView = {
  title: string;
  caption: string;
  note: string;
  headers: { night: string; drones: string; missiles: string; shotDown: string; lost: string; notStopped: string };
  rows: LatestNightRow[];
};

export function LatestNights({ view }: { view: LatestNightsView }) {
  const { headers } = view;
  return (
    <section className="card section" aria-labelledby="latest-title">
      <h2 id="latest-title">{view.title}</h2>
      <DataTable
        caption={view.caption}
        describedBy="latest-note"
        layout="scroll"
        rows={view.rows}
        rowKey={(row) => row.date}
        columns={[
          { key: 'night', header: headers.night, rowHeader: true, cell: (row) => <a href={row.href}>{row.dateText}</a> },
          { key: 'drones', header: headers.drones, numeric: true, cell: (row) => row.drones },
          { key: 'missiles', header: headers.missiles, numeric: true, cell: (row) => row.missiles },
          { key: 'shot-down', header: headers.shotDown, numeric: true, cell: (row) => row.shotDown },
          { key: 'lost', header: headers.lost, numeric: true, cell: (row) => row.lost },
          {
            key: 'not-stopped',
            header: headers.notStopped,
            numeric: true,
            cell: (row) => (row.notStoppedRows ? <>{row.notStopped} <span className="muted small">{row.notStoppedRows}</span></> : row.notStopped),
          },
        ]}
      />
      <p id="latest-note" className="muted small">
        {view.note}
      </p>
    </section>
  );
}
