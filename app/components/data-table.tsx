// A chart's text alternative as plain data: the server formats every cell, and the table itself is
// drawn in the browser when its toggle opens (toggle-table.tsx). Long ranges have hundreds of rows per
// chart; drawing them into every page made the dashboard's HTML several times larger.
export type Column<T> = { label: string; numeric?: boolean; value: (row: T) => string };

export type TableData = {
  caption: string;
  columns: { label: string; numeric: boolean }[];
  rows: { key: string; cells: string[] }[];
};

export function tableData<T>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}): TableData {
  return {
    caption,
    columns: columns.map((column) => ({ label: column.label, numeric: column.numeric ?? false })),
    rows: rows.map((row) => ({ key: rowKey(row), cells: columns.map((column) => column.value(row)) })),
  };
}
