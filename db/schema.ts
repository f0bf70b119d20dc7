// Tables, constraints and indexes: the single source of truth for row types (SPEC §2).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { CATEGORIES, QUALIFIERS, TARGETS, WEAPON_CLASSES } from '@/lib/domain';
import type { StoredSnapshot } from '@/lib/night-snapshot';

export * from './auth-schema';

const nowMs = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const isCount = (column: AnySQLiteColumn) =>
  sql`${column} is null or (typeof(${column}) = 'integer' and ${column} >= 0)`;
const isQualifierOf = (qualifier: AnySQLiteColumn, count: AnySQLiteColumn) =>
  sql`${qualifier} is null or (${qualifier} in (${inList(QUALIFIERS)}) and ${count} is not null)`;

export const weapons = sqliteTable(
  'weapons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    weaponClass: text('class', { enum: WEAPON_CLASSES }).notNull(),
    /** Other spellings, a JSON array of strings. */
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Whether a new night form starts with a row for this weapon. */
    common: integer('common', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
  },
  (t) => [
    uniqueIndex('weapons_slug_unique').on(t.slug),
    check('weapons_category_check', sql`${t.category} in (${inList(CATEGORIES)})`),
    check('weapons_class_check', sql`${t.weaponClass} in (${inList(WEAPON_CLASSES)})`),
  ],
);

export const nights = sqliteTable(
  'nights',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The date of the morning on which the night ends, YYYY-MM-DD. */
    date: text('date').notNull(),
    target: text('target', { enum: TARGETS }).notNull().default('UA'),
    attackStart: text('attack_start'),
    attackEnd: text('attack_end'),
    sourceName: text('source_name'),
    sourceUrl: text('source_url'),
    statement: text('statement'),
    notes: text('notes'),
    // What the statement reports beyond interceptions (lib/domain.ts NIGHT_OUTCOME_FIELDS): each a count
    // or NULL (unknown), and a qualifier when the statement gives it approximately ("about 200").
    hitsMissile: integer('hits_missile'),
    hitsDrone: integer('hits_drone'),
    placesHit: integer('places_hit'),
    placesDebris: integer('places_debris'),
    shaheds: integer('shaheds'),
    hitsMissileQualifier: text('hits_missile_qualifier', { enum: QUALIFIERS }),
    hitsDroneQualifier: text('hits_drone_qualifier', { enum: QUALIFIERS }),
    placesHitQualifier: text('places_hit_qualifier', { enum: QUALIFIERS }),
    placesDebrisQualifier: text('places_debris_qualifier', { enum: QUALIFIERS }),
    shahedsQualifier: text('shaheds_qualifier', { enum: QUALIFIERS }),
    /** Incremented on every save: a form that read an older version may not overwrite a newer one. */
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
  },
  (t) => [
    uniqueIndex('nights_target_date_unique').on(t.target, t.date),
    check('nights_target_check', sql`${t.target} in (${inList(TARGETS)})`),
    check('nights_date_check', sql`${t.date} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`),
    check('nights_hits_missile_check', isCount(t.hitsMissile)),
    check('nights_hits_drone_check', isCount(t.hitsDrone)),
    check('nights_places_hit_check', isCount(t.placesHit)),
    check('nights_places_debris_check', isCount(t.placesDebris)),
    check('nights_shaheds_check', isCount(t.shaheds)),
    check('nights_hits_missile_qualifier_check', isQualifierOf(t.hitsMissileQualifier, t.hitsMissile)),
    check('nights_hits_drone_qualifier_check', isQualifierOf(t.hitsDroneQualifier, t.hitsDrone)),
    check('nights_places_hit_qualifier_check', isQualifierOf(t.placesHitQualifier, t.placesHit)),
    check('nights_places_debris_qualifier_check', isQualifierOf(t.placesDebrisQualifier, t.placesDebris)),
    check('nights_shaheds_qualifier_check', isQualifierOf(t.shahedsQualifier, t.shaheds)),
  ],
);

export const figures = sqliteTable(
  'figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nightId: integer('night_id')
      .notNull()
      .references(() => nights.id, { onDelete: 'cascade' }),
    weaponId: integer('weapon_id')
      .notNull()
      .references(() => weapons.id, { onDelete: 'restrict' }),
    launched: integer('launched'),
    shotDown: integer('shot_down'),
    lost: integer('lost'),
  },
  (t) => [
    uniqueIndex('figures_night_weapon_unique').on(t.nightId, t.weaponId),
    index('figures_weapon_idx').on(t.weaponId),
    check('figures_launched_check', isCount(t.launched)),
    check('figures_shot_down_check', isCount(t.shotDown)),
    check('figures_lost_check', isCount(t.lost)),
    // Nothing can be stopped that was not launched: each known part, and their known sum, fits in launched.
    check(
      'figures_accounting_check',
      sql`${t.launched} is null or (coalesce(${t.shotDown}, 0) + coalesce(${t.lost}, 0) <= ${t.launched})`,
    ),
  ],
);

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Kept as date and target, not a foreign key, so a deleted night's history survives. */
    nightDate: text('night_date').notNull(),
    nightTarget: text('night_target', { enum: TARGETS }).notNull(),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
    /** Who: the editor's user id and email at the time, or a label like "import (cli)". */
    userId: text('user_id'),
    actor: text('actor').notNull(),
    /**
     * JSON snapshots of the night and its figures; null before a create and after a delete. Older ones lack
     * fields added since: read them with readSnapshot (lib/night-snapshot.ts), which fills those in.
     */
    before: text('before', { mode: 'json' }).$type<StoredSnapshot>(),
    after: text('after', { mode: 'json' }).$type<StoredSnapshot>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
  },
  (t) => [index('revisions_night_idx').on(t.nightTarget, t.nightDate, t.createdAt)],
);

export type Weapon = typeof weapons.$inferSelect;
export type Night = typeof nights.$inferSelect;
export type Figure = typeof figures.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
