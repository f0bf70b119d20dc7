// The benchmark's command line.
import { parseArgs } from 'node:util';
import { todayInKyiv } from '@/lib/dates';
import { isSizeName, SIZE_NAMES, type SizeName } from './sizes';

export type BenchOptions = {
  sizes: SizeName[];
  build: 'auto' | 'always' | 'never';
  durationSec: number;
  /** Each route is loaded at each of these connection counts. */
  connections: number[];
  warmupRequests: number;
  seed: number;
  endDate: string;
  freshData: boolean;
  importCheck: boolean;
  importArgs: string[];
  out: string;
};

export const USAGE = `Usage: npm run bench -- [options]
  --sizes small,medium,large   which synthetic databases to measure (default: all three)
  --duration SEC               autocannon duration per route (default 10)
  --connections N[,N…]         autocannon concurrent connections, each in turn (default 10,100)
  --warmup N                   sequential requests per route before measuring (default 5)
  --seed N                     PRNG seed of the synthetic data (default 7)
  --end-date YYYY-MM-DD        the newest synthetic night (default: today in Kyiv)
  --build / --no-build         always / never run next build (default: only when sources are newer than .next)
  --fresh-data                 regenerate databases instead of using the cache in the temp folder
  --no-import                  skip timing the importer on the public dataset
  --import-arg ARG             extra argument for the importer (repeatable, e.g. --import-arg=--yes)
  --out FILE                   where to write the Markdown results (default bench/results.md)`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a positive whole number, got "${value}"`);
  return n;
}

export function parseBenchArgs(argv: string[], today: string = todayInKyiv()): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      seed: { type: 'string' },
      'end-date': { type: 'string' },
      build: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      'fresh-data': { type: 'boolean' },
      'no-import': { type: 'boolean' },
      'import-arg': { type: 'string', multiple: true },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const sizes = (values.sizes ?? SIZE_NAMES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const size of sizes) {
    if (!isSizeName(size)) throw new Error(`--sizes: "${size}" is not one of ${SIZE_NAMES.join(', ')}`);
  }
  const endDate = values['end-date'] ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate) || endDate > today) {
    throw new Error(`--end-date wants a YYYY-MM-DD date no later than ${today}, got "${endDate}"`);
  }
  if (values.build && values['no-build']) throw new Error('--build and --no-build contradict each other');
  return {
    sizes: SIZE_NAMES.filter((name) => sizes.includes(name)),
    build: values.build ? 'always' : values['no-build'] ? 'never' : 'auto',
    durationSec: positiveInt('duration', values.duration, 10),
    connections: (values.connections ?? '10,100').split(',').map((n) => positiveInt('connections', n.trim(), 10)),
    warmupRequests: positiveInt('warmup', values.warmup, 5),
    seed: positiveInt('seed', values.seed, 7),
    endDate,
    freshData: values['fresh-data'] ?? false,
    importCheck: !values['no-import'],
    importArgs: values['import-arg'] ?? [],
    out: values.out ?? 'bench/results.md',
  };
}
