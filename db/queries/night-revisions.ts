// A night's revision history, newest first (kept by date and target, so it outlives a deleted night).
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { revisions, weapons } from '../schema';

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

/** The slugs of weapons by id (seed weapons are named from their slug in the Ukrainian interface). */
export function fetchWeaponSlugs(ids: readonly number[], db: Db = getDb()): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db.select({ id: weapons.id, slug: weapons.slug }).from(weapons).where(inArray(weapons.id, [...ids])).all();
  return new Map(rows.map((row) => [row.id, row.slug]));
}
