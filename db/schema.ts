// Tables, constraints and indexes: the single source of truth for row types (SPEC §2).
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { CATEGORIES, QUALIFIERS, TARGETS, WEAPON_CLASSES } from '@/lib/domain';
import type { StoredSnapshot } from '@/lib/night-snapshot';
import { derivedSums, type FigureSumColumn } from './figure-sums';
import { ATTACK_FLAGS, bestDefenceBasisSql, defenceRateSql } from './night-records-sql';

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

/**
 * The stored sums of a rollup row, each over the row's figures (db/figure-sums.ts FIGURE_SUMS says what
 * one figure adds): never NULL, 0 when no figure counts. Read the generated columns instead where they exist.
 */
const figureSums = () => ({
  /** Weapon rows. */
  figures: integer('figures').notNull().default(0),
  /** How many give launched, shot down, lost; and the sums of those known values. */
  launchedKnown: integer('launched_known').notNull().default(0),
  launchedSum: integer('launched_sum').notNull().default(0),
  shotDownKnown: integer('shot_down_known').notNull().default(0),
  shotDownSum: integer('shot_down_sum').notNull().default(0),
  lostKnown: integer('lost_known').notNull().default(0),
  lostSum: integer('lost_sum').notNull().default(0),
  /** Weapon rows with launched, shot down and lost all known, and their sums. */
  completeFigures: integer('complete_figures').notNull().default(0),
  completeLaunched: integer('complete_launched').notNull().default(0),
  completeShotDown: integer('complete_shot_down').notNull().default(0),
  completeLost: integer('complete_lost').notNull().default(0),
  /** Weapon rows with launched and shot down known but lost unknown, and their sums. */
  lostUnknownFigures: integer('lost_unknown_figures').notNull().default(0),
  lostUnknownLaunched: integer('lost_unknown_launched').notNull().default(0),
  lostUnknownShotDown: integer('lost_unknown_shot_down').notNull().default(0),
});

const nightDerived = derivedSums((name: FigureSumColumn) => name, 'date');
const generated = (name: string, expression: string) =>
  integer(name).generatedAlwaysAs(sql.raw(expression), { mode: 'stored' });
const launchedOf = (category: string) => `iif(${category}_launched_known > 0, ${category}_launched_sum, null)`;

/**
 * The per-night rollup: one row per night (nights without figures too), kept equal to the sums of the
 * night's figures by triggers in the same transaction as every write (rendered by
 * db/writes/rollup-sql.ts into drizzle/0004_night_totals_triggers.sql). Date and target are copies of
 * the night's, for range scans through night_totals_target_date_unique.
 *
 * Read the generated columns: they apply lib/metrics.ts's rule for an unknown lost from the date, and
 * are NULL when nothing they need is known, so SUM() over nights stays NULL for "unknown", never 0.
 * - launched, shot_down, lost: sums of the known values; drone_launched, missile_launched: by category;
 * - not_stopped: launched − shot down − lost, over the figures where it is known;
 * - neutralisation_launched, neutralisation_figures: the neutralisation rate's basis
 *   (rate = (neutralisation_launched − not_stopped) / neutralisation_launched);
 * - interception_launched, interception_shot_down, interception_figures: the interception rate's basis;
 * - attacked: 1 for a night with attacks (a figure with launches above 0 or not given), else 0;
 * - figures, drone_figures, missile_figures: weapon rows (weapon types that night), all and by category.
 * - attack_gap, missile_gap: for a night with an attack (a missile attack), the nights since the previous
 *   one of its target (db/night-records-sql.ts), kept by triggers on this table; the indexes below let the
 *   all-time records read a few index entries instead of every night (db/queries/records.ts).
 * A migration that recreates nights, figures or weapons drops their triggers: recreate them
 * (scripts/rollup-migration-sql.ts prints them; db/rollup.test.ts checks they are all there).
 */
export const nightTotals = sqliteTable(
  'night_totals',
  {
    nightId: integer('night_id')
      .primaryKey()
      .references(() => nights.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    target: text('target', { enum: TARGETS }).notNull(),
    ...figureSums(),
    /** Weapon rows with launches above 0 or not given. */
    attacking: integer('attacking').notNull().default(0),
    droneFigures: integer('drone_figures').notNull().default(0),
    droneLaunchedKnown: integer('drone_launched_known').notNull().default(0),
    droneLaunchedSum: integer('drone_launched_sum').notNull().default(0),
    missileFigures: integer('missile_figures').notNull().default(0),
    missileLaunchedKnown: integer('missile_launched_known').notNull().default(0),
    missileLaunchedSum: integer('missile_launched_sum').notNull().default(0),
    launched: generated('launched', nightDerived.launched),
    droneLaunched: generated('drone_launched', launchedOf('drone')),
    missileLaunched: generated('missile_launched', launchedOf('missile')),
    shotDown: generated('shot_down', nightDerived.shotDown),
    lost: generated('lost', nightDerived.lost),
    notStopped: generated('not_stopped', nightDerived.notStopped),
    neutralisationLaunched: generated('neutralisation_launched', nightDerived.neutralisationLaunched),
    neutralisationFigures: generated('neutralisation_figures', nightDerived.neutralisationFigures),
    interceptionLaunched: generated('interception_launched', nightDerived.interceptionLaunched),
    interceptionShotDown: generated('interception_shot_down', nightDerived.interceptionShotDown),
    interceptionFigures: generated('interception_figures', nightDerived.interceptionFigures),
    attacked: generated('attacked', '(attacking > 0)'),
    attackGap: integer('attack_gap'),
    missileGap: integer('missile_gap'),
  },
  (t) => [
    uniqueIndex('night_totals_target_date_unique').on(t.target, t.date),
    // The records (db/queries/records.ts): largest nights, best defence night, longest runs and their edges.
    index('night_totals_drone_launched_idx').on(t.target, t.droneLaunched, t.date).where(sql`${sql.identifier('drone_launched')} is not null`),
    index('night_totals_missile_launched_idx').on(t.target, t.missileLaunched, t.date).where(sql`${sql.identifier('missile_launched')} is not null`),
    index('night_totals_attacking_idx').on(t.target, t.attacking, t.date),
    index('night_totals_best_defence_idx')
      .on(t.target, sql.raw(defenceRateSql('')), t.neutralisationLaunched, t.date)
      .where(sql.raw(bestDefenceBasisSql(''))),
    index('night_totals_attack_gap_idx').on(t.target, t.attackGap, t.date).where(sql`${sql.identifier('attack_gap')} is not null`),
    index('night_totals_missile_gap_idx').on(t.target, t.missileGap, t.date).where(sql`${sql.identifier('missile_gap')} is not null`),
    index('night_totals_attack_idx').on(t.target, t.date).where(sql.raw(ATTACK_FLAGS.attack(''))),
    index('night_totals_missile_attack_idx').on(t.target, t.date).where(sql.raw(ATTACK_FLAGS.missileAttack(''))),
  ],
);

/**
 * Sums per target, calendar year ('YYYY-01-01') and weapon, kept by the same triggers: the breakdown by
 * weapon over a long range reads whole years here and the days around them from figures
 * (db/queries/range-weapons.ts). Stored sums only: the year 2025 holds nights on both sides of
 * COMBINED_REPORTING_FROM, so the rule for an unknown lost cannot be applied per row (that year is read
 * from figures). Rows exist only for years with figures of the weapon.
 */
export const weaponYearTotals = sqliteTable(
  'weapon_year_totals',
  {
    target: text('target', { enum: TARGETS }).notNull(),
    year: text('year').notNull(),
    weaponId: integer('weapon_id')
      .notNull()
      .references(() => weapons.id, { onDelete: 'restrict' }),
    ...figureSums(),
  },
  (t) => [primaryKey({ columns: [t.target, t.year, t.weaponId] })],
);

export type Weapon = typeof weapons.$inferSelect;
export type Night = typeof nights.$inferSelect;
export type Figure = typeof figures.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
export type NightTotals = typeof nightTotals.$inferSelect;
