// Builds a synthetic database file (migrated and seeded by openDatabase), cached in the system's temp
// folder by size, seed, end date and schema, because the million-row one takes a while to write.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, type Db } from '@/db/client';
import { suspendRollupTriggers } from '@/db/writes/rollup-bulk';
import { SEED_WEAPONS } from '@/lib/weapons-seed';
import { SIZES, type SizeName } from './sizes';
import { SYNTHETIC_SOURCE_NAME, syntheticNights, type SyntheticNight, type SyntheticWeapon } from './synthetic';

/** Bump when the generator's output changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 1;
const BATCH_NIGHTS = 2_000;

export const CACHE_DIR = path.join(os.tmpdir(), 'air-tally-bench-cache');

export type DatasetFacts = {
  path: string;
  fileBytes: number;
  nights: { UA: number; RU: number };
  figures: { all: number; UA: number };
  /** Earliest and latest night of any target, and of UA (the dashboard's default target). */
  range: { from: string; to: string };
  uaRange: { from: string; to: string };
  /** A recent UA night (the 100th newest), for /nights/DATE: any night costs the same index lookup. */
  sampleNightDate: string;
  generatedMs: number | null;
};

function schemaFingerprint(): string {
  const journal = fs.readFileSync(path.join(process.cwd(), 'drizzle', 'meta', '_journal.json'), 'utf8');
  return crypto
    .createHash('sha256')
    .update(journal)
    .update(JSON.stringify(SEED_WEAPONS))
    .update(String(GENERATOR_VERSION))
    .digest('hex')
    .slice(0, 12);
}

/** Writes nights and their figures in batched transactions through prepared statements. */
export function populate(db: Db, nights: Iterable<SyntheticNight>, seed: number): { nights: number; figures: number } {
  const sqlite = db.$client;
  const insertNight = sqlite.prepare(
    `insert into nights (date, target, source_name, source_url, statement, notes) values (?, ?, ?, ?, ?, ?)`,
  );
  const insertFigure = sqlite.prepare(`insert into figures (night_id, weapon_id, launched, shot_down, lost) values (?, ?, ?, ?, ?)`);
  const notes = `Synthetic benchmark data (seed ${seed}); not a real night.`;
  const writeBatch = sqlite.transaction((batch: SyntheticNight[]) => {
    for (const night of batch) {
      const url = `https://example.invalid/synthetic/${night.target}/${night.date}`;
      const { lastInsertRowid } = insertNight.run(night.date, night.target, SYNTHETIC_SOURCE_NAME, url, null, notes);
      for (const f of night.figures) insertFigure.run(lastInsertRowid, f.weaponId, f.launched, f.shotDown, f.lost);
    }
  });
  let nightCount = 0;
  let figureCount = 0;
  let batch: SyntheticNight[] = [];
  for (const night of nights) {
    batch.push(night);
    nightCount += 1;
    figureCount += night.figures.length;
    if (batch.length === BATCH_NIGHTS) {
      writeBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) writeBatch(batch);
  return { nights: nightCount, figures: figureCount };
}

export function weaponsOf(db: Db): SyntheticWeapon[] {
  return db.$client
    .prepare(`select id, category from weapons order by id`)
    .all()
    .map((row) => {
      const { id, category } = row as { id: number; category: string };
      if (category !== 'missile' && category !== 'drone') throw new Error(`Unexpected category ${category}`);
      return { id, category };
    });
}

type Span = { target: string; first: string; last: string };

function generate(file: string, size: SizeName, seed: number, endDate: string) {
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${partial}${suffix}`, { force: true });
  const db = openDatabase(partial);
  const sqlite = db.$client;
  // Bulk load: durability does not matter for a file that is thrown away if this process dies.
  sqlite.pragma('synchronous = OFF');
  // Without the rollup triggers, adding the rollups up once at the end: at a million rows about 4 s of CPU,
  // against about 40 s for the triggers' per-row upkeep.
  const resumeRollup = suspendRollupTriggers(db);
  populate(db, syntheticNights({ seed, endDate, weapons: weaponsOf(db), limit: SIZES[size].limit }), seed);
  const spans = sqlite.prepare('select target, min(date) as first, max(date) as last from nights group by target').all() as Span[];
  resumeRollup(spans.flatMap((span) => [{ target: span.target, date: span.first }, { target: span.target, date: span.last }]));
  sqlite.exec('analyze');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${partial}${suffix}`, { force: true });
  // Renamed only when complete, so an interrupted run never leaves a half-written file in the cache.
  fs.renameSync(partial, file);
}

function readFacts(file: string, generatedMs: number | null): DatasetFacts {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
    const nightsBy = (target: string) => one<{ n: number }>(`select count(*) n from nights where target = ?`, target).n;
    const range = one<{ from: string; to: string }>(`select min(date) "from", max(date) "to" from nights`);
    const uaRange = one<{ from: string; to: string }>(`select min(date) "from", max(date) "to" from nights where target = 'UA'`);
    const ua = nightsBy('UA');
    const sample = one<{ date: string }>(
      `select date from nights where target = 'UA' order by date desc limit 1 offset ?`,
      Math.min(99, ua - 1),
    );
    return {
      path: file,
      fileBytes: fs.statSync(file).size,
      nights: { UA: ua, RU: nightsBy('RU') },
      figures: {
        all: one<{ n: number }>(`select count(*) n from figures`).n,
        UA: one<{ n: number }>(`select count(*) n from figures join nights on nights.id = figures.night_id where target = 'UA'`).n,
      },
      range,
      uaRange,
      sampleNightDate: sample.date,
      generatedMs,
    };
  } finally {
    sqlite.close();
  }
}

/** The database for a size: from the cache when there, generated otherwise. */
export function ensureDatabase(size: SizeName, seed: number, endDate: string, options: { fresh: boolean }): DatasetFacts {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `air-tally-${size}-seed${seed}-${endDate}-${schemaFingerprint()}.db`);
  if (options.fresh) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  if (fs.existsSync(file)) return readFacts(file, null);
  const started = performance.now();
  generate(file, size, seed, endDate);
  return readFacts(file, performance.now() - started);
}
