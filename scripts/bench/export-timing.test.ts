import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { download, exportSql, LineCounter } from './export-timing';

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

describe('downloading the export', () => {
  it('reads a streamed response to the end, counting its bytes and rows', async () => {
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write('date,target\r\n');
      let sent = 0;
      const more = () => {
        for (let i = 0; i < 100; i += 1) response.write(`2025-01-01,UA\r\n`);
        sent += 100;
        if (sent < 1_000) setImmediate(more);
        else response.end();
      };
      more();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const result = await download(`http://127.0.0.1:${port}/export.csv`);
    await new Promise((resolve) => server.close(resolve));
    expect(result).toMatchObject({ status: 200, rows: 1_000, bytes: 'date,target\r\n'.length + 1_000 * '2025-01-01,UA\r\n'.length });
    expect(result.ms).toBeGreaterThan(0);
    // Nobody listens there any more: no status, and an error to show.
    const refused = await download(`http://127.0.0.1:${port}/export.csv`);
    expect(refused.status).toBeNull();
    expect(refused.error).toBeTruthy();
  });
});
