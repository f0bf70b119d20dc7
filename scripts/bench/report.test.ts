import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args';
import type { DatasetFacts } from './generate-db';
import type { LoadResult } from './load';
import { formatDuration, formatMs, renderReport, table, type BenchResults, type SizeResult } from './report';

const facts: DatasetFacts = {
  path: '/tmp/x.db',
  fileBytes: 800_000,
  nights: { UA: 841, RU: 259 },
  figures: { all: 11_318, UA: 8_729 },
  range: { from: '2024-05-21', to: '2026-11-26' },
  uaRange: { from: '2024-05-22', to: '2026-11-26' },
  sampleNightDate: '2025-08-20',
  generatedMs: null,
};

const load = (status: number, p50Ms: number, alone: number): LoadResult => ({
  status,
  p50Ms,
  p99Ms: p50Ms * 2,
  requestsPerSec: 100,
  total: 1_000,
  byCount: false,
  non2xx: status === 200 ? 0 : 1_000,
  errors: 0,
  timeouts: 0,
  alone: { p50Ms: alone, p99Ms: alone * 2, requestsPerSec: 50, total: 100 },
});

const size = (name: 'small' | 'large', allP50: number, allAlone: number, exportMs: number, peakBytes: number): SizeResult => ({
  size: name,
  label: name,
  facts,
  routes: [
    { name: '`/` all', path: '/?from=2024-05-22&to=2026-11-26', result: load(200, allP50, allAlone) },
    { name: '`/nights/DATE`', path: '/nights/2025-08-20', result: load(404, 5, 2) },
  ],
  export: {
    path: '/export.csv',
    http: { status: 200, bytes: 30_000_000, rows: 11_318, ms: exportMs },
    sqlite: { status: 0, bytes: 30_000_000, rows: 11_318, ms: 1_000 },
    scope: 'all targets',
    rss: { baselineBytes: 200_000_000, peakBytes },
  },
  dbWork: { timings: [{ name: 'readDashboard (uncached)', args: '', p50Ms: 12, runs: 20 }] },
});

const results = (sizes: SizeResult[]): BenchResults => ({
  machine: { cpu: 'Test CPU', cores: 2, ramGb: 8, node: 'v20', os: 'Linux', date: '2026-11-26 01:00 UTC', commit: 'abc', load: '0 0 0' },
  options: parseBenchArgs(['--duration', '4'], '2026-11-26'),
  build: 'test',
  sizes,
  clientJs: { status: 200, scriptTags: 7, chunks: 8, rawBytes: 600_000, gzipBytes: 300 * 1024, missing: [] },
  importTiming: { state: 'absent', reason: 'importer not present' },
  totalMs: 125_000,
});

describe('the benchmark report', () => {
  it('writes Markdown tables, escaping pipes in cells', () => {
    expect(table(['a', 'b'], [['x|y', '1']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | 1 |');
  });

  it('formats durations and milliseconds for reading', () => {
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(42_400)).toBe('42 s');
    expect(formatMs(3.14159)).toBe('3.1');
    expect(formatMs(1234.5)).toBe('1,235');
    expect(formatMs(null)).toBe('n/a');
  });

  it('judges each target against the figure beside it', () => {
    const text = renderReport(results([size('small', 120, 30, 1_500, 230_000_000), size('large', 100, 200, 3_000, 600_000_000)]));
    // small: 50 ms limit; missed under load (120) but met alone (30). large: 150 ms; met loaded, missed alone.
    expect(text).toContain('p50 < 50 ms: ✗ missed under load, ✓ met alone');
    expect(text).toContain('p50 < 150 ms: ✓ met under load, ✗ missed alone');
    // Export: 1.5× and +30 MB is within both targets; 3× with +400 MB misses both.
    expect(text).toContain('1.50×');
    expect(text).toContain('≤ 2×: ✓ met; flat memory: ✓ met');
    expect(text).toContain('≤ 2×: ✗ missed; flat memory: ✗ missed');
    expect(text).toContain('**404**');
    expect(text).toContain('**300.0 KB gzip**');
    expect(text).toContain('< 250 KB gzip: ✗ missed');
    expect(text).toContain('importer not present');
    // Database work 12 ms of a 30 ms request (one connection, no queueing).
    expect(text).toMatch(/readDashboard \(uncached\) 12 \| 12 \| n\/a \| 30 \| 40 %/);
  });

  it('gives no verdict on a page that did not answer 200', () => {
    const broken = size('small', 5, 5, 1_000, 200_000_000);
    broken.routes[0] = { name: '`/` all', path: '/?from=x', result: load(500, 5, 5) };
    broken.export = { path: '/export.csv', http: { status: 404, bytes: 0, rows: 0, ms: 3 }, sqlite: null, scope: '', rss: { baselineBytes: 1, peakBytes: 1 } };
    const text = renderReport(results([broken]));
    expect(text).toContain('p50 < 50 ms: n/a');
    expect(text).toContain('**HTTP 404**');
    expect(text).not.toContain('✓ met under load');
  });

  it('never reads a latency from a run in which no response came back', () => {
    const silent = size('small', 0, 0, 1_000, 200_000_000);
    silent.routes[0] = { name: '`/` all', path: '/?from=x', result: { ...load(200, 0, 0), total: 0, alone: { p50Ms: 0, p99Ms: 0, requestsPerSec: 0, total: 0 } } };
    const text = renderReport(results([silent]));
    expect(text).toContain('p50 < 50 ms: n/a');
    expect(text).not.toContain('| 0.0 |');
  });
});
