// One night's outcomes per weapon (launched, shot down, lost, not stopped and both rates' bases), read
// through the dashboard's own per-weapon query over that single date: the night page and the dashboard
// compute outcomes with the same SQL (range-sql.ts), and lib/series.ts outcomeOf adds weapons into
// categories for both. Each row also carries the weapon's slug, which names seed weapons in Ukrainian.
import { inArray } from 'drizzle-orm';
import type { NightKey } from '@/lib/routes';
import type { WeaponTotals } from '@/lib/series';
import { getDb, type Db } from '../client';
import { weapons } from '../schema';
import { fetchRangeWeapons } from './range-weapons';

export type NightWeapon = WeaponTotals & { slug: string };

const CATEGORY_ORDER = { drone: 0, missile: 1 } as const;

export function fetchNightOutcomes(night: NightKey, db: Db = getDb()): NightWeapon[] {
  const rows = fetchRangeWeapons({ target: night.target, from: night.date, to: night.date }, db);
  if (rows.length === 0) return [];
  const slugs = new Map(
    db
      .select({ id: weapons.id, slug: weapons.slug })
      .from(weapons)
      .where(inArray(weapons.id, rows.map((row) => row.weaponId)))
      .all()
      .map((weapon) => [weapon.id, weapon.slug]),
  );
  // Drones first (the larger numbers since 2023), then missiles; within each, the query's order (most
  // launched first, unknown last). The sort is stable.
  return rows
    .map((row) => ({ ...row, slug: slugs.get(row.weaponId) ?? '' }))
    .sort((a, b) => CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category]);
}
