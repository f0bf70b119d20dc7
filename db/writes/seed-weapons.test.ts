import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { UKRAINIAN_WEAPON_NAMES, weaponDisplayName } from '@/lib/weapon-names-uk';
import { SEED_WEAPONS } from '@/lib/weapons-seed';
import { openDatabase } from '../client';
import { weapons } from '../schema';
import { seedWeapons } from './seed-weapons';

describe('the weapon seed', () => {
  it('gives every seed weapon a Ukrainian name, kept among its aliases', () => {
    const db = openDatabase(':memory:');
    for (const seed of SEED_WEAPONS) {
      const ukrainian = UKRAINIAN_WEAPON_NAMES[seed.slug];
      expect(ukrainian, seed.slug).toBeTruthy();
      const row = db.select().from(weapons).where(eq(weapons.slug, seed.slug)).get();
      expect(row?.aliases).toContain(ukrainian);
      expect(weaponDisplayName({ slug: seed.slug, name: seed.name }, 'uk')).toBe(ukrainian);
      expect(weaponDisplayName({ slug: seed.slug, name: seed.name }, 'en')).toBe(seed.name);
    }
    expect(weaponDisplayName({ slug: 'added-by-an-editor', name: 'Lancet' }, 'uk')).toBe('Lancet');
  });

  it('adds missing seed aliases to an existing installation, keeps editors’ changes, and then writes nothing', () => {
    const db = openDatabase(':memory:');
    db.update(weapons)
      .set({ name: 'Shahed (renamed by an editor)', aliases: ['my spelling'] })
      .where(eq(weapons.slug, 'shahed-136-131'))
      .run();
    seedWeapons(db);
    const row = db.select().from(weapons).where(eq(weapons.slug, 'shahed-136-131')).get();
    expect(row?.name).toBe('Shahed (renamed by an editor)');
    expect(row?.aliases).toEqual(expect.arrayContaining(['my spelling', 'Geran-2', 'Шахед-136/131']));
    const changesBefore = db.$client.prepare('select total_changes()').pluck().get();
    seedWeapons(db);
    expect(db.$client.prepare('select total_changes()').pluck().get()).toBe(changesBefore);
  });
});
