// An acknowledged save must survive a power cut, not only a crash: in WAL mode that takes
// synchronous=FULL (NORMAL syncs the WAL only at checkpoints, so the last commits can be lost).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from './client';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-durability-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('runs every connection in WAL mode with synchronous=FULL, so each commit is on disk when acknowledged', () => {
  const db = openDatabase(path.join(dir, 'durable.db'));
  try {
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 is FULL (0 OFF, 1 NORMAL, 3 EXTRA).
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2);
  } finally {
    db.$client.close();
  }
});
