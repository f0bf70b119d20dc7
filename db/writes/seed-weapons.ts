// Installs the seed weapons idempotently: existing rows (perhaps edited) are left alone.
import { SEED_WEAPONS } from '@/lib/weapons-seed';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { weapons } from '../schema';
import type * as schema from '../schema';

export function seedWeapons(db: BetterSQLite3Database<typeof schema>) {
  db.transaction((tx) => {
    for (const seed of SEED_WEAPONS) {
      tx.insert(weapons)
        .values({
          slug: seed.slug,
          name: seed.name,
          category: seed.category,
          weaponClass: seed.weaponClass,
          aliases: seed.aliases,
          common: seed.common ?? false,
        })
        .onConflictDoNothing({ target: weapons.slug })
        .run();
    }
  });
}
