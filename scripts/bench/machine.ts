// What the figures were measured on.
import { execSync } from 'node:child_process';
import os from 'node:os';

export type Machine = { cpu: string; cores: number; ramGb: number; node: string; os: string; date: string; commit: string; load: string };

export function describeMachine(): Machine {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // Not a git checkout.
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    ramGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    commit,
    load: os.loadavg().map((value) => value.toFixed(2)).join(' '),
  };
}
