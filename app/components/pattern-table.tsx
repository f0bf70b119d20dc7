// Average launches per night by weekday or month: a table whose average column carries a bar, so the
// pattern is seen at a glance and read exactly, with how many nights each average rests on.
import { DataTable } from './data-table';

export type PatternView = {
  caption: string;
  headers: { name: string; average: string; basis: string };
  rows: { key: string; name: string; average: string; share: number; basis: string }[];
};

export function PatternTable({ view }: { view: PatternView }) {
  return (
    <DataTable
      caption={view.caption}
      captionVisible
      rows={view.rows}
      rowKey={(row) => row.key}
      className="pattern-table"
      layout="plain"
      columns={[
        { key: 'name', header: view.headers.name, rowHeader: true, cell: (row) => row.name },
        {
          key: 'average',
          header: view.headers.average,
          numeric: true,
          cell: (row) => (
            <span className="pattern-bar">
              <span className="pattern-bar-track" aria-hidden="true">
                <span className="pattern-bar-fill" style={{ width: `${Math.round(row.share * 100)}%` }} />
              </span>
              <span className="pattern-bar-value">{row.average}</span>
            </span>
          ),
        },
        { key: 'basis', header: view.headers.basis, numeric: true, cell: (row) => row.basis },
      ]}
    />
  );
}
