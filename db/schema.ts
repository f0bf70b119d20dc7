// Tables, constraints and indexes: the single source of truth for row types (SPEC §2).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CATEGORIES, TARGETS, WEAPON_CLASSES } from '@/lib/domain';

export * from './auth-schema';

const nowMs = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

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
    /** Incremented on every save: a form that read an older version may not overwrite a newer one. */
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
  },
  (t) => [
    uniqueIndex('nights_target_date_unique').on(t.target, t.date),
    check('nights_target_check', sql`${t.target} in (${inList(TARGETS)})`),
    check('nights_date_check', sql`${t.date} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`),
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
    check(
      'figures_launched_check',
      sql`${t.launched} is null or (typeof(${t.launched}) = 'integer' and ${t.launched} >= 0)`,
    ),
    check(
      'figures_shot_down_check',
      sql`${t.shotDown} is null or (typeof(${t.shotDown}) = 'integer' and ${t.shotDown} >= 0)`,
    ),
    check(
      'figures_lost_check',
      sql`${t.lost} is null or (typeof(${t.lost}) = 'integer' and ${t.lost} >= 0)`,
    ),
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
    /** JSON snapshots of the night and its figures; null before a create and after a delete. */
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
  },
  (t) => [index('revisions_night_idx').on(t.nightTarget, t.nightDate, t.createdAt)],
);

export type Weapon = typeof weapons.$inferSelect;
export type Night = typeof nights.$inferSelect;
export type Figure = typeof figures.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
