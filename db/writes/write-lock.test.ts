// A write that finds the lock taken by another process waits without stopping its own process, then
// writes in one transaction: committed whole, or rolled back whole when it throws.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../client';
import { nights } from '../schema';
import { whenWritable } from './write-lock';

let dir: string;
let writer: Db;
let other: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-write-lock-'));
  const file = path.join(dir, 'lock.db');
  writer = openDatabase(file);
  other = openDatabase(file);
});

afterEach(() => {
  writer.$client.close();
  other.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const countNights = (db: Db) => db.$client.prepare('select count(*) from nights').pluck().get();

describe('a write waiting for the lock', () => {
  it('lets its process go on while another connection holds the lock, then writes once it is free', async () => {
    other.$client.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    setTimeout(() => other.$client.exec('COMMIT'), 150);
    const started = performance.now();
    const result = await whenWritable(writer, () => writer.insert(nights).values({ date: '2025-06-01', target: 'UA' }).returning().get());
    clearInterval(ticker);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    // A process stuck inside SQLite's busy wait would not have ticked at all.
    expect(ticks).toBeGreaterThan(5);
    expect(result.date).toBe('2025-06-01');
    expect(writer.$client.inTransaction).toBe(false);
    expect(countNights(other)).toBe(1);
  });

  it('keeps the write one transaction: a throw part-way rolls back all of it', async () => {
    await expect(
      whenWritable(writer, () => {
        writer.insert(nights).values({ date: '2025-06-01', target: 'UA' }).run();
        writer.insert(nights).values({ date: '2025-06-02', target: 'UA' }).run();
        throw new Error('part-way');
      }),
    ).rejects.toThrow('part-way');
    expect(writer.$client.inTransaction).toBe(false);
    expect(countNights(other)).toBe(0);
  });

  it("runs the write's own transaction inside it, and commits what the write kept after a refusal it caught", async () => {
    writer.insert(nights).values({ date: '2025-06-01', target: 'UA' }).run();
    const outcome = await whenWritable(writer, () => {
      writer.insert(nights).values({ date: '2025-06-02', target: 'UA' }).run();
      try {
        // The write's own IMMEDIATE transaction becomes a savepoint; its failure undoes only itself.
        writer.transaction((tx) => {
          tx.insert(nights).values({ date: '2025-06-03', target: 'UA' }).run();
          tx.run(sql`insert into nights (date, target) values ('2025-06-01', 'UA')`);
        }, { behavior: 'immediate' });
        return 'written';
      } catch {
        return 'refused';
      }
    });
    expect(outcome).toBe('refused');
    expect(other.$client.prepare('select date from nights order by date').pluck().all()).toEqual(['2025-06-01', '2025-06-02']);
  });
});
