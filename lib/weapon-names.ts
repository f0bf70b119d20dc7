// Matching weapon names across spellings: Latin "X-101", "Kh-101", Cyrillic "Х-101" are one weapon.

// Cyrillic letters that look like Latin ones, as the public dataset and statements mix them.
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i',
};

/** A key under which all spellings of one weapon name compare equal. */
export function weaponNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[авекмнорстухі]/g, (ch) => HOMOGLYPHS[ch] ?? ch)
    .replace(/\bkh-/g, 'x-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL-safe identifier for a weapon name: "X-101/X-555 and Kalibr" -> "x-101-x-555-and-kalibr". */
export function slugifyWeaponName(name: string): string {
  const slug = weaponNameKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'weapon';
}

export type NamedWeapon = { id: number; name: string; aliases: readonly string[] };

/** Finds the weapon whose name or one of whose aliases matches `name` in any spelling. */
export function buildWeaponMatcher<W extends NamedWeapon>(weapons: readonly W[]) {
  const byKey = new Map<string, W>();
  for (const weapon of weapons) {
    for (const spelling of [weapon.name, ...weapon.aliases]) {
      const key = weaponNameKey(spelling);
      if (!byKey.has(key)) byKey.set(key, weapon);
    }
  }
  return (name: string): W | undefined => byKey.get(weaponNameKey(name));
}
