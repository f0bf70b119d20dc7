// Child process of the benchmark: times, in-process, the database work behind `/` for one range —
// exactly what the page runs: the night bounds, the page's own filter resolution, and
// fetchDashboardData, the function the page calls. Its memo is per connection, so each uncached run
// asks through a connection of its own (the first visitor after a write pays that); the memo hit is
// what later visitors pay. Prints one JSON line.
import { databasePath, getDb, openDatabase, type Db } from '@/db/client';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import { fetchDashboardData } from '@/db/queries/dashboard-data';
import { resolveDashboardFilters } from '@/lib/dashboard-filters';
import { todayInKyiv } from '@/lib/dates';
import type { Target } from '@/lib/domain';
import { percentile } from './stats';

type Timing = { name: string; args: string; p50Ms: number | null; runs: number; error?: string };

const RUNS = { least: 5, most: 30 };

function time(name: string, args: string, work: (run: number) => unknown): Timing {
  try {
    work(0); // warm: prepares statements, fills SQLite's page cache
    const samples: number[] = [];
    const budgetEnds = performance.now() + 3_000;
    while (samples.length < RUNS.least || (samples.length < RUNS.most && performance.now() < budgetEnds)) {
      const started = performance.now();
      work(samples.length + 1);
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
  // Opened beforehand, outside the timing: one fresh connection (an empty memo) per uncached run.
  const fresh: Db[] = Array.from({ length: RUNS.most + 1 }, () => openDatabase(databasePath()));
  const timings = [
    time('fetchNightBounds', target, () => fetchNightBounds(target as Target)),
    time('fetchDashboardData (uncached)', args, (run) => fetchDashboardData(query, fresh[run] ?? openDatabase(databasePath()))),
  ];
  // For comparison, what later visitors pay until the data changes.
  const cached = time('fetchDashboardData (memo hit)', args, () => fetchDashboardData(query, getDb()));
  process.stdout.write(`\n${JSON.stringify({ timings, cached, filters: { ...query } })}\n`);
}

try {
  main();
} catch (error) {
  process.stdout.write(`\n${JSON.stringify({ timings: [], error: String(error).slice(0, 300) })}\n`);
}
