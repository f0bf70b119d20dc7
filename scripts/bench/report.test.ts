import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args';
import type { DatasetFacts } from './generate-db';
import type { LoadResult } from './load';
import { formatDuration, formatMs, renderReport, STATIC_CEILING, table, type BenchResults, type SizeResult } from './report';

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

const load = (status: number, p50Ms: number, alone: number | null, requestsPerSec = 100): LoadResult => ({
  status,
  p50Ms,
  p99Ms: p50Ms * 2,
  requestsPerSec,
  total: 1_000,
  byCount: false,
  non2xx: status === 200 ? 0 : 1_000,
  errors: 0,
  timeouts: 0,
  alone: alone === null ? null : { p50Ms: alone, p99Ms: alone * 2, requestsPerSec: 50, total: 100 },
});

const size = (name: 'small' | 'large', dashboard: { rps: number; p50: number }, exportMs: number, peakBytes: number, firstAfterWriteMs: number): SizeResult => ({
  size: name,
  label: name,
  facts,
  routes: [
    { name: STATIC_CEILING, path: '/_next/static/chunks/a.js', connections: 100, result: load(200, 40, null, 2_000) },
    { name: '`/` default range', path: '/', connections: 100, result: load(200, dashboard.p50, null, dashboard.rps) },
    { name: '`/` all', path: '/?from=2024-05-22&to=2026-11-26', connections: 10, result: load(200, 20, 30) },
    { name: '`/nights/DATE`', path: '/nights/2025-08-20', connections: 10, result: load(404, 5, 2) },
  ],
  export: {
    path: '/export.csv',
    http: { status: 200, bytes: 30_000_000, rows: 11_318, ms: exportMs },
    sqlite: { status: 0, bytes: 30_000_000, rows: 11_318, ms: 1_000 },
    scope: 'all targets',
    rss: { baselineBytes: 200_000_000, peakBytes },
  },
  afterWrite: [{ name: '`/` default range', path: '/', result: { status: 200, cache: 'MISS', firstMs: firstAfterWriteMs, againMs: 1.2 } }],
  dbWork: { timings: [{ name: 'fetchDashboardData (uncached)', args: '', p50Ms: 12, runs: 20 }] },
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

  it('sets each page against the static file of the same run and judges the crowd target', () => {
    // small: 1,200 of 2,000 req/s (0.60×) with p99 30 ms meets it; large is not the public dataset's size.
    const text = renderReport(results([size('small', { rps: 1_200, p50: 15 }, 1_400, 230_000_000, 400), size('large', { rps: 200, p50: 300 }, 3_000, 600_000_000, 120)]));
    expect(text).toContain('| small | `/` default range | 100 | 200 | 15 | 30 | 1,200 | 0.60× |');
    expect(text).toContain('≥ 0.5× static: ✓ met; p99 < 500 ms: ✓ met; no errors: ✓ met');
    expect(text).toContain('| large | `/` default range | 100 | 200 | 300 | 600 | 200 | 0.10× |');
    expect(text.match(/≥ 0.5× static/g)).toHaveLength(1);
    expect(text).toContain('1 (ceiling)');
    // The first `/` after a write is judged at 1,000,000 figure rows only.
    expect(text).toContain('| large | `/` default range | 200 | 120 (MISS) | 1.2 | < 150 ms: ✓ met |');
    expect(text).toContain('| small | `/` default range | 200 | 400 (MISS) | 1.2 |  |');
    // Export: 1.4× and +30 MB is within both targets; 3× with +400 MB misses both.
    expect(text).toContain('≤ 1.5×: ✓ met; flat memory: ✓ met');
    expect(text).toContain('≤ 1.5×: ✗ missed; flat memory: ✗ missed');
    expect(text).toContain('**404**');
    expect(text).toContain('< 250 KB gzip: ✗ missed');
    expect(text).toContain('importer not present');
    expect(text).toMatch(/fetchDashboardData \(uncached\) 12 \| 12 \| n\/a \| 30 \| 40 %/);
  });

  it('shows every first request after a write and judges the median', () => {
    const large = size('large', { rps: 900, p50: 40 }, 1_000, 200_000_000, 0);
    large.afterWrite = [{ name: '`/` default range', path: '/', result: { status: 200, cache: 'MISS', firstMs: 140, samplesMs: [310, 120, 140, 135, 160], againMs: 2 } }];
    const text = renderReport(results([large]));
    expect(text).toContain('| large | `/` default range | 200 | 140 (MISS) [310, 120, 140, 135, 160] | 2.0 | < 150 ms: ✓ met |');
    large.afterWrite = [{ name: '`/` default range', path: '/', result: { status: 200, cache: 'MISS', firstMs: 160, samplesMs: [90, 160, 170, 100, 200], againMs: 2 } }];
    expect(renderReport(results([large]))).toContain('< 150 ms: ✗ missed');
  });

  it('misses the crowd target on slow, error-laden or p99-heavy answers', () => {
    const slow = size('small', { rps: 900, p50: 400 }, 1_000, 200_000_000, 10);
    const text = renderReport(results([slow]));
    expect(text).toContain('≥ 0.5× static: ✗ missed; p99 < 500 ms: ✗ missed; no errors: ✓ met');
  });

  it('gives no verdict on a page that did not answer 200', () => {
    const broken = size('small', { rps: 1_000, p50: 5 }, 1_000, 200_000_000, 10);
    broken.routes[2] = { name: '`/` all', path: '/?from=x', connections: 10, result: load(500, 5, 5) };
    broken.export = { path: '/export.csv', http: { status: 404, bytes: 0, rows: 0, ms: 3 }, sqlite: null, scope: '', rss: { baselineBytes: 1, peakBytes: 1 } };
    const text = renderReport(results([broken]));
    expect(text).toContain('**500**');
    expect(text).toContain('**HTTP 404**');
  });

  it('never reads a latency from a run in which no response came back', () => {
    const silent = size('small', { rps: 1_000, p50: 5 }, 1_000, 200_000_000, 10);
    silent.routes[2] = { name: '`/` all', path: '/?from=x', connections: 10, result: { ...load(200, 0, 0), total: 0, alone: { p50Ms: 0, p99Ms: 0, requestsPerSec: 0, total: 0 } } };
    const text = renderReport(results([silent]));
    expect(text).toContain('p50 < 50 ms alone: n/a');
    expect(text).not.toContain('| 0.0 |');
  });
});
