// Starts the production server (server/main.ts as bundled by `npm run build`: the response cache in
// front of Next) on a free loopback port against one database, and stops it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { trackGroup, untrackGroup } from './processes';

export const HOST = '127.0.0.1';

export type Server = {
  baseUrl: string;
  port: number;
  /** The process that holds the listening socket: the front, with the response cache. */
  servingPid: number;
  /** The front and its app processes (Next), e.g. to add up their memory. */
  processIds: () => number[];
  /** The process group of the server and everything it started (for a kill -9 of the whole server). */
  groupPid: number;
  log: () => string;
  stop: () => Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The inodes of sockets listening on a TCP port, from /proc/net/tcp{,6}. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = fs.readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] is local address:port, cols[3] the state (0A = LISTEN), cols[9] the inode.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  return inodes;
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The parent pid is the second field after the parenthesised command name.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** The pid, among `root` and its descendants, whose open files include the port's listening socket. */
export function findServingPid(root: number, port: number): number | null {
  const inodes = listeningInodes(port);
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode && inodes.has(inode)) return pid;
      }
    } catch {
      // Gone, or not readable.
    }
    queue.push(...childrenOf(pid));
  }
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startServer(options: {
  cwd: string;
  databasePath: string;
  timeoutMs?: number;
  /** Extra environment, e.g. EDITOR_EMAIL/EDITOR_PASSWORD for a first editor. */
  env?: Record<string, string>;
}): Promise<Server> {
  const port = await freePort();
  const serverEntry = path.join(options.cwd, '.next', 'air-tally-server.js');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_PATH: options.databasePath,
    PORT: String(port),
  };
  // No first editor is created in a benchmark database.
  delete env.EDITOR_EMAIL;
  delete env.EDITOR_PASSWORD;
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [serverEntry, '--port', String(port)], {
    cwd: options.cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('Could not start the server');
  const rootPid = child.pid;
  trackGroup(rootPid);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited: number | null = null;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = code ?? (signal ? 128 : 1);
      resolve();
    }),
  );

  const stop = async () => {
    if (exited === null) {
      try {
        process.kill(-rootPid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const killed = await Promise.race([exitedPromise.then(() => true), sleep(8_000).then(() => false)]);
      if (!killed) {
        try {
          process.kill(-rootPid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        await exitedPromise;
      }
    }
    untrackGroup(rootPid);
  };

  const baseUrl = `http://${HOST}:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`The server exited with ${exited}:\n${output}`);
    try {
      // Any HTTP answer, even a 404 or 500, means the server is up.
      await fetch(`${baseUrl}/favicon.ico`, { signal: AbortSignal.timeout(5_000) });
      const servingPid = findServingPid(rootPid, port) ?? rootPid;
      const processIds = () => [servingPid, ...childrenOf(servingPid)];
      return { baseUrl, port, servingPid, processIds, groupPid: rootPid, log: () => output, stop };
    } catch {
      await sleep(200);
    }
  }
  await stop();
  throw new Error(`The server did not answer within the timeout:\n${output}`);
}
