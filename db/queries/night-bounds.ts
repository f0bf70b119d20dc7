// The first and last recorded night of a target: the default range and the "All" preset start here.
import { asc, desc, eq } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import type { DataBounds } from '@/lib/dashboard-filters';
import { getDb, type Db } from '../client';
import { nights } from '../schema';

export function fetchNightBounds(target: Target, db: Db = getDb()): DataBounds {
  // Two index lookups on nights_target_date_unique (min()/max() with a WHERE would scan the target).
  const edge = (order: typeof asc) =>
    db.select({ date: nights.date }).from(nights).where(eq(nights.target, target)).orderBy(order(nights.date)).limit(1).get();
  const first = edge(asc);
  const last = edge(desc);
  return first && last ? { first: first.date, last: last.date } : null;
}
