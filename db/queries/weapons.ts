// The weapon list: for the night form's choices, the importer's name matching and the parser's mapping.
import { asc } from 'drizzle-orm';
import { getDb } from '../client';
import { weapons } from '../schema';

export function fetchWeapons() {
  return getDb().select().from(weapons).orderBy(asc(weapons.category), asc(weapons.name)).all();
}
