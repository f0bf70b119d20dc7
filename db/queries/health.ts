// Whether the database answers, for the health endpoint.
import { getDb } from '../client';

export function checkDatabase(): { ok: true; nights: number } {
  const row = getDb().$client.prepare('select count(*) as nights from nights').get() as { nights: number };
  return { ok: true, nights: row.nights };
}
