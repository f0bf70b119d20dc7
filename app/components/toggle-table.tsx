'use client';
// "Show the data as a table": the rows are drawn only once the reader opens the toggle (long ranges have
// hundreds of rows per chart; drawing them into every page made the dashboard's HTML several times larger).
import { useState } from 'react';
import { DataTableOf, type TableData } from './data-table';

/** `data` may be a function, so a client chart formats its table's numbers only when it is opened. */
export function ToggleTable({ data, label }: { data: TableData | (() => TableData); label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{label}</summary>
      {open && <DataTableOf data={typeof data === 'function' ? data() : data} />}
    </details>
  );
}
