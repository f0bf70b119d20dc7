// Every child process the benchmark starts, so that an error or Ctrl-C never leaves a server running.
import type { ChildProcess } from 'node:child_process';

const groups = new Set<number>();
const children = new Set<ChildProcess>();

/** Tracks a child started with `detached: true`: its whole process group is ours to end. */
export function trackGroup(pid: number) {
  groups.add(pid);
}

export function untrackGroup(pid: number) {
  groups.delete(pid);
}

/** Tracks a plain child (autocannon, sqlite3, the importer) until it exits. */
export function trackChild(child: ChildProcess) {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

/** Synchronous, so it can run in an 'exit' handler: signals only the processes this script started. */
export function killEverything(signal: NodeJS.Signals = 'SIGTERM') {
  for (const pid of groups) {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  }
  groups.clear();
  for (const child of children) child.kill(signal);
  children.clear();
}

let installed = false;

/** Ends our children on normal exit, on an uncaught error and on Ctrl-C or SIGTERM. */
export function installCleanup(onCleanup: () => void) {
  if (installed) return;
  installed = true;
  const cleanup = () => {
    killEverything();
    onCleanup();
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      process.stderr.write(`\nbench: ${signal}, stopping servers\n`);
      cleanup();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
