// The dashboard's database work alone, measured in a child process (db-work-child.ts) on the same file,
// to compare with the whole request.
import path from 'node:path';
import { z } from 'zod';

export type Filters = { from: string; to: string; target: string; granularity?: string };

const dbWorkSchema = z.object({
  timings: z.array(
    z.object({ name: z.string(), args: z.string(), p50Ms: z.number().nullable(), runs: z.number(), error: z.string().optional() }),
  ),
  /** The same aggregates when the page's memo already holds them. */
  cached: z.object({ name: z.string(), args: z.string(), p50Ms: z.number().nullable(), runs: z.number(), error: z.string().optional() }).optional(),
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
