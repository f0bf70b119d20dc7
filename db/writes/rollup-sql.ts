// The SQL that keeps the rollups (night_totals, weapon_year_totals) equal to the sums of the figures:
// triggers, so every writer is covered in its own transaction (the form, the JSON API, the imports of
// any process, raw SQL in scripts and tests), and the rebuild from scratch (the migration's backfill,
// and a check in tests). Rendered from db/figure-sums.ts; drizzle/0004_night_totals_triggers.sql holds
// what this rendered when it was written, and db/rollup.test.ts checks the two still agree.
//
// Triggers add or subtract one figure's share (O(1) per row, so a bulk import stays fast) rather than
// adding a night up again; the exceptions are rare: a night moving to another year or target (its two
// years are added up again from figures) and a weapon changing category (its nights are).
import { sql, type SQL } from 'drizzle-orm';
import { FIGURE_SUMS, NIGHT_SUMS } from '../figure-sums';
import { ATTACK_FLAGS, GAP_COLUMNS, type AttackKind } from '../night-records-sql';

type Sums = Record<string, (f: string, category: string) => string>;

const yearOf = (date: string) => `substr(${date}, 1, 4) || '-01-01'`;
// A trigger's figure (NEW or OLD) has no category of its own: it is its weapon's.
const categoryOf = (f: string) => `(select category from weapons where id = ${f}.weapon_id)`;
const columns = (sums: Sums) => Object.keys(sums).join(', ');
const shares = (sums: Sums, f: string) => Object.values(sums).map((share) => share(f, categoryOf(f))).join(', ');
const totals = (sums: Sums, f: string, category: string) =>
  Object.values(sums).map((share) => `coalesce(sum(${share(f, category)}), 0)`).join(', ');
const adjust = (sums: Sums, f: string, sign: '+' | '-', category = categoryOf(f)) =>
  Object.entries(sums)
    .map(([column, share]) => `${column} = ${column} ${sign} ${share(f, category)}`)
    .join(', ');
// The night's row, with the figure's category looked up once (an UPDATE … FROM) rather than per column.
const adjustNight = (f: string, sign: '+' | '-') =>
  `update night_totals set ${adjust(NIGHT_SUMS, f, sign, 'w.category')}` +
  ` from (select category from weapons where id = ${f}.weapon_id) as w where night_id = ${f}.night_id;`;

const yearRowOf = (f: string) =>
  `target = (select target from nights where id = ${f}.night_id)` +
  ` and year = (select ${yearOf('date')} from nights where id = ${f}.night_id) and weapon_id = ${f}.weapon_id`;

/** One figure (NEW) added to its night's and its year's rows. */
function addFigure(f: string): string[] {
  return [
    adjustNight(f, '+'),
    `insert into weapon_year_totals (target, year, weapon_id, ${columns(FIGURE_SUMS)})` +
      ` select target, ${yearOf('date')}, ${f}.weapon_id, ${shares(FIGURE_SUMS, f)} from nights where id = ${f}.night_id` +
      ` on conflict (target, year, weapon_id) do update set ` +
      Object.keys(FIGURE_SUMS)
        .map((column) => `${column} = ${column} + excluded.${column}`)
        .join(', ') +
      ';',
  ];
}

/** One figure (OLD) taken out of its night's and its year's rows; a year row left empty goes. */
function removeFigure(f: string): string[] {
  return [
    adjustNight(f, '-'),
    `update weapon_year_totals set ${adjust(FIGURE_SUMS, f, '-')} where ${yearRowOf(f)};`,
    `delete from weapon_year_totals where ${yearRowOf(f)} and figures = 0;`,
  ];
}

/** The year rows of the nights matching `where` (over `nights n`), added up from their figures. */
function yearRowsFrom(where: string): string {
  return (
    `insert into weapon_year_totals (target, year, weapon_id, ${columns(FIGURE_SUMS)})` +
    ` select n.target, ${yearOf('n.date')}, f.weapon_id, ${totals(FIGURE_SUMS, 'f', 'w.category')}` +
    ` from figures f join nights n on n.id = f.night_id join weapons w on w.id = f.weapon_id where ${where}` +
    ` group by n.target, ${yearOf('n.date')}, f.weapon_id;`
  );
}

const inYearOf = (night: string) =>
  `(n.target = ${night}.target and n.date between ${yearOf(`${night}.date`)} and substr(${night}.date, 1, 4) || '-12-31')`;

/** Sets the night rows matching `where` (over night_totals) to the sums of their figures. */
function nightRowsFrom(where: string): string {
  return (
    `update night_totals set (${columns(NIGHT_SUMS)}) = (select ${totals(NIGHT_SUMS, 'f', 'w.category')}` +
    ` from figures f join weapons w on w.id = f.weapon_id where f.night_id = night_totals.night_id) where ${where};`
  );
}

const ATTACK_KINDS = Object.keys(GAP_COLUMNS) as AttackKind[];

/** A night_totals row's gap before its attack of this kind (GAP_COLUMNS), from the nights before it. */
const gapOf = (kind: AttackKind, row: string) =>
  `iif(${ATTACK_FLAGS[kind](row)}, cast(julianday(${row}.date) - julianday((select p.date from night_totals p` +
  ` where p.target = ${row}.target and ${ATTACK_FLAGS[kind]('p')} and p.date < ${row}.date order by p.date desc limit 1)) - 1 as integer), null)`;

/** The target's first night after `date` with an attack of this kind: its gap depends on the nights up to `date`. */
const nextAttackOf = (kind: AttackKind, target: string, date: string) =>
  `(select n.night_id from night_totals n where n.target = ${target} and ${ATTACK_FLAGS[kind]('n')}` +
  ` and n.date > ${date} order by n.date limit 1)`;
const nextAttacks = (night: string) => ATTACK_KINDS.map((kind) => nextAttackOf(kind, `${night}.target`, `${night}.date`));

/** Sets the gaps of the night rows matching `where` (over night_totals) from the nights before them. */
function gapsFrom(where: string): string {
  const set = ATTACK_KINDS.map((kind) => `${GAP_COLUMNS[kind]} = ${gapOf(kind, 'night_totals')}`).join(', ');
  return `update night_totals set ${set} where ${where};`;
}

/**
 * A night's gaps depend on the nights before it, so a night row that appears, goes, moves or starts or
 * stops being an attack changes its own gaps and those of the next attack night after it (of each kind).
 * Triggers on night_totals itself, so every way the rows change is covered; the gaps they set fire none.
 */
function gapTriggerStatements(): string[] {
  const changed = [
    'old.date is not new.date',
    'old.target is not new.target',
    ...ATTACK_KINDS.map((kind) => `${ATTACK_FLAGS[kind]('old')} is not ${ATTACK_FLAGS[kind]('new')}`),
  ].join(' or ');
  return [
    trigger('night_totals_rollup_gaps_insert', 'after insert on night_totals for each row', [
      gapsFrom(`night_id in (new.night_id, ${nextAttacks('new').join(', ')})`),
    ]),
    trigger(
      'night_totals_rollup_gaps_update',
      'after update of date, target, attacking, missile_figures, missile_launched_known, missile_launched_sum on night_totals' +
        ` for each row when ${changed}`,
      [gapsFrom(`night_id in (new.night_id, ${[...nextAttacks('new'), ...nextAttacks('old')].join(', ')})`)],
    ),
    trigger('night_totals_rollup_gaps_delete', 'after delete on night_totals for each row', [
      gapsFrom(`night_id in (${nextAttacks('old').join(', ')})`),
    ]),
  ];
}

function trigger(name: string, event: string, body: string[]): string {
  return `CREATE TRIGGER ${name} ${event} begin\n  ${body.join('\n  ')}\nend`;
}

/** The CREATE TRIGGER statements, in order. */
export function rollupTriggerStatements(): string[] {
  return [
    trigger('nights_rollup_insert', 'after insert on nights for each row', [
      `insert into night_totals (night_id, date, target) values (new.id, new.date, new.target);`,
    ]),
    trigger(
      'nights_rollup_move',
      'after update of date, target on nights for each row when old.date is not new.date or old.target is not new.target',
      [
        `update night_totals set date = new.date, target = new.target where night_id = new.id;`,
        `delete from weapon_year_totals where (target = old.target and year = ${yearOf('old.date')})` +
          ` or (target = new.target and year = ${yearOf('new.date')});`,
        yearRowsFrom(`${inYearOf('old')} or ${inYearOf('new')}`),
      ],
    ),
    // BEFORE, so the figures' own triggers still find the night (a foreign key cascade runs after it is gone).
    trigger('nights_rollup_delete', 'before delete on nights for each row', [
      `delete from figures where night_id = old.id;`,
      `delete from night_totals where night_id = old.id;`,
    ]),
    trigger('figures_rollup_insert', 'after insert on figures for each row', addFigure('new')),
    trigger('figures_rollup_delete', 'after delete on figures for each row', removeFigure('old')),
    trigger('figures_rollup_update', 'after update on figures for each row', [...removeFigure('old'), ...addFigure('new')]),
    trigger(
      'weapons_rollup_category',
      'after update of category on weapons for each row when old.category is not new.category',
      [nightRowsFrom('night_id in (select night_id from figures where weapon_id = new.id)')],
    ),
    ...gapTriggerStatements(),
  ];
}

/** The night rows of the nights matching `where` (over `nights n`), added up from their figures. */
function nightRowsInsert(where: string): string {
  // Figures are read in night order (figures_night_weapon_unique), so the sums stream unsorted.
  return (
    `insert into night_totals (night_id, date, target, ${columns(NIGHT_SUMS)})` +
    ` select n.id, n.date, n.target, ${totals(NIGHT_SUMS, 'f', 'w.category')}` +
    ` from nights n left join figures f on f.night_id = n.id left join weapons w on w.id = f.weapon_id` +
    ` where ${where} group by n.id;`
  );
}

/** Empties both rollups and adds them up again from nights and figures: the backfill, and a check. */
export function rollupRebuildStatements(): string[] {
  return [`delete from night_totals;`, `delete from weapon_year_totals;`, nightRowsInsert('1'), yearRowsFrom('1'), gapsFrom('1')];
}

/** The gap triggers and the gaps of every night: migration 0007's body (scripts/rollup-migration-sql.ts --gaps). */
export function rollupGapStatements(): string[] {
  return [...gapTriggerStatements(), gapsFrom('1')];
}

/** A statement with `?` placeholders bound to `values` in order. */
function bound(text: string, values: readonly string[]): SQL {
  const pieces = text.split('?');
  if (pieces.length !== values.length + 1) throw new Error(`${values.length} values for ${pieces.length - 1} placeholders`);
  return sql.join(
    pieces.map((piece, i) => (i < values.length ? sql`${sql.raw(piece)}${values[i]}` : sql.raw(piece))),
    sql.raw(''),
  );
}

/**
 * Adds up again the rollups of one target's nights from `from` to `to` (and of the whole years they
 * fall in), for a bulk write that ran without the triggers.
 */
export function rollupRebuildRangeStatements(range: { target: string; from: string; to: string }): SQL[] {
  const nightsIn = [range.target, range.from, range.to];
  const yearsIn = [range.target, `${range.from.slice(0, 4)}-01-01`, `${range.to.slice(0, 4)}-12-31`];
  // The gaps of the nights written, and of the first attack nights after them (of each kind).
  const nextAfterRange = ATTACK_KINDS.map((kind) => nextAttackOf(kind, '?', '?'));
  return [
    bound(`delete from night_totals where target = ? and date between ? and ?`, nightsIn),
    bound(nightRowsInsert('n.target = ? and n.date between ? and ?'), nightsIn),
    bound(
      gapsFrom(`(target = ? and date between ? and ?) or night_id in (${nextAfterRange.join(', ')})`),
      [...nightsIn, ...ATTACK_KINDS.flatMap(() => [range.target, range.to])],
    ),
    bound(`delete from weapon_year_totals where target = ? and year between ? and ?`, yearsIn),
    bound(yearRowsFrom('n.target = ? and n.date between ? and ?'), yearsIn),
  ];
}
