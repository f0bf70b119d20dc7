// Adding a weapon: refused when its name or another spelling already names a weapon in any spelling
// (X-101, Kh-101 and Cyrillic Х-101 are one), so the importer and parser never face two candidates.
import { buildWeaponMatcher, slugifyWeaponName } from '@/lib/weapon-names';
import type { WeaponInput } from '@/lib/validation';
import type { Db } from '../client';
import { weapons, type Weapon } from '../schema';

export type CreateWeaponResult =
  | { ok: true; weapon: Weapon }
  | { ok: false; reason: 'exists'; field: 'name' | 'aliases'; spelling: string; existing: string };

export function createWeapon(db: Db, input: WeaponInput): CreateWeaponResult {
  return db.transaction(
    (tx): CreateWeaponResult => {
      const all = tx.select().from(weapons).all();
      const match = buildWeaponMatcher(all);
      const spellings: ['name' | 'aliases', string][] = [
        ['name', input.name],
        ...input.aliases.map((alias): ['aliases', string] => ['aliases', alias]),
      ];
      for (const [field, spelling] of spellings) {
        const existing = match(spelling);
        if (existing) return { ok: false, reason: 'exists', field, spelling, existing: existing.name };
      }
      const slugs = new Set(all.map((weapon) => weapon.slug));
      const base = slugifyWeaponName(input.name);
      let slug = base;
      for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
      const weapon = tx
        .insert(weapons)
        .values({ slug, name: input.name, category: input.category, weaponClass: input.weaponClass, aliases: input.aliases })
        .returning()
        .get();
      return { ok: true, weapon };
    },
    { behavior: 'immediate' },
  );
}
