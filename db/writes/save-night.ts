// Saving a night from the form or the JSON API: the night, all its figures and a revision in one
// transaction. An update names the version the editor started from and is refused if anyone has saved
// since; a version names a night that was read, so a write carrying one never creates a night (a night
// deleted meanwhile stays deleted rather than coming back silently).
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { outcomeColumns } from '@/lib/night-outcomes';
import type { NightInput } from '@/lib/validation';
import type { Db } from '../client';
import { figures, nights, revisions, weapons } from '../schema';
import { recordRevision, snapshotNight, type Actor, type Tx } from './revisions';

export type NightKey = { date: string; target: Target };

export type SaveRefusal =
  /** Another night already has this date and target. */
  | { ok: false; reason: 'duplicate'; existing: NightKey }
  /** Someone saved the night since the version the editor started from. */
  | { ok: false; reason: 'stale'; current: NightKey & { version: number } }
  | { ok: false; reason: 'not-found' }
  /**
   * The write names a version of a night that is not stored: deleted since it was read (`deleted`), or
   * never stored. Creating it would undo a delete without anyone saying so.
   */
  | { ok: false; reason: 'gone'; night: NightKey; version: number; deleted: boolean }
  /** The night exists and the write names no version: replacing it needs the version that was read. */
  | { ok: false; reason: 'version-required'; current: NightKey & { version: number } }
  /** Figures name weapons that do not exist; indexes into `input.figures`. */
  | { ok: false; reason: 'unknown-weapon'; figureIndexes: number[] };

export type SaveNightResult = { ok: true; night: NightKey & { id: number; version: number } } | SaveRefusal;

// Every transaction here is IMMEDIATE: it takes the write lock before its checks, so no other process
// can slip a write between what was checked and what is written. Refusals return before any write.

/** Creates the night; refused when `input.version` names a version of it (it is not stored: see 'gone'). */
export function createNight(db: Db, input: NightInput, actor: Actor): SaveNightResult {
  return mapUniqueViolation(input, () => db.transaction((tx) => insertNight(tx, input, actor), { behavior: 'immediate' }));
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
    db.transaction((tx) => replaceNight(tx, nightId, expectedVersion, input, actor), { behavior: 'immediate' }),
  );
}

/**
 * The JSON API's PUT: creates the night at the input's date and target, or replaces it when it exists and
 * the input names the version it read. One transaction from the look-up to the write.
 */
export function putNight(db: Db, input: NightInput, actor: Actor): SaveNightResult & { created?: boolean } {
  return mapUniqueViolation(input, () =>
    db.transaction(
      (tx) => {
        const existing = tx
          .select({ id: nights.id, version: nights.version })
          .from(nights)
          .where(and(eq(nights.date, input.date), eq(nights.target, input.target)))
          .get();
        if (!existing) {
          const result = insertNight(tx, input, actor);
          return result.ok ? { ...result, created: true } : result;
        }
        if (input.version === undefined) {
          return { ok: false, reason: 'version-required', current: { date: input.date, target: input.target, version: existing.version } };
        }
        return replaceNight(tx, existing.id, input.version, input, actor);
      },
      { behavior: 'immediate' },
    ),
  );
}

function insertNight(tx: Tx, input: NightInput, actor: Actor): SaveNightResult {
  const refusal = duplicateOf(tx, input, null) ?? goneNight(tx, input) ?? unknownWeapons(tx, input);
  if (refusal) return refusal;
  const night = tx.insert(nights).values(nightFields(input)).returning({ id: nights.id, version: nights.version }).get();
  insertFigures(tx, night.id, input);
  recordRevision(tx, { action: 'create', actor, before: null, after: snapshotNight(tx, night.id) });
  return { ok: true, night: { id: night.id, version: night.version, date: input.date, target: input.target } };
}

function replaceNight(tx: Tx, nightId: number, expectedVersion: number, input: NightInput, actor: Actor): SaveNightResult {
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
}

/** A create that names a version: the night it read is not stored (no duplicate was found before this). */
function goneNight(tx: Tx, input: NightInput): SaveRefusal | null {
  if (input.version === undefined) return null;
  const last = tx
    .select({ action: revisions.action })
    .from(revisions)
    .where(and(eq(revisions.nightTarget, input.target), eq(revisions.nightDate, input.date)))
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .get();
  const night = { date: input.date, target: input.target };
  return { ok: false, reason: 'gone', night, version: input.version, deleted: last?.action === 'delete' };
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
    ...outcomeColumns(input.outcomes, input.qualifiers),
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
