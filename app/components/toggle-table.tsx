'use client';
// "Show the data as a table": the rows are drawn only once the reader opens the toggle (long ranges have
// hundreds of rows per chart; drawing them into every page made the dashboard's HTML several times larger).
import { useEffect, useRef, useState } from 'react';
import { DataTableOf, type TableData } from './data-table';

/** `data` may be a function, so a client chart formats its table's numbers only when it is opened. */
export function ToggleTable({ data, label }: { data: TableData | (() => TableData); label: string }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // A reader page's scripts load on the first interaction: a reader who opened the toggle before they
  // ran finds it open, and its toggle event was not seen.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  return (
    <details ref={details} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{label}</summary>
      {open && <DataTableOf data={typeof data === 'function' ? data() : data} />}
    </details>
  );
}
