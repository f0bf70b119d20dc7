import { describe, expect, it } from 'vitest';
import { exportSql, LineCounter } from './export-timing';

describe('counting CSV records in a stream', () => {
  it('counts rows after the header across chunk boundaries and CRLF line ends', () => {
    const counter = new LineCounter();
    const text = 'date,target\r\n2025-04-26,UA\r\n2025-04-27,UA\r\n2025-04-27,RU\r\n';
    for (let i = 0; i < text.length; i += 5) counter.add(Buffer.from(text.slice(i, i + 5)));
    expect(counter.rows()).toBe(3);
    expect(counter.bytes).toBe(Buffer.byteLength(text));
  });

  it('counts a last row without a line end, and nothing for an empty body or a header alone', () => {
    const unterminated = new LineCounter();
    unterminated.add(Buffer.from('h\na\nb'));
    expect(unterminated.rows()).toBe(2);
    expect(new LineCounter().rows()).toBe(0);
    const header = new LineCounter();
    header.add(Buffer.from('date,target\n'));
    expect(header.rows()).toBe(0);
  });
});

describe('the export query for sqlite3', () => {
  it('has the export columns in order and filters by target only when asked', () => {
    const sql = exportSql({ from: '2025-01-01', to: '2025-12-31', target: 'UA' });
    const columns = [...sql.matchAll(/ as (\w+)/g)].map((m) => m[1]);
    expect(columns).toEqual(['date', 'target', 'weapon', 'category', 'class', 'launched', 'shot_down', 'lost', 'source_url']);
    expect(sql).toContain("n.target = 'UA'");
    expect(exportSql({ from: '2025-01-01', to: '2025-12-31', target: null })).not.toContain('n.target =');
  });
});
