// Installs the seed weapons idempotently. A missing seed weapon is inserted; an existing one (perhaps
// edited) keeps its name, class and aliases, and only gains the seed aliases it lacks (the Ukrainian
// name among them), so installations made before an alias was added recognise it too.
import { eq } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { UKRAINIAN_WEAPON_NAMES } from '@/lib/weapon-names-uk';
import { SEED_WEAPONS } from '@/lib/weapons-seed';
import { weapons } from '../schema';
import type * as schema from '../schema';

export function seedWeapons(db: BetterSQLite3Database<typeof schema>) {
  // Immediate: two servers starting on one file both seed; a deferred transaction that reads, then writes
  // after the other has written, fails with SQLITE_BUSY_SNAPSHOT instead of waiting its turn.
  db.transaction((tx) => {
    for (const seed of SEED_WEAPONS) {
      const ukrainian = UKRAINIAN_WEAPON_NAMES[seed.slug];
      const aliases = ukrainian ? [...seed.aliases, ukrainian] : seed.aliases;
      const existing = tx.select({ id: weapons.id, aliases: weapons.aliases }).from(weapons).where(eq(weapons.slug, seed.slug)).get();
      if (!existing) {
        tx.insert(weapons)
          .values({
            slug: seed.slug,
            name: seed.name,
            category: seed.category,
            weaponClass: seed.weaponClass,
            aliases,
            common: seed.common ?? false,
          })
          .run();
        continue;
      }
      const missing = aliases.filter((alias) => !existing.aliases.includes(alias));
      if (missing.length > 0) {
        tx.update(weapons).set({ aliases: [...existing.aliases, ...missing] }).where(eq(weapons.id, existing.id)).run();
      }
    }
  }, { behavior: 'immediate' });
}
