// A night's revision history, newest first (kept by date and target, so it outlives a deleted night).
import { and, desc, eq } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { revisions } from '../schema';

export function fetchNightRevisions(date: string, target: Target, db: Db = getDb()) {
  return db
    .select({
      id: revisions.id,
      action: revisions.action,
      actor: revisions.actor,
      before: revisions.before,
      after: revisions.after,
      createdAt: revisions.createdAt,
    })
    .from(revisions)
    .where(and(eq(revisions.nightTarget, target), eq(revisions.nightDate, date)))
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .all();
}
