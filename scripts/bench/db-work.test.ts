import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { argumentFor, namedImports, parameterNames, queriesUsedBy } from './db-work';

describe('finding the queries the dashboard calls', () => {
  let dir = '';
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };

  it('reads value imports, leaving type-only ones out', () => {
    const source = `import type { Night } from '@/db/schema';\nimport { a, type B, c as d } from '@/db/queries/x';\nimport Link from 'next/link';`;
    expect(namedImports(source)).toEqual([
      { module: '@/db/queries/x', names: ['a', 'c'] },
      { module: 'next/link', names: [] },
    ]);
  });

  it('follows the page into server components, but not into client components', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dbwork-'));
    write('db/queries/totals.ts', 'export function fetchTotals() {}');
    write('db/queries/trend.ts', 'export function fetchTrend() {}');
    write('db/queries/unused.ts', 'export function fetchUnused() {}');
    write('app/components/trend-section.tsx', `import { fetchTrend } from '@/db/queries/trend';\nimport { Chart } from './chart';`);
    write('app/components/chart.tsx', `'use client';\nimport { fetchUnused } from '@/db/queries/unused';`);
    write('app/page.tsx', `import { fetchTotals } from '@/db/queries/totals';\nimport { TrendSection } from '@/app/components/trend-section';`);
    const used = queriesUsedBy(dir, path.join(dir, 'app', 'page.tsx')).map((q) => `${path.relative(dir, q.file)}#${q.name}`);
    expect(used.sort()).toEqual(['db/queries/totals.ts#fetchTotals', 'db/queries/trend.ts#fetchTrend']);
    expect(queriesUsedBy(dir, path.join(dir, 'app', 'missing.tsx'))).toEqual([]);
  });

  it('reads parameter names from compiled functions of every form', () => {
    function named(target: string, limit = 10) {
      return [target, limit];
    }
    const arrow = ({ from, to }: { from: string; to: string }, granularity: string) => [from, to, granularity];
    const single = async (filters: unknown) => filters;
    expect(parameterNames(named.toString())).toEqual([
      { name: 'target', hasDefault: false },
      { name: 'limit', hasDefault: true },
    ]);
    expect(parameterNames(arrow.toString()).map((p) => p.name)).toEqual(['{…}', 'granularity']);
    expect(parameterNames(single.toString()).map((p) => p.name)).toEqual(['filters']);
    expect(parameterNames((() => 1).toString())).toEqual([]);
  });

  it('guesses arguments from those names, leaving unknown ones to their defaults', () => {
    const filters = { from: '2024-01-01', to: '2024-12-31', target: 'UA', granularity: 'month' };
    expect(argumentFor('from', filters)).toBe('2024-01-01');
    expect(argumentFor('endDate', filters)).toBe('2024-12-31');
    expect(argumentFor('target', filters)).toBe('UA');
    expect(argumentFor('{…}', filters)).toBe(filters);
    expect(argumentFor('filters', filters)).toBe(filters);
    expect(argumentFor('limit', filters)).toBeUndefined();
  });
});
