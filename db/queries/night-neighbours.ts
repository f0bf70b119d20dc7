// The recorded nights just before and after a date, for the night page's previous/next links.
import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { nights } from '../schema';

export function fetchNightNeighbours(date: string, target: Target, db: Db = getDb()) {
  const previous = db
    .select({ date: nights.date })
    .from(nights)
    .where(and(eq(nights.target, target), lt(nights.date, date)))
    .orderBy(desc(nights.date))
    .limit(1)
    .get();
  const next = db
    .select({ date: nights.date })
    .from(nights)
    .where(and(eq(nights.target, target), gt(nights.date, date)))
    .orderBy(asc(nights.date))
    .limit(1)
    .get();
  return { previous: previous?.date ?? null, next: next?.date ?? null };
}
