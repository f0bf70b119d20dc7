'use client';
// "Show the data as a table": the rows are drawn only once the reader opens the toggle.
import { useState } from 'react';
import type { TableData } from './data-table';
import styles from './dashboard.module.css';

export function ToggleTable({ data }: { data: TableData }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the data as a table</summary>
      {open && (
        <div className={styles.tableWrap}>
          <table>
            <caption className="sr-only">{data.caption}</caption>
            <thead>
              <tr>
                {data.columns.map((column) => (
                  <th key={column.label} scope="col" className={column.numeric ? 'num' : undefined}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) => (
                    <td key={data.columns[index]?.label ?? index} className={data.columns[index]?.numeric ? 'num' : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
