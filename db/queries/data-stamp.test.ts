import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { unknownOutcomes } from '@/lib/domain';
import { openDatabase } from '../client';
import { weapons } from '../schema';
import { deleteNight } from '../writes/delete-night';
import { createNight, updateNight } from '../writes/save-night';
import { openDataStampReader } from './data-stamp';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'air-tally-stamp-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
let files = 0;
const newFile = () => path.join(folder, `db-${(files += 1)}.db`);
const editor = { userId: null, label: 'test' };

// Tables readers never see: editor accounts and sessions, and the bookkeeping of migrations and the stamp.
const PRIVATE_TABLES = new Set(['user', 'session', 'account', 'verification', '__drizzle_migrations', 'data_stamp']);

describe('the data stamp', () => {
  it('is bumped by every kind of change to every table readers see, including tables added later', () => {
    const db = openDatabase(newFile());
    const tables = db.$client.prepare<[], string>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all();
    const triggers = db.$client
      .prepare<[], { tbl_name: string; sql: string }>("select tbl_name, sql from sqlite_master where type = 'trigger'")
      .all()
      .filter((trigger) => /update\s+`?data_stamp`?\s+set\s+`?token`?\s*=\s*lower\(hex\(randomblob/i.test(trigger.sql));
    const publicTables = tables.filter((table) => !PRIVATE_TABLES.has(table));
    expect(publicTables).toEqual(expect.arrayContaining(['nights', 'figures', 'weapons', 'revisions']));
    for (const table of publicTables) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        const covered = triggers.some((trigger) => trigger.tbl_name === table && new RegExp(`AFTER ${event} ON`, 'i').test(trigger.sql));
        expect(covered, `${event} on ${table} changes the data stamp`).toBe(true);
      }
    }
  });

  it('changes with each committed save, update and delete, seen from another connection; reads and rolled-back work leave it', () => {
    const file = newFile();
    const db = openDatabase(file);
    const stamp = openDataStampReader(file);
    const shahed = db.select().from(weapons).where(eq(weapons.slug, 'shahed-136-131')).get()?.id ?? 0;
    const input = { date: '2024-01-15', target: 'UA' as const, sourceName: null, sourceUrl: null, statement: null, notes: null, outcomes: unknownOutcomes(), qualifiers: {}, figures: [{ weaponId: shahed, launched: 5, shotDown: 4, lost: null }] };
    const seen = [stamp.read()];
    const created = createNight(db, input, editor);
    if (!created.ok) throw new Error('not created');
    seen.push(stamp.read());
    const updated = updateNight(db, created.night.id, created.night.version, { ...input, notes: 'more' }, editor);
    if (!updated.ok) throw new Error('not updated');
    seen.push(stamp.read());
    expect(deleteNight(db, created.night.id, updated.night.version, editor)).toMatchObject({ ok: true });
    seen.push(stamp.read());
    expect(new Set(seen).size).toBe(4);

    db.select().from(weapons).all();
    expect(stamp.read()).toBe(seen.at(-1));
    expect(() =>
      db.transaction((tx) => {
        tx.update(weapons).set({ name: 'renamed' }).where(eq(weapons.id, shahed)).run();
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(stamp.read()).toBe(seen.at(-1));
    stamp.close();
  });

  it('never repeats a token after a restore: writes to a restored backup get new tokens', async () => {
    const live = newFile();
    const db = openDatabase(live);
    const stamp = openDataStampReader(live);
    const backup = newFile();
    await db.$client.backup(backup);
    const atBackup = stamp.read();
    db.update(weapons).set({ aliases: ['after the backup'] }).where(eq(weapons.slug, 'kalibr')).run();
    const afterWrite = stamp.read();
    stamp.close();
    db.$client.close();

    // Restore: the backup replaces the live file; it names the data it holds with the token it had.
    fs.copyFileSync(backup, live);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${live}${suffix}`, { force: true });
    const restored = openDatabase(live);
    const again = openDataStampReader(live);
    expect(again.read()).toBe(atBackup);
    restored.update(weapons).set({ aliases: ['a different change'] }).where(eq(weapons.slug, 'kalibr')).run();
    expect([atBackup, afterWrite]).not.toContain(again.read());
    again.close();
  });
});
