// Sums per weapon over a range: the breakdown by weapon and class, and (added up in lib/series.ts)
// the headline totals by category. One statement; no figure leaves SQLite. Whole years come from the
// rollup (weapon_year_totals), the days around them from figures, so a range of decades costs about as
// much as two years of figures.
import { sql, type SQL } from 'drizzle-orm';
import { COMBINED_REPORTING_FROM } from '@/lib/metrics';
import { splitByYears, yearOf, type DateSpan } from '@/lib/year-spans';
import type { WeaponTotals } from '@/lib/series';
import { getDb, type Db } from '../client';
import { derivedSums } from '../figure-sums';
import { figures, nights, weaponYearTotals as wy, weapons } from '../schema';
import { interceptionLaunchedSql, interceptionShotDownSql, neutralisationLaunchedSql, notStoppedSql } from './range-sql';
import type { RangeQuery } from './range-series';

// The year in which the combined reporting starts holds nights on both sides of the rule for an unknown
// lost: its rollup rows cannot say which, so that year is read from figures.
const CUT_YEAR = COMBINED_REPORTING_FROM === yearOf(COMBINED_REPORTING_FROM) ? null : yearOf(COMBINED_REPORTING_FROM);

// The columns each part yields per weapon; the outer query adds the parts up (SUM keeps NULL for unknown).
const SUMMED = [
  'figures',
  'launchedKnown',
  'launched',
  'shotDown',
  'lost',
  'notStopped',
  'neutralisationLaunched',
  'neutralisationFigures',
  'interceptionLaunched',
  'interceptionShotDown',
  'interceptionFigures',
] as const;

/** Sums per weapon over the figures of the nights in `span`. */
function fromFigures(target: string, span: DateSpan): SQL {
  return sql`select ${figures.weaponId} as weaponId,
      count(*) as figures,
      count(${figures.launched}) as launchedKnown,
      sum(${figures.launched}) as launched,
      sum(${figures.shotDown}) as shotDown,
      sum(${figures.lost}) as lost,
      sum(${notStoppedSql(nights.date)}) as notStopped,
      sum(${neutralisationLaunchedSql(nights.date)}) as neutralisationLaunched,
      count(${neutralisationLaunchedSql(nights.date)}) as neutralisationFigures,
      sum(${interceptionLaunchedSql}) as interceptionLaunched,
      sum(${interceptionShotDownSql}) as interceptionShotDown,
      count(${interceptionLaunchedSql}) as interceptionFigures
    from ${nights} join ${figures} on ${figures.nightId} = ${nights.id}
    where ${nights.target} = ${target} and ${nights.date} >= ${span.from} and ${nights.date} <= ${span.to}
    group by ${figures.weaponId}`;
}

/** Sums per weapon and year from the rollup, with the rule for an unknown lost applied per year. */
function fromYears(target: string, years: DateSpan, except: string | null): SQL {
  // The year's first day stands for its nights' dates: no year read here holds both sides of the rule.
  const d = derivedSums((name) => `weapon_year_totals.${name}`, 'weapon_year_totals.year');
  const raw = (expression: string) => sql.raw(expression);
  return sql`select ${wy.weaponId} as weaponId,
      ${wy.figures} as figures,
      ${wy.launchedKnown} as launchedKnown,
      ${raw(d.launched)} as launched,
      ${raw(d.shotDown)} as shotDown,
      ${raw(d.lost)} as lost,
      ${raw(d.notStopped)} as notStopped,
      ${raw(d.neutralisationLaunched)} as neutralisationLaunched,
      ${raw(d.neutralisationFigures)} as neutralisationFigures,
      ${raw(d.interceptionLaunched)} as interceptionLaunched,
      ${raw(d.interceptionShotDown)} as interceptionShotDown,
      ${raw(d.interceptionFigures)} as interceptionFigures
    from ${wy}
    where ${wy.target} = ${target} and ${wy.year} >= ${years.from} and ${wy.year} <= ${years.to}
      ${except === null ? sql`` : sql`and ${wy.year} <> ${except}`}`;
}

export function fetchRangeWeapons(query: Omit<RangeQuery, 'granularity'>, db: Db = getDb()): WeaponTotals[] {
  const split = splitByYears({ from: query.from, to: query.to }, CUT_YEAR);
  const parts = split.days.map((span) => fromFigures(query.target, span));
  if (split.years) parts.push(fromYears(query.target, split.years, split.exceptYear));
  const sums = sql.join(
    SUMMED.map((column) => sql`sum(parts.${sql.identifier(column)}) as ${sql.identifier(column)}`),
    sql`, `,
  );
  return db.all<WeaponTotals>(sql`
    select ${weapons.id} as weaponId, ${weapons.name} as name, ${weapons.category} as category,
      ${weapons.weaponClass} as weaponClass, ${sums}
    from (${sql.join(parts, sql` union all `)}) as parts
      join ${weapons} on ${weapons.id} = parts.weaponId
    group by ${weapons.id}
    order by sum(parts.launched) desc nulls last, ${weapons.name}`);
}
