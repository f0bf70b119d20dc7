// The dashboard's database work alone: which db/queries functions `/` calls (found by reading the page
// and the server components it imports), and arguments for them guessed from their parameter names.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export type QueryImport = { module: string; names: string[] };

const IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"]([^'"]+)['"]/g;
const DEFAULT_IMPORT = /import\s+(?!type\b)([A-Za-z_$][\w$]*)\s+from\s+['"]([^'"]+)['"]/g;

/** Value imports of a source file: `{ module specifier → imported names }` (type-only names left out). */
export function namedImports(source: string): QueryImport[] {
  const found: QueryImport[] = [];
  for (const match of source.matchAll(IMPORT)) {
    if (match[1]) continue;
    const names = (match[2] as string)
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part && !part.startsWith('type '))
      .map((part) => (part.split(/\s+as\s+/)[0] as string).trim());
    found.push({ module: match[3] as string, names });
  }
  for (const match of source.matchAll(DEFAULT_IMPORT)) found.push({ module: match[2] as string, names: [] });
  return found;
}

const isQueryModule = (specifier: string) => /(^|\/)db\/queries\//.test(specifier);

function resolveLocal(root: string, fromFile: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * The db/queries functions a page reaches through its server-side imports (files under app/ and
 * components/; client components cannot query, so the walk stops at 'use client').
 */
export function queriesUsedBy(root: string, pageFile: string): { file: string; name: string }[] {
  const seen = new Set<string>();
  const used = new Map<string, { file: string; name: string }>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    if (/^\s*['"]use client['"]/.test(source)) return;
    for (const { module, names } of namedImports(source)) {
      const resolved = resolveLocal(root, file, module);
      if (!resolved) continue;
      if (isQueryModule(module) || resolved.startsWith(path.join(root, 'db', 'queries') + path.sep)) {
        for (const name of names) used.set(`${resolved}#${name}`, { file: resolved, name });
      } else if (/^(app|components)\//.test(path.relative(root, resolved))) {
        walk(resolved);
      }
    }
  };
  if (fs.existsSync(pageFile)) walk(pageFile);
  return [...used.values()];
}

/** Top-level parameters of a function's source text: a name, or '{…}' for a destructured object. */
export function parameterNames(fnSource: string): { name: string; hasDefault: boolean }[] {
  const open = fnSource.indexOf('(');
  const arrow = fnSource.indexOf('=>');
  if (open === -1 || (arrow !== -1 && arrow < open)) {
    // A single unparenthesised arrow parameter: `x => …`.
    const single = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(fnSource)?.[1];
    return single ? [{ name: single, hasDefault: false }] : [];
  }
  const params: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = open + 1; i < fnSource.length; i += 1) {
    const ch = fnSource[i] as string;
    if ('([{'.includes(ch)) depth += 1;
    if (')]}'.includes(ch)) {
      if (depth === 0) break;
      depth -= 1;
    }
    if (ch === ',' && depth === 0) {
      params.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) params.push(current);
  return params.map((raw) => {
    const text = raw.trim();
    const hasDefault = /^[^=]*=(?!>)/.test(text.replace(/^\{[\s\S]*\}/, '{}'));
    const name = text.startsWith('{') ? '{…}' : text.startsWith('[') ? '[…]' : (/^(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(text)?.[1] ?? '?');
    return { name, hasDefault };
  });
}

export type Filters = { from: string; to: string; target: string; granularity?: string };

/** An argument for a parameter, by its name; undefined leaves a parameter to its default. */
export function argumentFor(name: string, filters: Filters): unknown {
  if (name === '{…}' || /^(filters?|range|options|opts|params|query|view|selection|args|input|criteria|f)$/i.test(name)) return filters;
  if (/^(from|start|startDate|fromDate|since)$/i.test(name)) return filters.from;
  if (/^(to|end|endDate|toDate|until)$/i.test(name)) return filters.to;
  if (/^target$/i.test(name)) return filters.target;
  if (/^granularity$/i.test(name)) return filters.granularity;
  return undefined;
}

const dbWorkSchema = z.object({
  timings: z.array(
    z.object({ name: z.string(), args: z.string(), p50Ms: z.number().nullable(), runs: z.number(), error: z.string().optional() }),
  ),
  filters: z.record(z.string(), z.unknown()).optional(),
  error: z.string().optional(),
});
export type DbWork = z.infer<typeof dbWorkSchema>;

/** Runs db-work-child.ts in its own process against one database file and reads its JSON line. */
export async function measureDbWork(databasePath: string, filters: Filters): Promise<DbWork> {
  const { spawn } = await import('node:child_process');
  const { trackChild } = await import('./processes');
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const args = ['--conditions=react-server', path.join('scripts', 'bench', 'db-work-child.ts'), filters.from, filters.to, filters.target];
  if (filters.granularity) args.push(filters.granularity);
  return new Promise((resolve) => {
    const child = spawn(tsx, args, {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_PATH: databasePath, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackChild(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', () => {
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(dbWorkSchema.parse(JSON.parse(last)));
      } catch {
        resolve({ timings: [], error: `no result (${stderr.trim().slice(-300) || 'no output'})` });
      }
    });
  });
}
