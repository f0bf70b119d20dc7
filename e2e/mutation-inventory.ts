// Every way in that could change data, found by reading the code rather than listed by hand: route
// handlers exporting POST, PUT, PATCH or DELETE under app/, and server actions (the exports of
// 'use server' modules, functions marked 'use server' inline, and every action the production build
// registered). e2e/anonymous-writes.spec.ts checks that each one found has a case in its table.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** Source files under `dir` (relative to the project), as project-relative paths with forward slashes. */
function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) found.push(child);
    }
  };
  walk(dir);
  return found.sort();
}

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** Names a module exports: functions, consts (also destructured), `export { a, b as c }`, default. */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export\s+(?:async\s+)?function\s*\*?\s*(\w+)/gm)) names.add(match[1] ?? '');
  for (const match of source.matchAll(/^export\s+(?:const|let|var)\s+(\w+)/gm)) names.add(match[1] ?? '');
  for (const match of source.matchAll(/^export\s+(?:const|let|var)\s*\{([^}]*)\}/gm)) {
    for (const part of (match[1] ?? '').split(',')) names.add(part.split(':').at(-1)?.trim() ?? '');
  }
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of (match[1] ?? '').split(',')) names.add(part.split(/\s+as\s+/).at(-1)?.trim() ?? '');
  }
  if (/^export\s+default\b/m.test(source)) names.add('default');
  names.delete('');
  return [...names].sort();
}

/** Whether the module's first statement (after comments) is the 'use server' directive. */
export function isServerModule(source: string): boolean {
  const code = source.replace(/^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  return /^['"]use server['"]/.test(code);
}

const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** e.g. "PUT app/api/nights/[date]/route.ts": each mutating method of each route handler. */
export function mutatingRouteHandlers(): string[] {
  return sourceFiles('app')
    .filter((file) => /(^|\/)route\.(ts|js)$/.test(file))
    .flatMap((file) => exportedNames(read(file)).filter((name) => MUTATING.includes(name)).map((method) => `${method} ${file}`));
}

/** e.g. "app/[locale]/weapons/actions.ts#createWeaponAction"; an inline 'use server' function is "FILE#inline". */
export function serverActionsInSource(): string[] {
  const actions: string[] = [];
  for (const file of ['app', 'db', 'lib'].flatMap(sourceFiles)) {
    const source = read(file);
    if (isServerModule(source)) {
      actions.push(...exportedNames(source).map((name) => `${file}#${name}`));
    } else if (/['"]use server['"]/.test(source)) {
      actions.push(`${file}#inline`);
    }
  }
  return actions;
}

export type BuiltAction = { id: string; key: string };

/**
 * The server actions the production build registered (Next's server-reference-manifest), keyed like
 * serverActionsInSource. Only the action list is read; the manifest's other fields are not used.
 */
export function serverActionsInBuild(): BuiltAction[] {
  const file = path.join(root, '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    node?: Record<string, { filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node ?? {}).map(([id, entry]) => {
    const inline = !entry.exportedName || entry.exportedName.startsWith('$$RSC_SERVER_ACTION');
    return { id, key: `${entry.filename ?? '?'}#${inline ? 'inline' : entry.exportedName}` };
  });
}
