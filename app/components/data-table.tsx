// Every table of the dashboard, drawn from a list of columns. On a phone a table either stacks its rows
// (each row a block of "header: value" lines, layout "stack"), or scrolls sideways inside a region that is
// named by the caption and reachable by keyboard, its first column kept in view (layout "scroll"), or, when
// it is narrow enough to fit, stays as it is ("plain"). The page itself never scrolls sideways.
// Only useId and no server-only imports: the chart tables' toggle (a client component) draws it too.
import { useId, type ReactNode } from 'react';

export type DataColumn<T> = {
  key: string;
  header: ReactNode;
  /** The header as plain text, for the stacked layout's "header: value" lines (defaults to `header`). */
  label?: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /** The column that names each row (a <th scope="row">). */
  rowHeader?: boolean;
};

export type Layout = 'stack' | 'scroll' | 'plain';

export type DataTableProps<T> = {
  caption: ReactNode;
  /** Show the caption above the table; otherwise it is for screen readers only. */
  captionVisible?: boolean;
  columns: DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  layout?: Layout;
  describedBy?: string;
  className?: string;
};

export function DataTable<T>({ caption, captionVisible = false, columns, rows, rowKey, layout = 'stack', describedBy, className }: DataTableProps<T>) {
  const captionId = useId();
  const stack = layout === 'stack';
  // Tables drawn as blocks lose their semantics in some browsers: the stacked layout says them out loud.
  // Attributes are left out rather than set to undefined, which would still be sent to the browser.
  const role = (name: string) => (stack ? { role: name } : {});
  const numeric = (column: DataColumn<T>) => (column.numeric ? { className: 'num' } : {});
  const table = (
    <table className={['data-table', stack ? 'data-table-stack' : '', className ?? ''].join(' ').trim()} {...role('table')} {...(describedBy ? { 'aria-describedby': describedBy } : {})}>
      <caption id={captionId} className={captionVisible ? 'table-caption' : 'sr-only'}>
        {caption}
      </caption>
      <thead {...role('rowgroup')}>
        <tr {...role('row')}>
          {columns.map((column) => (
            <th key={column.key} scope="col" {...role('columnheader')} {...numeric(column)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody {...role('rowgroup')}>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...role('row')}>
            {columns.map((column) => {
              if (column.rowHeader) {
                return (
                  <th key={column.key} scope="row" {...role('rowheader')}>
                    {column.cell(row)}
                  </th>
                );
              }
              const label = column.label ?? (typeof column.header === 'string' ? column.header : undefined);
              return (
                <td key={column.key} {...role('cell')} {...numeric(column)} {...(stack && label ? { 'data-label': label } : {})}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (layout !== 'scroll') return table;
  // A scrolling box must be reachable and named, or keyboard users cannot read what overflows it.
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </div>
  );
}

/** A table as plain data (every cell already formatted), for tables drawn in the browser. */
export type TableData = {
  caption: string;
  columns: { label: string; numeric: boolean }[];
  rows: { key: string; cells: string[] }[];
};

export type Column<T> = { label: string; numeric?: boolean; value: (row: T) => string };

export function tableData<T>({ caption, columns, rows, rowKey }: { caption: string; columns: Column<T>[]; rows: readonly T[]; rowKey: (row: T) => string }): TableData {
  return {
    caption,
    columns: columns.map((column) => ({ label: column.label, numeric: column.numeric ?? false })),
    rows: rows.map((row) => ({ key: rowKey(row), cells: columns.map((column) => column.value(row)) })),
  };
}

/** Draws TableData: the first column names the rows. */
export function DataTableOf({ data, layout = 'scroll' }: { data: TableData; layout?: Layout }) {
  // The stacked layout labels each value with its column's header.
  return (
    <DataTable<TableData['rows'][number]>
      caption={data.caption}
      layout={layout}
      rows={data.rows}
      rowKey={(row) => row.key}
      columns={data.columns.map((column, index) => ({
        key: String(index),
        header: column.label,
        numeric: column.numeric,
        label: column.label,
        rowHeader: index === 0,
        cell: (row) => row.cells[index],
      }))}
    />
  );
}
