// One night's outcomes per weapon (launched, shot down, lost, not stopped and both rates' bases), read
// through the dashboard's own per-weapon query over that single date: the night page and the dashboard
// compute outcomes with the same SQL (range-sql.ts), and lib/series.ts outcomeOf adds weapons into
// categories for both.
import type { NightKey } from '@/lib/routes';
import type { WeaponTotals } from '@/lib/series';
import { getDb, type Db } from '../client';
import { fetchRangeWeapons } from './range-weapons';

const CATEGORY_ORDER = { drone: 0, missile: 1 } as const;

export function fetchNightOutcomes(night: NightKey, db: Db = getDb()): WeaponTotals[] {
  const rows = fetchRangeWeapons({ target: night.target, from: night.date, to: night.date }, db);
  // Drones first (the larger numbers since 2023), then missiles; within each, the query's order (most
  // launched first, unknown last). The sort is stable.
  return rows.sort((a, b) => CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category]);
}
