// One night as the edit form needs it: its own fields, its version, and its figures by weapon id.
import { and, asc, eq } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { getDb } from '../client';
import { figures, nights, weapons } from '../schema';

export function fetchNightForEdit(date: string, target: Target) {
  const db = getDb();
  const night = db
    .select()
    .from(nights)
    .where(and(eq(nights.date, date), eq(nights.target, target)))
    .get();
  if (!night) return null;
  const rows = db
    .select({ weaponId: figures.weaponId, launched: figures.launched, shotDown: figures.shotDown, lost: figures.lost })
    .from(figures)
    .innerJoin(weapons, eq(weapons.id, figures.weaponId))
    .where(eq(figures.nightId, night.id))
    .orderBy(asc(weapons.category), asc(weapons.name))
    .all();
  return { night, figures: rows };
}
