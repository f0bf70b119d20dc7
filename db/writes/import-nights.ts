// Applies an import: one transaction for the whole file, so a failure part-way leaves the database as it
// was. Inside it the plan is made again against the data as it is now, new weapons are created, then
// each night is created or replaced (its figures as a whole, see lib/import/plan.ts) with a revision,
// as the night form writes them.
import { and, asc, between, eq, inArray, sql, type Placeholder } from 'drizzle-orm';
import type { ImportBatch } from '@/lib/import/batch';
import { IMPORT_FIELDS, type ImportField, type StoredNightFields } from '@/lib/import/night-fields';
import { planImport, type ExistingNight, type ImportPlan, type ImportState, type PlannedWeapon } from '@/lib/import/plan';
import type { KnownWeapon, NewWeapon } from '@/lib/import/weapons';
import { slugifyWeaponName, weaponNameKey } from '@/lib/weapon-names';
import type { Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { revisionWriter, type Actor, type Tx } from './revisions';
import { suspendRollupTriggers } from './rollup-bulk';
import { NIGHT_OUTCOME_COLUMNS } from '../night-outcome-columns';

/** The weapon list as the importer matches names against it. */
export function loadWeapons(tx: Tx): KnownWeapon[] {
  return tx
    .select({
      id: weapons.id,
      name: weapons.name,
      aliases: weapons.aliases,
      category: weapons.category,
      weaponClass: weapons.weaponClass,
    })
    .from(weapons)
    .orderBy(asc(weapons.id))
    .all();
}

/** The weapons, and the stored nights (with figures) within the dates the batch spans. */
export function loadImportState(tx: Tx, batch: ImportBatch): ImportState {
  const existing = new Map<number, ExistingNight>();
  for (const target of new Set(batch.nights.map((night) => night.target))) {
    const dates = batch.nights.filter((night) => night.target === target).map((night) => night.date).sort();
    const [from, to] = [dates[0], dates.at(-1)];
    if (!from || !to) continue;
    const inRange = and(eq(nights.target, target), between(nights.date, from, to));
    const stored = tx
      .select({
        id: nights.id,
        date: nights.date,
        target: nights.target,
        sourceName: nights.sourceName,
        sourceUrl: nights.sourceUrl,
        statement: nights.statement,
        notes: nights.notes,
        ...NIGHT_OUTCOME_COLUMNS,
      } satisfies Record<keyof StoredNightFields | 'id' | 'date' | 'target', unknown>)
      .from(nights)
      .where(inRange)
      .all();
    for (const night of stored) existing.set(night.id, { ...night, figures: [] });
    const storedFigures = tx
      .select({
        nightId: figures.nightId,
        weaponId: figures.weaponId,
        launched: figures.launched,
        shotDown: figures.shotDown,
        lost: figures.lost,
      })
      .from(figures)
      .innerJoin(nights, eq(nights.id, figures.nightId))
      .where(inRange)
      .all();
    for (const { nightId, ...figure } of storedFigures) existing.get(nightId)?.figures.push(figure);
  }
  return { weapons: loadWeapons(tx), nights: [...existing.values()] };
}

/** What the import would do now, without writing anything. */
export function previewImport(db: Tx, batch: ImportBatch): ImportPlan {
  return planImport(batch, loadImportState(db, batch));
}

export type ApplyOutcome =
  | { ok: true; plan: ImportPlan }
  | { ok: false; reason: 'bad-rows'; plan: null }
  | { ok: false; reason: 'stale'; plan: ImportPlan };

export function applyImport(
  db: Db,
  batch: ImportBatch,
  actor: Actor,
  options: { expectedDigest?: string; onProgress?: (nightsWritten: number, total: number) => void } = {},
): ApplyOutcome {
  // Rows with bad values refuse the whole file: nothing is written unless every accepted row is valid.
  if (batch.errorCount > 0) return { ok: false, reason: 'bad-rows', plan: null };
  // IMMEDIATE takes the write lock before planning, so no other writer can change what the plan read.
  return db.transaction(
    (tx): ApplyOutcome => {
      const plan = planImport(batch, loadImportState(tx, batch));
      if (options.expectedDigest !== undefined && plan.digest !== options.expectedDigest) {
        return { ok: false, reason: 'stale', plan };
      }
      const newWeaponIds = createWeapons(tx, plan.weaponsToCreate);
      const weaponId = (weapon: PlannedWeapon) => {
        const id = weapon.kind === 'existing' ? weapon.id : newWeaponIds.get(weaponNameKey(weapon.name));
        if (id === undefined) throw new Error(`The plan names a weapon it does not create: ${weapon.name}`);
        return id;
      };
      const writes = plan.nights.filter((night) => night.action !== 'unchanged');
      const resumeRollup = suspendRollupTriggers(tx);
      // Built once for the thousands of nights a file may create: building them per night took longer
      // than running them.
      const revision = revisionWriter(tx);
      const created = createdNightWriter(tx);
      writes.forEach((night, index) => {
        if (night.action === 'create') {
          const id = created.night({ date: night.date, target: night.target, ...(night.created ?? {}) });
          // A night from the per-night export comes without figures.
          for (const change of night.changes) created.figure({ nightId: id, weaponId: weaponId(change.weapon), ...change.after });
          revision.record({ action: 'create', actor, before: null, after: revision.snapshot(id) });
        } else if (night.nightId !== null) {
          const id = night.nightId;
          const before = revision.snapshot(id);
          const removed = night.removals.map((removal) => removal.weapon.id);
          if (removed.length) {
            tx.delete(figures)
              .where(and(eq(figures.nightId, id), inArray(figures.weaponId, removed)))
              .run();
          }
          for (const change of night.changes) {
            tx.insert(figures)
              .values({ nightId: id, weaponId: weaponId(change.weapon), ...change.after })
              .onConflictDoUpdate({
                target: [figures.nightId, figures.weaponId],
                set: { launched: change.after.launched, shotDown: change.after.shotDown, lost: change.after.lost },
              })
              .run();
          }
          const fields = Object.fromEntries(night.fieldChanges.map((change) => [change.field, change.after])) as Partial<StoredNightFields>;
          tx.update(nights)
            .set({ ...fields, version: sql`${nights.version} + 1`, updatedAt: new Date() })
            .where(eq(nights.id, id))
            .run();
          revision.record({ action: 'update', actor, before, after: revision.snapshot(id) });
        }
        if ((index + 1) % 500 === 0) options.onProgress?.(index + 1, writes.length);
      });
      resumeRollup(writes);
      return { ok: true, plan };
    },
    { behavior: 'immediate' },
  );
}

/** Inserts for a created night and its figures, each built once (every field given: see IMPORT_FIELDS). */
function createdNightWriter(tx: Tx) {
  const value = sql.placeholder;
  const night = tx
    .insert(nights)
    .values({
      date: value('date'),
      target: value('target'),
      ...(Object.fromEntries(IMPORT_FIELDS.map((field) => [field, value(field)])) as Record<ImportField, Placeholder>),
    })
    .returning({ id: nights.id })
    .prepare();
  const figure = tx
    .insert(figures)
    .values({ nightId: value('nightId'), weaponId: value('weaponId'), launched: value('launched'), shotDown: value('shotDown'), lost: value('lost') })
    .prepare();
  return {
    night: (fields: { date: string; target: string } & Partial<StoredNightFields>): number => {
      // A field the plan leaves out is stored as its column's default: NULL for every import field.
      const given = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, fields[field] ?? null]));
      const row = night.get({ ...given, date: fields.date, target: fields.target });
      if (!row) throw new Error(`The night ${fields.target} ${fields.date} was not created`);
      return row.id;
    },
    figure: (row: { nightId: number; weaponId: number; launched: number | null; shotDown: number | null; lost: number | null }) =>
      void figure.run(row),
  };
}

/** Inserts the new weapons, each with a free slug; returns their ids by name key. */
function createWeapons(tx: Tx, toCreate: readonly NewWeapon[]): Map<string, number> {
  const ids = new Map<string, number>();
  if (!toCreate.length) return ids;
  const taken = new Set(tx.select({ slug: weapons.slug }).from(weapons).all().map((row) => row.slug));
  for (const weapon of toCreate) {
    const base = slugifyWeaponName(weapon.name);
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    const { id } = tx
      .insert(weapons)
      .values({ slug, name: weapon.name, category: weapon.category, weaponClass: weapon.weaponClass, aliases: [] })
      .returning({ id: weapons.id })
      .get();
    ids.set(weaponNameKey(weapon.name), id);
  }
  return ids;
}
