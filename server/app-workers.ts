// Starts the app processes (this same bundle with --worker): Next in each, on a private Unix socket. One
// that exits is started again. Separate processes, so the front keeps answering from its cache, and
// another app renders, while one is busy with a long synchronous task such as an import's transaction.
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

export type AppWorkers = {
  socketPaths: string[];
  /** Whether app `index` sent a heartbeat lately: its event loop is free to take a request. */
  responsive: (index: number) => boolean;
  stop: () => Promise<void>;
};

const READY_TIMEOUT_MS = 180_000;
/** Apps beat every 100 ms (app-worker.ts); one silent for longer than this is busy in synchronous work. */
export const STALL_MS = 300;
const RESTART_DELAY_MS = 1_000;

export async function startAppWorkers(count: number, entry: string, frontPort: number, log: (message: string) => void): Promise<AppWorkers> {
  const socketPaths = Array.from({ length: count }, (_, i) => path.join(os.tmpdir(), `air-tally-app-${process.pid}-${i}.sock`));
  const children: (ChildProcess | null)[] = socketPaths.map(() => null);
  const lastBeat: number[] = socketPaths.map(() => 0);
  let stopping = false;

  function spawn(index: number): Promise<void> {
    const socketPath = socketPaths[index] as string;
    const child = fork(entry, ['--worker', socketPath, '--front-port', String(frontPort)], { stdio: 'inherit' });
    children[index] = child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`App process ${index} was not ready within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
      child.on('message', (message) => {
        lastBeat[index] = performance.now();
        if (message === 'ready') {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        children[index] = null;
        if (stopping) return;
        reject(new Error(`App process ${index} exited (${signal ?? code}) before it was ready`));
        log(`app process ${index} exited (${signal ?? code}); starting it again`);
        setTimeout(() => void spawn(index).catch((error: unknown) => log(String(error))), RESTART_DELAY_MS).unref();
      });
    });
  }

  // The first one alone: its start-up migrates and creates the first editor, which the others then find.
  await spawn(0);
  await Promise.all(socketPaths.slice(1).map((_, index) => spawn(index + 1)));
  return {
    socketPaths,
    responsive: (index) => performance.now() - (lastBeat[index] ?? 0) < STALL_MS,
    stop: async () => {
      stopping = true;
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (!child || child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
