// What the records read from a night's rollup row (night_totals), written once as SQL text for the
// indexes that serve them (schema.ts), the triggers that keep the runs' gaps (db/writes/rollup-sql.ts)
// and the records query (db/queries/records.ts). SQLite uses a partial or expression index only when a
// query repeats its expression exactly, so the three must share these strings.

/** Nights whose neutralisation rate rests on fewer launches than this cannot be the best defence night. */
export const BEST_DEFENCE_MIN_LAUNCHED = 50;

/** A column of a night_totals row: `row` is an alias, NEW / OLD in a trigger, or '' (an index's own table). */
const col = (row: string, name: string) => (row ? `${row}.${name}` : name);

/**
 * The two kinds of attack a run is counted without. A night had an attack when a weapon row has
 * launches above 0 or launches not given (reported, count unknown); a missile attack likewise for a
 * missile row.
 */
export const ATTACK_FLAGS = {
  attack: (row: string) => `(${col(row, 'attacking')} > 0)`,
  missileAttack: (row: string) =>
    `(${col(row, 'missile_launched_sum')} > 0 or ${col(row, 'missile_launched_known')} < ${col(row, 'missile_figures')})`,
} as const;

export type AttackKind = keyof typeof ATTACK_FLAGS;

/**
 * For a night with an attack of the kind: the nights without one since the target's previous such night
 * (0 for consecutive nights), NULL for the target's first; NULL for a night without one. Kept by the
 * rollup triggers, so the longest run is one index lookup instead of a pass over every night.
 */
export const GAP_COLUMNS = { attack: 'attack_gap', missileAttack: 'missile_gap' } as const satisfies Record<AttackKind, string>;

/** The best defence night's basis: enough launches, not stopped known. */
export const bestDefenceBasisSql = (row: string) =>
  `${col(row, 'neutralisation_launched')} >= ${BEST_DEFENCE_MIN_LAUNCHED} and ${col(row, 'not_stopped')} is not null`;

/** The neutralisation rate of a night in the best defence night's basis. */
export const defenceRateSql = (row: string) =>
  `1.0 * (${col(row, 'neutralisation_launched')} - ${col(row, 'not_stopped')}) / ${col(row, 'neutralisation_launched')}`;
