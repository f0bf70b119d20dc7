// Saving a night from the form: the night, all its figures and a revision in one transaction. An
// update names the version the editor started from and is refused if anyone has saved since.
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import type { NightInput } from '@/lib/validation';
import type { Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { recordRevision, snapshotNight, type Actor, type Tx } from './revisions';

export type NightKey = { date: string; target: Target };

export type SaveRefusal =
  /** Another night already has this date and target. */
  | { ok: false; reason: 'duplicate'; existing: NightKey }
  /** Someone saved the night since the version the editor started from. */
  | { ok: false; reason: 'stale'; current: NightKey & { version: number } }
  | { ok: false; reason: 'not-found' }
  /** Figures name weapons that do not exist; indexes into `input.figures`. */
  | { ok: false; reason: 'unknown-weapon'; figureIndexes: number[] };

export type SaveNightResult = { ok: true; night: NightKey & { id: number; version: number } } | SaveRefusal;

// Every transaction here is IMMEDIATE: it takes the write lock before its checks, so no other process
// can slip a write between what was checked and what is written. Refusals return before any write.

export function createNight(db: Db, input: NightInput, actor: Actor): SaveNightResult {
  return mapUniqueViolation(input, () =>
    db.transaction(
      (tx): SaveNightResult => {
        const refusal = duplicateOf(tx, input, null) ?? unknownWeapons(tx, input);
        if (refusal) return refusal;
        const night = tx
          .insert(nights)
          .values(nightFields(input))
          .returning({ id: nights.id, version: nights.version })
          .get();
        insertFigures(tx, night.id, input);
        recordRevision(tx, { action: 'create', actor, before: null, after: snapshotNight(tx, night.id) });
        return { ok: true, night: { id: night.id, version: night.version, date: input.date, target: input.target } };
      },
      { behavior: 'immediate' },
    ),
  );
}

/** Replaces the night's fields and figures, if it is still at `expectedVersion`. */
export function updateNight(
  db: Db,
  nightId: number,
  expectedVersion: number,
  input: NightInput,
  actor: Actor,
): SaveNightResult {
  return mapUniqueViolation(input, () =>
    db.transaction(
      (tx): SaveNightResult => {
        const before = snapshotNight(tx, nightId);
        if (!before) return { ok: false, reason: 'not-found' };
        const stale: SaveRefusal = {
          ok: false,
          reason: 'stale',
          current: { date: before.date, target: before.target, version: before.version },
        };
        if (before.version !== expectedVersion) return stale;
        const refusal = duplicateOf(tx, input, nightId) ?? unknownWeapons(tx, input);
        if (refusal) return refusal;
        const updated = tx
          .update(nights)
          .set({ ...nightFields(input), version: sql`${nights.version} + 1`, updatedAt: new Date() })
          .where(and(eq(nights.id, nightId), eq(nights.version, expectedVersion)))
          .returning({ version: nights.version })
          .get();
        // The version in the WHERE is the guarantee; with the lock held it matches whenever the check did.
        if (!updated) return stale;
        tx.delete(figures).where(eq(figures.nightId, nightId)).run();
        insertFigures(tx, nightId, input);
        recordRevision(tx, { action: 'update', actor, before, after: snapshotNight(tx, nightId) });
        return { ok: true, night: { id: nightId, version: updated.version, date: input.date, target: input.target } };
      },
      { behavior: 'immediate' },
    ),
  );
}

/** The UNIQUE index on (target, date) is the last word: a race lost to another writer is a duplicate. */
function mapUniqueViolation(input: NightInput, save: () => SaveNightResult): SaveNightResult {
  try {
    return save();
  } catch (error) {
    if (isNightUniqueViolation(error)) {
      return { ok: false, reason: 'duplicate', existing: { date: input.date, target: input.target } };
    }
    throw error;
  }
}

export function isNightUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    /nights\.(target|date)/.test(error.message)
  );
}

function duplicateOf(tx: Tx, input: NightInput, exceptId: number | null): SaveRefusal | null {
  const sameKey = and(eq(nights.date, input.date), eq(nights.target, input.target));
  const existing = tx
    .select({ id: nights.id })
    .from(nights)
    .where(exceptId === null ? sameKey : and(sameKey, ne(nights.id, exceptId)))
    .get();
  return existing ? { ok: false, reason: 'duplicate', existing: { date: input.date, target: input.target } } : null;
}

function unknownWeapons(tx: Tx, input: NightInput): SaveRefusal | null {
  const ids = [...new Set(input.figures.map((figure) => figure.weaponId))];
  const known = new Set(
    tx.select({ id: weapons.id }).from(weapons).where(inArray(weapons.id, ids)).all().map((row) => row.id),
  );
  const figureIndexes = input.figures.flatMap((figure, index) => (known.has(figure.weaponId) ? [] : [index]));
  return figureIndexes.length > 0 ? { ok: false, reason: 'unknown-weapon', figureIndexes } : null;
}

function nightFields(input: NightInput) {
  return {
    date: input.date,
    target: input.target,
    sourceName: input.sourceName,
    sourceUrl: input.sourceUrl,
    statement: input.statement,
    notes: input.notes,
  };
}

function insertFigures(tx: Tx, nightId: number, input: NightInput) {
  if (input.figures.length === 0) return;
  tx.insert(figures)
    .values(
      input.figures.map((figure) => ({
        nightId,
        weaponId: figure.weaponId,
        launched: figure.launched,
        shotDown: figure.shotDown,
        lost: figure.lost,
      })),
    )
    .run();
}
