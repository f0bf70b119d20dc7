// Child process of the benchmark: times, in-process, the db/queries functions the dashboard calls,
// against DATABASE_PATH, and prints one JSON line. Run with --conditions=react-server so that modules
// importing `server-only` load as they do in Next.
import fs from 'node:fs';
import path from 'node:path';
import { argumentFor, namedImports, parameterNames, queriesUsedBy, type Filters } from './db-work';
import { percentile } from './stats';

type Timing = { name: string; args: string; p50Ms: number | null; runs: number; error?: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The filters the page itself would derive from `?from&to`, when it parses them with a lib/ function
 * (its granularity choice for a long range, its defaults): tried on each lib import whose name suggests it.
 */
async function pageFilters(page: string, search: { from: string; to: string }): Promise<Filters | null> {
  if (!fs.existsSync(page)) return null;
  for (const { module, names } of namedImports(fs.readFileSync(page, 'utf8'))) {
    if (!module.startsWith('@/lib/')) continue;
    for (const name of names.filter((n) => /filter|param|range|search|view/i.test(n))) {
      try {
        const mod: Record<string, unknown> = await import(path.join(process.cwd(), module.slice(2)));
        const fn = mod[name];
        if (typeof fn !== 'function') continue;
        const result: unknown = await Reflect.apply(fn, undefined, [search]);
        for (const candidate of [result, ...(isRecord(result) ? [result.data, result.filters, result.value] : [])]) {
          if (isRecord(candidate) && candidate.from === search.from && candidate.to === search.to) {
            return { ...candidate, from: search.from, to: search.to, target: String(candidate.target ?? 'UA') };
          }
        }
      } catch {
        // Not a parser of search params after all.
      }
    }
  }
  return null;
}

async function main() {
  const [from, to, target = 'UA', granularity = 'month'] = process.argv.slice(2);
  if (!from || !to) throw new Error('usage: db-work-child FROM TO [TARGET] [GRANULARITY]');
  const root = process.cwd();
  const page = path.join(root, 'app', 'page.tsx');
  const filters = (await pageFilters(page, { from, to })) ?? { from, to, target, granularity };
  const used = queriesUsedBy(root, page);
  const timings: Timing[] = [];
  for (const { file, name } of used) {
    const label = `${path.relative(root, file).replace(/\.tsx?$/, '')}#${name}`;
    let fn: unknown;
    try {
      const mod: Record<string, unknown> = await import(file);
      fn = mod[name];
    } catch (error) {
      timings.push({ name: label, args: '', p50Ms: null, runs: 0, error: String(error).slice(0, 200) });
      continue;
    }
    if (typeof fn !== 'function') continue;
    const params = parameterNames(fn.toString());
    const args = params.map((param) => argumentFor(param.name, filters));
    const argText = params.map((param, i) => `${param.name}=${JSON.stringify(args[i]) ?? 'default'}`).join(', ');
    const call = async () => {
      const started = performance.now();
      await Reflect.apply(fn as (...a: unknown[]) => unknown, undefined, args);
      return performance.now() - started;
    };
    try {
      await call(); // warm: prepares statements, fills SQLite's page cache
      const samples: number[] = [];
      const budgetEnds = performance.now() + 3_000;
      while (samples.length < 5 || (samples.length < 30 && performance.now() < budgetEnds)) samples.push(await call());
      timings.push({ name: label, args: argText, p50Ms: percentile(samples, 50), runs: samples.length });
    } catch (error) {
      timings.push({ name: label, args: argText, p50Ms: null, runs: 0, error: String(error).slice(0, 200) });
    }
  }
  process.stdout.write(`\n${JSON.stringify({ timings, filters })}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`\n${JSON.stringify({ timings: [], error: String(error).slice(0, 300) })}\n`);
});
