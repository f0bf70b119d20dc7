// Child process of the benchmark: times, in-process, the database work behind `/` for one range —
// exactly what app/page.tsx runs: the night bounds, the page's own filter resolution, and the
// dashboard's aggregates read afresh (the page keeps them in a memo until data changes; the first
// visitor after a change pays this). Prints one JSON line.
import { getDb } from '@/db/client';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import { fetchDashboardData, readDashboard } from '@/db/queries/dashboard-data';
import { resolveDashboardFilters } from '@/lib/dashboard-filters';
import { todayInKyiv } from '@/lib/dates';
import type { Target } from '@/lib/domain';
import { percentile } from './stats';

type Timing = { name: string; args: string; p50Ms: number | null; runs: number; error?: string };

function time(name: string, args: string, work: () => unknown): Timing {
  try {
    work(); // warm: prepares statements, fills SQLite's page cache
    const samples: number[] = [];
    const budgetEnds = performance.now() + 3_000;
    while (samples.length < 5 || (samples.length < 30 && performance.now() < budgetEnds)) {
      const started = performance.now();
      work();
      samples.push(performance.now() - started);
    }
    return { name, args, p50Ms: percentile(samples, 50), runs: samples.length };
  } catch (error) {
    return { name, args, p50Ms: null, runs: 0, error: String(error).slice(0, 200) };
  }
}

function main() {
  const [from, to, target = 'UA'] = process.argv.slice(2);
  if (!from || !to || (target !== 'UA' && target !== 'RU')) throw new Error('usage: db-work-child FROM TO [UA|RU]');
  const bounds = fetchNightBounds(target as Target);
  const filters = resolveDashboardFilters({ from, to, target }, { today: todayInKyiv(), bounds });
  const query = {
    target: filters.target,
    from: filters.from,
    to: filters.to,
    granularity: filters.granularity,
    chartSpan: filters.chartSpan,
  };
  const args = `${filters.from}…${filters.to}, ${filters.granularity}`;
  const timings = [
    time('fetchNightBounds', target, () => fetchNightBounds(target as Target)),
    time('readDashboard (uncached)', args, () => readDashboard(query, getDb())),
  ];
  // For comparison, what later visitors pay until the data changes.
  const cached = time('fetchDashboardData (memo hit)', args, () => fetchDashboardData(query));
  process.stdout.write(`\n${JSON.stringify({ timings, cached, filters: { ...query } })}\n`);
}

try {
  main();
} catch (error) {
  process.stdout.write(`\n${JSON.stringify({ timings: [], error: String(error).slice(0, 300) })}\n`);
}
