// What the rollup tables (night_totals, weapon_month_totals in schema.ts) keep for a set of figures, and
// how the dashboard's figures derive from it. The stored columns are plain sums and counts of the
// figures' own values, so they only ever add up: a write adds or subtracts one figure's share, and any
// set of rollup rows can be summed again. The rule for an unknown lost (lib/metrics.ts) is applied when
// reading, from the night's date, so changing a night's date never needs the figures again.
//
// Written as SQL text, not Drizzle fragments, because the same expressions go into the triggers and the
// backfill of a migration (db/writes/rollup-sql.ts), into generated columns (schema.ts) and into queries.
import { COMBINED_REPORTING_FROM } from '@/lib/metrics';

/** A figure row in SQL: a table name or alias, or NEW / OLD in a trigger. */
type FigureRow = string;
/** One figure's share of a stored column, given the figure and its weapon's category (both SQL). */
type Share = (f: FigureRow, category: string) => string;

const complete = (f: FigureRow) => `${f}.launched is not null and ${f}.shot_down is not null and ${f}.lost is not null`;
const lostUnknown = (f: FigureRow) => `${f}.launched is not null and ${f}.shot_down is not null and ${f}.lost is null`;

/**
 * Each stored column of the rollups and one figure's share of it (0 when the figure does not count).
 * "complete": launched, shot down and lost all known. "lost unknown": launched and shot down known, lost
 * unknown: before COMBINED_REPORTING_FROM such a figure leaves not stopped unknown; from then on its lost
 * is included in shot down (the combined figure).
 */
export const FIGURE_SUMS = {
  figures: (f: FigureRow) => `(${f}.night_id is not null)`,
  launched_known: (f: FigureRow) => `(${f}.launched is not null)`,
  launched_sum: (f: FigureRow) => `coalesce(${f}.launched, 0)`,
  shot_down_known: (f: FigureRow) => `(${f}.shot_down is not null)`,
  shot_down_sum: (f: FigureRow) => `coalesce(${f}.shot_down, 0)`,
  lost_known: (f: FigureRow) => `(${f}.lost is not null)`,
  lost_sum: (f: FigureRow) => `coalesce(${f}.lost, 0)`,
  complete_figures: (f: FigureRow) => `(${complete(f)})`,
  complete_launched: (f: FigureRow) => `iif(${complete(f)}, ${f}.launched, 0)`,
  complete_shot_down: (f: FigureRow) => `iif(${complete(f)}, ${f}.shot_down, 0)`,
  complete_lost: (f: FigureRow) => `iif(${complete(f)}, ${f}.lost, 0)`,
  lost_unknown_figures: (f: FigureRow) => `(${lostUnknown(f)})`,
  lost_unknown_launched: (f: FigureRow) => `iif(${lostUnknown(f)}, ${f}.launched, 0)`,
  lost_unknown_shot_down: (f: FigureRow) => `iif(${lostUnknown(f)}, ${f}.shot_down, 0)`,
} satisfies Record<string, Share>;

const inCategory = (category: string, name: string, share: string) => `iif(${category} = '${name}', ${share}, 0)`;

/** Per night, also: the figures that make it a night with attacks, and launches by category. */
export const NIGHT_SUMS = {
  ...FIGURE_SUMS,
  // The night_id test keeps a night without figures (a LEFT JOIN's empty row, in the rebuild) at 0.
  attacking: (f: FigureRow) => `(${f}.night_id is not null and (${f}.launched is null or ${f}.launched > 0))`,
  drone_figures: (f: FigureRow, c: string) => inCategory(c, 'drone', FIGURE_SUMS.figures(f)),
  drone_launched_known: (f: FigureRow, c: string) => inCategory(c, 'drone', FIGURE_SUMS.launched_known(f)),
  drone_launched_sum: (f: FigureRow, c: string) => inCategory(c, 'drone', FIGURE_SUMS.launched_sum(f)),
  missile_figures: (f: FigureRow, c: string) => inCategory(c, 'missile', FIGURE_SUMS.figures(f)),
  missile_launched_known: (f: FigureRow, c: string) => inCategory(c, 'missile', FIGURE_SUMS.launched_known(f)),
  missile_launched_sum: (f: FigureRow, c: string) => inCategory(c, 'missile', FIGURE_SUMS.launched_sum(f)),
} satisfies Record<string, Share>;

export type FigureSumColumn = keyof typeof FIGURE_SUMS;
export type NightSumColumn = keyof typeof NIGHT_SUMS;

/** COMBINED_REPORTING_FROM as a SQL literal: a constant of the code (never user input), written into statements. */
export const COMBINED_REPORTING_FROM_SQL = `'${COMBINED_REPORTING_FROM}'`;

/** Whether an unknown lost on a night of this date is included in shot down: lib/metrics.ts lostIncludedInShotDown. */
export function lostIncludedSql(date: string): string {
  return `(${date} >= ${COMBINED_REPORTING_FROM_SQL})`;
}

/**
 * The dashboard's figures from one rollup row (or from sums over rows of one side of the date), each
 * NULL when nothing it needs is known: `column(name)` names a stored column, `date` the night's date.
 */
export function derivedSums(column: (name: FigureSumColumn) => string, date: string) {
  const c = column;
  const included = lostIncludedSql(date);
  const neutralisationFigures = `(${c('complete_figures')} + iif(${included}, ${c('lost_unknown_figures')}, 0))`;
  const interceptionFigures = `(${c('complete_figures')} + ${c('lost_unknown_figures')})`;
  const ifAny = (count: string, value: string) => `iif(${count} > 0, ${value}, null)`;
  return {
    launched: ifAny(c('launched_known'), c('launched_sum')),
    shotDown: ifAny(c('shot_down_known'), c('shot_down_sum')),
    lost: ifAny(c('lost_known'), c('lost_sum')),
    /** Figures in the neutralisation rate's basis: not stopped known. */
    neutralisationFigures,
    neutralisationLaunched: ifAny(
      neutralisationFigures,
      `${c('complete_launched')} + iif(${included}, ${c('lost_unknown_launched')}, 0)`,
    ),
    notStopped: ifAny(
      neutralisationFigures,
      `${c('complete_launched')} - ${c('complete_shot_down')} - ${c('complete_lost')}` +
        ` + iif(${included}, ${c('lost_unknown_launched')} - ${c('lost_unknown_shot_down')}, 0)`,
    ),
    /** Figures in the interception rate's basis: launched and shot down known. */
    interceptionFigures,
    interceptionLaunched: ifAny(interceptionFigures, `${c('complete_launched')} + ${c('lost_unknown_launched')}`),
    interceptionShotDown: ifAny(interceptionFigures, `${c('complete_shot_down')} + ${c('lost_unknown_shot_down')}`),
  };
}
