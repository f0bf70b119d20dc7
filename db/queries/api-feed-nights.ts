// The Atom feed's nights: the latest nights of a target with their sums (the dashboard's latest-nights
// query, so the feed and the list agree), when each was created and last saved, and when the target's
// data last changed at all (a revision is written by every save, import and deletion).
import { and, eq, inArray, max } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import type { FeedNight } from '@/lib/feed/night-feed';
import { getDb, type Db } from '../client';
import { nights, revisions } from '../schema';
import { fetchLatestNights } from './latest-nights';

const ALL_DATES = { from: '0000-01-01', to: '9999-12-31' };

export function fetchFeedNights(target: Target, limit: number, db: Db = getDb()): { nights: FeedNight[]; lastChange: Date | null } {
  // better-sqlite3 answers synchronously: no save of this server can come between these reads.
  const sums = fetchLatestNights({ target, ...ALL_DATES }, limit, db);
  const stamps = new Map(
    db
      .select({ date: nights.date, createdAt: nights.createdAt, updatedAt: nights.updatedAt })
      .from(nights)
      .where(and(eq(nights.target, target), inArray(nights.date, sums.map((night) => night.date))))
      .all()
      .map((row) => [row.date, row]),
  );
  const last = db.select({ at: max(revisions.createdAt) }).from(revisions).where(eq(revisions.nightTarget, target)).get();
  return {
    nights: sums.flatMap((night) => {
      const stamp = stamps.get(night.date);
      return stamp ? [{ ...night, createdAt: stamp.createdAt, updatedAt: stamp.updatedAt }] : [];
    }),
    lastChange: last?.at ?? null,
  };
}
